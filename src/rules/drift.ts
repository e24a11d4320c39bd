/**
 * drift/*: what a change adds that moves the product off its declared path (docs/domain.md#drift). Only
 * what the change adds is flagged — never what the base already had, never a deletion. On the
 * registration path a signal has its own severity; on the filing (or exempt) path it is a note.
 */
import { text, type Bilingual, type Severity } from '../model/finding.js';
import { PATH_NAMES, PATH_ORDER } from '../data/paths.js';
import {
  BRACE_EXPANSION_LIMIT,
  GLOB_LENGTH_LIMIT,
  type GlobProblem,
} from '../change/glob-expansion.js';
import type { CompiledSignal } from '../change/signals.js';
import type { SignalHit } from '../change/types.js';
import type { Manifest, ModelEntry } from '../model/manifest.js';
import type { Draft, Rule, RuleContext } from './rule.js';

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${bytes} B`;
}

/** Whether the manifest declares a filed model of the provider a signal names. */
export function providerDeclared(manifest: Manifest, signal: CompiledSignal): boolean {
  const provider = signal.provider;
  if (!provider) return false;
  const aliases = provider.aliases.map((a) => a.toLowerCase());
  return (manifest.models ?? []).some((model: ModelEntry) => {
    if ((model.filing_number ?? '').trim() === '') return false;
    const endpoint = model.endpoint ?? '';
    if (endpoint !== '' && signal.regex?.test(endpoint)) return true;
    const names = `${model.provider} ${model.name}`.toLowerCase();
    return aliases.some((alias) => names.includes(alias));
  });
}

function hitDraft(
  context: RuleContext,
  hit: SignalHit,
  signal: CompiledSignal,
  consequence: Bilingual,
): Draft {
  const registration = context.manifest.path === 'registration';
  const size = hit.size !== undefined ? `，${formatSize(hit.size)}` : '';
  const sizeEn = hit.size !== undefined ? `, ${formatSize(hit.size)}` : '';
  const more = hit.more ? `；同一文件另有 ${hit.more} 处` : '';
  const moreEn = hit.more ? `; ${hit.more} more in this file` : '';
  const what = hit.match ? `：\`${hit.match}\`` : '';
  const whatEn = hit.match ? `: \`${hit.match}\`` : '';
  const severity: Severity = registration ? signal.severity : 'note';
  return {
    file: hit.file,
    ...(hit.line !== undefined ? { line: hit.line } : {}),
    ...(hit.column !== undefined ? { column: hit.column } : {}),
    severity,
    message: text(
      `本次变更新增：${signal.meaning['zh-CN']}${what}（信号 ${signal.id}${size}${more}）。${consequence['zh-CN']}`,
      `Added in this change: ${signal.meaning.en}${whatEn} (signal ${signal.id}${sizeEn}${moreEn}). ${consequence.en}`,
    ),
    data: {
      signal: signal.id,
      kind: signal.kind,
      ...(hit.match ? { match: hit.match } : {}),
      ...(hit.size !== undefined ? { size: hit.size } : {}),
      ...(hit.more ? { more: hit.more } : {}),
    },
  };
}

function signalDrafts(
  context: RuleContext,
  ruleId: string,
  consequence: (context: RuleContext) => Bilingual,
): Draft[] {
  const { change, signals } = context;
  if (!change || !signals) return [];
  const drafts: Draft[] = [];
  for (const hit of change.hits) {
    const signal = signals.byId.get(hit.signal);
    if (!signal || signal.rule !== ruleId) continue;
    if (signal.provider && providerDeclared(context.manifest, signal)) continue;
    drafts.push(hitDraft(context, hit, signal, consequence(context)));
  }
  return drafts;
}

function filingConsequence(context: RuleContext, en: string, zh: string): Bilingual {
  if (context.manifest.path === 'registration') {
    return text(
      `${zh}清单声明为登记（registration），须在同一变更中改为备案（path: filing）并提供备案材料，或移除该内容。`,
      `${en}The manifest declares registration: switch to \`path: filing\` with the filing materials in the same change, or remove it.`,
    );
  }
  return text(
    '已声明备案路径，请确认备案材料涵盖此项。',
    'The filing path is declared; make sure the filing materials cover it.',
  );
}

