/**
 * The drift rules on real git repositories: each signal of the acceptance list on the
 * registration path, the same change switching to filing, and the signal already on base.
 */
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editManifest, lineOf, writeFile } from './helpers/repo.js';
import {
  checkChange,
  commit,
  drift,
  driftRepo,
  git,
  remove,
  switchToFiling,
} from './helpers/drift-repo.js';

interface Case {
  name: string;
  rule: string;
  signal: string;
  file: string;
  /** Writes the change; returns the expected line (undefined: the file itself). */
  apply(root: string): number | undefined;
  /** A later edit of the same place, for the "already on base" case. */
  touch(root: string): void;
}

const PY_TUNE = [
  'from openai import OpenAI',
  '',
  'client = OpenAI(base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")',
  'job = client.fine_tuning.jobs.create(',
  '    training_file="file-abc", model="qwen-turbo"',
  ')',
  '',
].join('\n');

const TS_TUNE = [
  "import OpenAI from 'openai';",
  '',
  'const client = new OpenAI();',
  'export async function tune(file: string) {',
  '  return client.fine_tuning.jobs.create({ training_file: file, model: "qwen-plus" });',
  '}',
  '',
].join('\n');

const CARD = [
  '---',
  'license: apache-2.0',
  'base_model: Qwen/Qwen2.5-7B-Instruct',
  'base_model_relation: adapter',
  '---',
  '# 客服话术适配器',
  '',
].join('\n');

const CASES: Case[] = [
  {
    name: 'adapter_config.json added',
    rule: 'drift/fine-tuning-introduced',
    signal: 'adapter-config',
    file: 'models/support-bot/adapter_config.json',
    apply(root) {
      writeFile(root, this.file, '{ "peft_type": "LORA", "r": 8, "lora_alpha": 16 }\n');
      return undefined;
    },
    touch(root) {
      writeFile(root, this.file, '{ "peft_type": "LORA", "r": 16, "lora_alpha": 32 }\n');
    },
  },
  {
    name: 'peft==0.13 added to requirements.txt',
    rule: 'drift/fine-tuning-introduced',
    signal: 'dep-peft',
    file: 'requirements.txt',
    apply(root) {
      writeFile(root, this.file, 'openai==1.51.0\nhttpx==0.27.2\npeft==0.13\n');
      return 3;
    },
    touch(root) {
      writeFile(root, this.file, 'openai==1.51.0\nhttpx==0.27.2\npeft==0.13.2\n');
    },
  },
  {
    name: 'client.fine_tuning.jobs.create( added in a .py file',
    rule: 'drift/fine-tuning-introduced',
    signal: 'openai-fine-tuning-job',
    file: 'src/llm/tune.py',
    apply(root) {
      writeFile(root, this.file, PY_TUNE);
      return lineOf(PY_TUNE, 'fine_tuning.jobs.create(');
    },
    touch(root) {
      writeFile(root, this.file, PY_TUNE.replace('jobs.create(', 'jobs.create(  # nightly'));
    },
  },
  {
    name: 'client.fine_tuning.jobs.create( added in a .ts file',
    rule: 'drift/fine-tuning-introduced',
    signal: 'openai-fine-tuning-job',
    file: 'src/llm/tune.ts',
    apply(root) {
      writeFile(root, this.file, TS_TUNE);
      return lineOf(TS_TUNE, 'fine_tuning.jobs.create(');
    },
    touch(root) {
      writeFile(root, this.file, TS_TUNE.replace('model: "qwen-plus"', 'model: "qwen-max"'));
    },
  },
  {
    name: 'a model card gaining base_model_relation: adapter',
    rule: 'drift/fine-tuning-introduced',
    signal: 'card-adapter',
    file: 'models/support-bot/README.md',
    apply(root) {
      writeFile(root, this.file, CARD);
      return 4;
    },
    touch(root) {
      writeFile(root, this.file, CARD.replace('license: apache-2.0', 'license: mit'));
    },
  },
  {
    name: 'https://api.openai.com/v1 added',
    rule: 'drift/unfiled-endpoint',
    signal: 'endpoint-openai',
    file: 'src/llm/fallback.ts',
    apply(root) {
      writeFile(
        root,
        this.file,
        "// Fallback when DashScope is slow.\nexport const FALLBACK_URL = 'https://api.openai.com/v1';\n",
      );
      return 2;
    },
    touch(root) {
      writeFile(
        root,
        this.file,
        "// Fallback when DashScope is slow.\nexport const FALLBACK_URL = 'https://api.openai.com/v1'; // v1 only\n",
      );
    },
  },
];

