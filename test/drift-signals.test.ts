/**
 * The signal pack as data: it validates, every pattern is safe, and each kind matches what it
 * should and nothing it should not (precision first: no false alarms).
 */
import { describe, expect, it } from 'vitest';
import { dependencyNames } from '../src/change/dependencies.js';
import { frontMatterRange } from '../src/change/front-matter.js';
import { patchLines } from '../src/change/rest.js';
import { regexProblem } from '../src/change/safe-regex.js';
import { SignalPack } from '../src/change/signals.js';
import { SIGNAL_PACK } from '../src/generated/signal-pack.js';
import { validateSignalPack } from '../src/generated/extra-validators.js';

const pack = new SignalPack(SIGNAL_PACK);

function lineHits(file: string, line: string): string[] {
  const plan = pack.plan(file);
  return [
    ...(plan.line ? pack.matchLine(plan.line, line) : []),
    ...(plan.dependencies ? pack.matchDependencies(plan.dependencies, line) : []),
  ].map((m) => m.signal.id);
}

function pathHits(file: string): string[] {
  return pack.pathMatches(file).map((s) => s.id);
}

describe('the built-in pack', () => {
  it('validates against its schema and compiles without problems', () => {
    expect(validateSignalPack(SIGNAL_PACK)).toBe(true);
    expect(pack.problems).toEqual([]);
    expect(pack.signals.length).toBe(SIGNAL_PACK.signals.length);
    for (const signal of SIGNAL_PACK.signals) {
      expect(signal.meaning?.['zh-CN']).toBeTruthy();
      expect(signal.meaning?.en).toBeTruthy();
    }
  });

  it('rejects a pack whose signal lacks its meaning', () => {
    const broken = structuredClone(SIGNAL_PACK) as any;
    delete broken.signals[0].meaning;
    expect(validateSignalPack(broken)).toBe(false);
  });

  it('every line pattern stays fast on hostile input', () => {
    const hostile = [
      'a'.repeat(16_000),
      `${'.'.repeat(8000)}!`,
      `${'-'.repeat(8000)}x`,
      `"${'ft:a-'.repeat(3000)}`,
    ];
    for (const plan of [
      'src/x.py',
      'src/x.ts',
      'deploy/run.sh',
      'cfg/a.yaml',
      'models/README.md',
    ]) {
      const line = pack.plan(plan).line!;
      for (const text of hostile) {
        const started = process.hrtime.bigint();
        pack.matchLine(line, text);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        expect(ms, `${plan}: ${text.slice(0, 10)}`).toBeLessThan(1000);
      }
    }
  });
});

describe('path signals', () => {
  it.each([
    ['models/bot/adapter_config.json', ['adapter-config']],
    ['out/adapter_model.safetensors', ['adapter-weights']],
    ['checkpoints/qwen-lora/config.json', ['lora-directory']],
    ['configs/sft_qwen.yaml', ['finetune-config']],
    ['configs/qwen_dpo.yml', ['finetune-config']],
    ['ds_config_zero3.json', ['deepspeed-config']],
    ['train/finetune.py', ['finetune-script']],
    ['scripts/train.py', ['training-script']],
    ['data/sft_train.jsonl', ['training-data']],
    ['data/train.jsonl', ['training-data-generic']],
    ['models/qwen2-7b-q4_k_m.gguf', ['weights-gguf']],
    ['w/model-00001-of-00004.safetensors', ['weights-shard']],
    ['training/train_sft.py', ['finetune-script']],
  ])('%s → %j', (file, ids) => {
    expect(pathHits(file).sort()).toEqual([...ids].sort());
  });

  it.each([
    'src/explorer/colorado.ts',
    'floral/index.ts',
    'web/sftp.yaml',
    'package.json',
    'tsconfig.json',
    'src/constraints.py',
    'docs/training-guide.md',
    'compliance/附件5-评估测试题.csv',
    'ios/swift/Info.json',
  ])('%s is not an artefact', (file) => {
    expect(pathHits(file)).toEqual([]);
  });
});

describe('dependency signals', () => {
  it.each([
    ['requirements.txt', 'peft==0.13', ['dep-peft']],
    ['requirements-train.txt', 'trl>=0.11 ; python_version >= "3.10"', ['dep-trl']],
    ['requirements.txt', 'llama_cpp_python==0.3.1', ['dep-llama-cpp-python']],
    ['pyproject.toml', '  "peft>=0.13",', ['dep-peft']],
    ['pyproject.toml', 'dependencies = ["openai>=1.0", "vllm==0.6.3"]', ['dep-vllm']],
    ['pyproject.toml', 'unsloth = "^2024.10"', ['dep-unsloth']],
    ['setup.cfg', 'install_requires = deepspeed>=0.15', ['dep-deepspeed']],
    ['environment.yml', '  - conda-forge::peft=0.13', ['dep-peft']],
    ['Pipfile', 'axolotl = "*"', ['dep-axolotl']],
    ['web/package.json', '    "@mlc-ai/web-llm": "^0.2.75",', ['dep-web-llm']],
  ])('%s: %s → %j', (file, line, ids) => {
    expect(lineHits(file, line)).toEqual(ids);
  });

  it.each([
    ['requirements.txt', '# peft==0.13 comes later'],
    ['requirements.txt', 'peft-utils==1.0'],
    ['requirements.txt', '-r peft.txt'],
    ['pyproject.toml', 'description = "We evaluated peft but do not use it"'],
    ['README.md', 'pip install peft'],
    ['package-lock.json', '    "node-llama-cpp": "^3.0.0",'],
  ])('%s: %s → nothing', (file, line) => {
    expect(lineHits(file, line)).toEqual([]);
  });

  it('names are normalised as PyPI does', () => {
    expect(dependencyNames('requirements', 'Llama.CPP_Python[server]==0.3')).toEqual([
      'llama-cpp-python',
    ]);
  });
});