export const driftFineTuningIntroduced: Rule = {
  id: 'drift/fine-tuning-introduced',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('变更引入了微调', 'The change introduces fine-tuning'),
  help: text(
    '登记只适用于“调用已备案模型、不做任何改动”的服务；微调、二次开发或优化（LoRA 适配器、训练脚本与配置、peft/trl 等依赖、微调接口调用、微调后的模型 ID、模型卡中的 `base_model_relation`）都须走**备案**。在同一变更中把 `path` 改为 `filing` 并补齐备案材料（含安全评估报告），或移除这些内容。信号见 `src/data/signals.yml`，可在清单 `signals:` 中调整。',
    'Registration covers only calling a filed model unchanged; fine-tuning, secondary development or optimisation (LoRA adapters, training scripts and configs, peft/trl dependencies, fine-tuning API calls, fine-tuned model ids, `base_model_relation` in a model card) requires **filing**. Switch `path` to `filing` with the filing materials (security assessment included) in the same change, or remove them. Signals live in `src/data/signals.yml` and can be tuned under `signals:` in the manifest.',
  ),
  check: (context) =>
    signalDrafts(context, 'drift/fine-tuning-introduced', (c) =>
      filingConsequence(c, 'Fine-tuning requires filing. ', '微调须走备案。'),
    ),
};

export const driftSelfHostedWeights: Rule = {
  id: 'drift/self-hosted-weights',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'S',
  title: text('变更引入了自部署模型权重', 'The change introduces self-hosted weights'),
  help: text(
    '自行部署开源权重（GGUF、safetensors、检查点、vLLM/llama.cpp/Ollama 等推理服务）意味着你就是模型服务提供者，须走**备案**。在同一变更中改为 `path: filing` 并补齐备案材料，或改为调用已备案模型的 API。大文件只按大小判断，不会被整体读取。',
    'Running open weights yourself (GGUF, safetensors, checkpoints, inference servers such as vLLM, llama.cpp, Ollama) makes you the model provider, which requires **filing**. Switch to `path: filing` with the filing materials in the same change, or call a filed model through its API instead. Big files are judged by size and never read whole.',
  ),
  check: (context) =>
    signalDrafts(context, 'drift/self-hosted-weights', (c) =>
      filingConsequence(c, 'Self-hosted weights require filing. ', '自部署权重须走备案。'),
    ),
};

function unfiledConsequence(context: RuleContext): Bilingual {
  if (context.manifest.path === 'registration') {
    return text(
      '面向公众的服务只能调用已在境内备案的模型：改用已备案模型，或在清单 `models:` 中声明该模型及其备案号与协议。',
      'A public service may only call models filed in China: use a filed model, or declare this one under `models:` with its filing number and agreement.',
    );
  }
  return text(
    '请确认该模型已在境内备案并在清单中声明。',
    'Make sure this model is filed in China and declared in the manifest.',
  );
}

/** A model whose provider or name changed while it kept the old model's filing number. */
function switchedModels(context: RuleContext): Draft[] {
  const base = context.baseManifest?.manifest;
  if (!base) return [];
  const drafts: Draft[] = [];
  (context.manifest.models ?? []).forEach((model, i) => {
    const number = (model.filing_number ?? '').trim().toLowerCase();
    if (number === '' || model.source !== 'third-party') return;
    const before = (base.models ?? []).find(
      (m) => (m.filing_number ?? '').trim().toLowerCase() === number,
    );
    if (!before || (before.provider === model.provider && before.name === model.name)) return;
    const stillThere = (context.manifest.models ?? []).some(
      (m) => m.provider === before.provider && m.name === before.name,
    );
    if (stillThere) return;
    drafts.push({
      ...context.at(`/models/${i}/filing_number`),
      ...(context.manifest.path === 'registration' ? {} : { severity: 'note' as const }),
      message: text(
        `模型由 ${before.provider} ${before.name} 换成了 ${model.provider} ${model.name}，但备案号 ${model.filing_number} 仍是原模型的；填写新模型的备案号`,
        `The model changed from ${before.provider} ${before.name} to ${model.provider} ${model.name} but kept the old model's filing number ${model.filing_number}; give the new model's filing number`,
      ),
    });
  });
  return drafts;
}

export const driftUnfiledEndpoint: Rule = {
  id: 'drift/unfiled-endpoint',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'V',
  title: text('变更调用了未备案的模型', 'The change calls a model that is not filed'),
  help: text(
    '面向境内公众的服务只能调用已备案的模型。变更新增了境外模型接口或模型名（OpenAI、Anthropic、Gemini、Mistral、OpenRouter、gpt-*、claude-*、gemini-* 等），或调用了已备案提供方但清单中未声明该模型及其备案号，或换了模型却沿用原备案号。改用已备案模型，或在 `models:` 中声明新模型及其备案号与协议。',
    'A service for the public in China may only call filed models. The change adds a foreign model API or model name (OpenAI, Anthropic, Gemini, Mistral, OpenRouter, gpt-*, claude-*, gemini-* and others), calls a filed provider the manifest does not declare with a filing number, or switches models while keeping the old filing number. Use a filed model, or declare the new one under `models:` with its filing number and agreement.',
  ),
  check: (context) => [
    ...signalDrafts(context, 'drift/unfiled-endpoint', unfiledConsequence),
    ...switchedModels(context),
  ],
};