describe.each(CASES)('$name', (c) => {
  it('fails the registration path at the file and added line', async () => {
    const { root, base } = driftRepo();
    const line = c.apply(root);
    const head = commit(root);
    const report = await checkChange(root, base, head);
    const found = drift(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: c.rule, severity: 'error', file: c.file });
    expect(found[0]!.line).toBe(line);
    expect(found[0]!.data).toMatchObject({ signal: c.signal });
    expect(report.passed).toBe(false);
    expect(report.change).toMatchObject({ source: 'git', changedFiles: 1 });
  });

  it('is a note when the same change switches to path: filing with the filing materials', async () => {
    const { root, base } = driftRepo();
    const line = c.apply(root);
    switchToFiling(root);
    const head = commit(root);
    const report = await checkChange(root, base, head);
    const found = drift(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: c.rule, severity: 'note', file: c.file });
    expect(found[0]!.line).toBe(line);
    expect(report.findings.filter((f) => f.ruleId.startsWith('materials/'))).toEqual([]);
    expect(
      report.findings.filter((f) => f.ruleId.startsWith('path/') && f.severity === 'error'),
    ).toEqual([]);
  });

  it('does not fire when the signal was already on the base branch', async () => {
    const { root } = driftRepo();
    c.apply(root);
    const base = commit(root, 'signal already there');
    c.touch(root);
    const head = commit(root);
    const report = await checkChange(root, base, head);
    expect(report.change?.changedFiles).toBe(1);
    expect(drift(report)).toEqual([]);
  });
});

describe('what the change does not add', () => {
  it('a rename of an existing training script is not added', async () => {
    const { root } = driftRepo();
    const script = 'from trl import SFTTrainer\n\ntrainer = SFTTrainer(model=model)\n';
    writeFile(root, 'scripts/train.py', script);
    const base = commit(root, 'training script');
    mkdirSync(path.join(root, 'training'));
    renameSync(path.join(root, 'scripts/train.py'), path.join(root, 'training/train_sft.py'));
    const head = commit(root, 'move');
    const report = await checkChange(root, base, head);
    expect(git(root, 'diff-tree', '-r', '-M', '--name-status', base, head)).toBe(
      'R100\tscripts/train.py\ttraining/train_sft.py',
    );
    expect(drift(report)).toEqual([]);
  });

  it('a deletion is never flagged', async () => {
    const { root } = driftRepo();
    writeFile(root, 'models/bot/adapter_config.json', '{}\n');
    writeFile(root, 'requirements.txt', 'peft==0.13\n');
    const base = commit(root, 'adapter');
    remove(root, 'models');
    writeFile(root, 'requirements.txt', '');
    const head = commit(root, 'drop the adapter');
    const report = await checkChange(root, base, head);
    expect(drift(report)).toEqual([]);
  });

  it('comments, Markdown prose and a model card body do not count', async () => {
    const { root, base } = driftRepo();
    writeFile(root, 'src/llm/notes.py', '# client.fine_tuning.jobs.create( is not used here\n');
    writeFile(root, 'docs/providers.md', 'We never call https://api.openai.com/v1 or peft.\n');
    writeFile(root, 'models/README.md', '# Models\n\n```yaml\nbase_model_relation: adapter\n```\n');
    const head = commit(root);
    const report = await checkChange(root, base, head);
    expect(drift(report)).toEqual([]);
  });

  it('a filed provider declared in the manifest is not an unfiled endpoint', async () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      'src/llm/qwen.ts',
      "export const URL = 'https://dashscope.aliyuncs.com/compatible-mode/v1';\n",
    );
    writeFile(
      root,
      'src/llm/glm.ts',
      "export const URL = 'https://open.bigmodel.cn/api/paas/v4';\n",
    );
    const head = commit(root);
    const found = drift(await checkChange(root, base, head));
    expect(found.map((f) => [f.ruleId, f.file, f.line, f.data?.signal])).toEqual([
      ['drift/unfiled-endpoint', 'src/llm/glm.ts', 1, 'endpoint-zhipu'],
    ]);
  });
});

describe('the manifest before and after', () => {
  it('filing → registration is drift/path-downgrade at the path line', async () => {
    const { root, base } = driftRepo('filing-self-developed');
    const after = editManifest(root, 'path: filing', 'path: registration');
    const head = commit(root);
    const report = await checkChange(root, base, head);
    const found = drift(report).filter((f) => f.ruleId === 'drift/path-downgrade');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      file: 'compliance.yml',
      line: lineOf(after, 'path: registration'),
    });
    expect(report.change?.path).toEqual({ before: 'filing', after: 'registration' });
  });

  it('no downgrade when the path stays', async () => {
    const { root, base } = driftRepo('filing-self-developed');
    writeFile(root, 'docs/CHANGELOG.md', '# 变更\n');
    const head = commit(root);
    expect(drift(await checkChange(root, base, head))).toEqual([]);
  });

  it('fine-tuning declared in the manifest on the registration path', async () => {
    const { root, base } = driftRepo();
    const after = editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    const head = commit(root);
    const found = drift(await checkChange(root, base, head));
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([
      ['drift/manifest-fine-tuning', lineOf(after, 'fine_tuning: lora')],
    ]);
  });

  it('a model switched to another provider keeps no old filing number', async () => {
    const { root, base } = driftRepo();
    editManifest(root, 'provider: 阿里云', 'provider: 智谱');
    const after = editManifest(root, 'name: 通义千问', 'name: GLM-4');
    const head = commit(root);
    const found = drift(await checkChange(root, base, head));
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([
      ['drift/unfiled-endpoint', lineOf(after, 'filing_number:')],
    ]);
  });
});