describe('code, endpoint and model-name signals', () => {
  it.each([
    ['a.py', 'job = client.fine_tuning.jobs.create(', 'openai-fine-tuning-job'],
    ['a.ts', 'await openai.fineTuning.jobs.create({', 'openai-fine-tuning-job'],
    ['a.py', 'model="ft:gpt-4o-mini-2024-07-18:acme::abc123"', 'fine-tuned-model-id'],
    ['a.py', 'resp = dashscope.FineTunes.call(model="qwen-turbo")', 'dashscope-fine-tune'],
    ['a.py', 'model = get_peft_model(model, config)', 'peft-get-model'],
    ['a.py', 'config = LoraConfig(r=8)', 'peft-lora-config'],
    ['a.py', 'trainer = SFTTrainer(model=model)', 'trl-trainer'],
    ['a.py', 'trainer = DPOTrainer(', 'trl-trainer'],
    ['a.py', 'from transformers import AutoTokenizer, Trainer', 'hf-trainer'],
    ['run.sh', 'llamafactory-cli train examples/qwen_lora_sft.yaml', 'finetune-cli'],
    ['cfg/train.yaml', 'finetuning_type: lora', 'finetune-config-keys'],
    ['a.py', 'model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-7B")', 'hf-causal-lm'],
    ['Dockerfile', 'FROM vllm/vllm-openai:v0.6.3', 'vllm-engine'],
    ['a.ts', "const url = 'http://localhost:11434/api/chat';", 'ollama-serve'],
    ['a.ts', "baseURL: 'https://api.openai.com/v1',", 'endpoint-openai'],
    ['.env', 'ANTHROPIC_BASE_URL=https://api.anthropic.com', 'endpoint-anthropic'],
    ['a.py', 'url = "https://generativelanguage.googleapis.com/v1beta"', 'endpoint-google'],
    ['a.py', 'base_url="https://openrouter.ai/api/v1"', 'endpoint-other-foreign'],
    ['a.ts', "model: 'gpt-4o-mini',", 'model-gpt'],
    ['a.py', 'model="claude-3-5-sonnet-20241022"', 'model-claude'],
    ['cfg/a.yaml', 'model: gemini-1.5-pro', 'model-gemini'],
    ['models/README.md', 'base_model_relation: adapter', 'card-adapter'],
  ])('%s: %s → %s', (file, line, id) => {
    expect(lineHits(file, line)).toContain(id);
  });

  it.each([
    ['a.py', '# client.fine_tuning.jobs.create( — not used'],
    ['a.ts', '// see https://api.openai.com/v1 for the format we mimic'],
    ['a.ts', ' * model: gpt-4o was evaluated and rejected'],
    ['a.ts', "import { encode } from 'gpt-3-encoder';"],
    ['a.py', 'trainer = Trainer(game)'],
    ['a.py', 'tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")'],
    ['a.ts', "const model = 'qwen-max';"],
    ['a.ts', "const path = 'my-gpt-4o-notes.md';"],
    ['docs/guide.md', 'client.fine_tuning.jobs.create('],
    ['cfg/ci.yaml', 'stage: test'],
    ['models/README.md', 'We use base_model_relation: adapter in cards.'],
    ['a.py', 'loss = model.train()'],
  ])('%s: %s → nothing', (file, line) => {
    expect(lineHits(file, line)).toEqual([]);
  });
});

describe('user-supplied patterns', () => {
  it.each([
    ['(a+)+$', 'nested-quantifier'],
    ['(a|aa)*b', 'nested-quantifier'],
    ['(\\w+\\s?)*x', 'nested-quantifier'],
    ['(x)\\1', 'back-reference'],
    ['.*a.*b.*c', 'too-many-wildcards'],
    ['a*', 'empty-match'],
    ['[', 'syntax'],
  ])('%s is refused (%s)', (pattern, problem) => {
    expect(regexProblem(pattern)).toBe(problem);
  });

  it.each(['\\bacme\\.tune\\(', '(?:-[\\w.]+)?x', 'a{1,5}b', '[(]+x'])('%s is accepted', (p) => {
    expect(regexProblem(p)).toBeUndefined();
  });

  it('every built-in line pattern passes the vetting user patterns must pass', () => {
    const vetted = pack.signals.filter((signal) => signal.regex);
    expect(vetted.length).toBeGreaterThan(10);
    for (const signal of vetted) {
      expect([signal.id, regexProblem(signal.regex!.source, signal.regex!.flags)]).toEqual([
        signal.id,
        undefined,
      ]);
    }
  });
});

describe('patches and front matter', () => {
  it('numbers added lines on the head side', () => {
    const patch = '@@ -1,2 +1,3 @@\n a\n+b\n c\n@@ -10 +11,2 @@\n-x\n+y\n+z';
    expect(patchLines(patch).added).toEqual([
      [2, 'b'],
      [11, 'y'],
      [12, 'z'],
    ]);
  });

  it('finds the front matter of a model card', () => {
    expect(frontMatterRange('---\nlicense: mit\nbase_model: x\n---\n# Card\n')).toEqual({
      first: 2,
      last: 3,
    });
    expect(frontMatterRange('# Card\n---\nbase_model: x\n---\n')).toBeUndefined();
  });
});