export const driftPathDowngrade: Rule = {
  id: 'drift/path-downgrade',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('变更降低了申报路径', 'The change downgrades the declared path'),
  help: text(
    '把 `path` 从备案改为登记（或从备案、登记改为无需备案）会让门禁放宽要求。只有在产品确实不再微调、自部署或自研模型时才可这样做；请在评审中确认，必要时用带负责人与到期日的豁免记录这一决定。',
    'Changing `path` from filing to registration (or from filing or registration to exempt) relaxes what the gate requires. Do it only when the product really no longer fine-tunes, self-hosts or develops its model; have it reviewed, and record the decision with a waiver carrying an owner and an expiry if needed.',
  ),
  check(context) {
    const before = context.baseManifest?.manifest?.path ?? context.baseManifest?.path;
    const after = context.manifest.path;
    if (!context.change || !before || PATH_ORDER[after] >= PATH_ORDER[before]) return [];
    return [
      {
        ...context.at('/path'),
        message: text(
          `申报路径由${PATH_NAMES[before]['zh-CN']}（${before}）降为${PATH_NAMES[after]['zh-CN']}（${after}）`,
          `The declared path goes down from ${PATH_NAMES[before].en} (${before}) to ${PATH_NAMES[after].en} (${after})`,
        ),
        data: { before, after },
      },
    ];
  },
};

export const driftManifestFineTuning: Rule = {
  id: 'drift/manifest-fine-tuning',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text(
    '清单在登记路径上新声明了微调',
    'The manifest newly declares fine-tuning on the registration path',
  ),
  help: text(
    '变更把某个模型的 `fine_tuning` 从 none 改成了微调方式，而 `path` 仍为 registration。微调须走备案：在同一变更中改为 `path: filing` 并补齐备案材料。',
    "The change sets a model's `fine_tuning` from none to a fine-tuning method while `path` is still registration. Fine-tuning requires filing: switch to `path: filing` with the filing materials in the same change.",
  ),
  check(context) {
    const { change, manifest, baseManifest } = context;
    if (!change || manifest.path !== 'registration') return [];
    const baseModels = baseManifest?.manifest?.models ?? [];
    const drafts: Draft[] = [];
    (manifest.models ?? []).forEach((model, i) => {
      if (model.fine_tuning === 'none') return;
      const before =
        baseModels.find((m) => m.provider === model.provider && m.name === model.name) ??
        baseModels[i];
      if (before && before.fine_tuning === model.fine_tuning) return;
      drafts.push({
        ...context.at(`/models/${i}/fine_tuning`),
        message: text(
          `变更为模型 ${model.provider} ${model.name} 声明了微调 ${model.fine_tuning}，但清单仍走登记路径；改为 path: filing`,
          `The change declares fine-tuning ${model.fine_tuning} for ${model.provider} ${model.name} while the path is still registration; switch to path: filing`,
        ),
      });
    });
    return drafts;
  },
};

export const driftChangeUnavailable: Rule = {
  id: 'drift/change-unavailable',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('无法比较变更', 'The change could not be compared'),
  help: text(
    '给出了基准与变更（`--base/--head`，或 Action 的事件），但无法用 git 算出两者的差异，漂移规则因此没有运行。常见原因是浅克隆：在 actions/checkout 中设置 `fetch-depth: 0`。',
    'A base and a head were given (`--base/--head`, or the Action event) but git could not compute the change, so the drift rules did not run. The usual cause is a shallow clone: set `fetch-depth: 0` on actions/checkout.',
  ),
  check(context) {
    return context.changeUnavailable ? [{ message: context.changeUnavailable }] : [];
  },
};

function signalPointer(context: RuleContext, id: string, index: number, field: string): string {
  if (index >= 0) return `/signals/add/${index}/${field}`;
  const disabled = context.manifest.signals?.disable?.indexOf(id) ?? -1;
  return disabled >= 0 ? `/signals/disable/${disabled}` : `/signals/severity/${id}`;
}

const REGEX_PROBLEMS: Record<string, Bilingual> = {
  syntax: text('不是有效的正则表达式', 'is not a valid regular expression'),
  'too-long': text('过长（上限 500 字符）', 'is too long (500 characters at most)'),
  'back-reference': text('含反向引用', 'uses a back-reference'),
  'nested-quantifier': text(
    '含嵌套量词（可能灾难性回溯）',
    'nests quantifiers (catastrophic backtracking)',
  ),
  'too-many-wildcards': text('含两个以上通配重复', 'chains more than two wildcard repetitions'),
  'empty-match': text('能匹配空行', 'matches an empty line'),
  slow: text(
    '在恶意构造的长行上匹配过慢（回溯风险）',
    'is too slow on a hostile long line (backtracking risk)',
  ),
  'out-of-time': text(
    '在变更的行上超出运行时限（回溯过慢），其余变更行未经此信号检查',
    'ran out of time on a changed line (slow backtracking), so the remaining changed lines were not checked by it',
  ),
};

const GLOB_PROBLEMS: Record<GlobProblem, Bilingual> = {
  'too-many-expansions': text(
    `经花括号展开后超过 ${BRACE_EXPANSION_LIMIT} 个模式`,
    `expands to more than ${BRACE_EXPANSION_LIMIT} patterns through its braces`,
  ),
  'too-long': text(
    `过长（上限 ${GLOB_LENGTH_LIMIT} 字符）`,
    `is too long (${GLOB_LENGTH_LIMIT} characters at most)`,
  ),
  invalid: text('不是有效的通配符', 'is not a valid glob'),
};

function shortGlob(glob: string): string {
  return glob.length > 80 ? `${glob.slice(0, 77)}...` : glob;
}

export const driftInvalidSignal: Rule = {
  id: 'drift/invalid-signal',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('清单中的信号无效', 'Invalid signal in the manifest'),
  help: text(
    '`signals.add` 中的正则须有效、不含嵌套量词与反向引用（以免恶意输入造成灾难性回溯），`in` 须是信号包中的文件集合，ID 不得与已有信号重复；`disable` 与 `severity` 只能引用已有信号。通配符（`pattern`、`files`、`exclude`）经花括号展开后不得超过 256 个模式。每个正则在单行和全部变更行上都有运行时限，超时的正则在此报告，未检查的行不视为无问题。',
    'Regular expressions under `signals.add` must be valid, without nested quantifiers or back-references (hostile input must not cause catastrophic backtracking); `in` must name file sets of the pack, and ids must be new; `disable` and `severity` may only name existing signals. Globs (`pattern`, `files`, `exclude`) may expand to 256 patterns at most through their braces. Each pattern has a time limit per line and over all changed lines; a pattern that runs out of it is reported here, and the lines it did not check are not taken as clean.',
  ),
  check(context) {
    const pack = context.signals;
    if (!pack) return [];
    return pack.problems.map((problem): Draft => {
      switch (problem.kind) {
        case 'regex': {
          const why = REGEX_PROBLEMS[problem.problem]!;
          return {
            ...context.at(signalPointer(context, problem.id, problem.index, 'pattern')),
            message: text(
              `信号 ${problem.id} 的正则${why['zh-CN']}，已忽略`,
              `The pattern of signal ${problem.id} ${why.en}; ignored`,
            ),
          };
        }
        case 'unknown-set':
          return {
            ...context.at(signalPointer(context, problem.id, problem.index, 'in')),
            message: text(
              `信号 ${problem.id} 引用了不存在的文件集合 ${problem.set}，已忽略`,
              `Signal ${problem.id} names an unknown file set ${problem.set}; ignored`,
            ),
          };
        case 'duplicate-id':
          return {
            ...context.at(signalPointer(context, problem.id, problem.index, 'id')),
            message: text(
              `信号 ID ${problem.id} 已存在，已忽略`,
              `Signal id ${problem.id} already exists; ignored`,
            ),
          };
        case 'glob': {
          const why = GLOB_PROBLEMS[problem.problem];
          const glob = shortGlob(problem.glob);
          return {
            ...context.at(problem.pointer),
            message: problem.id
              ? text(
                  `信号 ${problem.id} 的通配符 ${glob} ${why['zh-CN']}，已忽略`,
                  `The glob ${glob} of signal ${problem.id} ${why.en}; ignored`,
                )
              : text(
                  `排除通配符 ${glob} ${why['zh-CN']}，已忽略`,
                  `The exclude glob ${glob} ${why.en}; ignored`,
                ),
          };
        }
        case 'unknown-signal':
          return {
            ...context.at(signalPointer(context, problem.id, -1, '')),
            message: text(`没有 ID 为 ${problem.id} 的信号`, `There is no signal ${problem.id}`),
          };
      }
    });
  },
};

export const DRIFT_RULES: readonly Rule[] = [
  driftFineTuningIntroduced,
  driftSelfHostedWeights,
  driftUnfiledEndpoint,
  driftPathDowngrade,
  driftManifestFineTuning,
  driftChangeUnavailable,
  driftInvalidSignal,
];
