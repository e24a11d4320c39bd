/**
 * `genai-compliance-gate init [DIR]`: writes a starting compliance.yml, the lexicon and test-set
 * templates, the checklists and the workflow. Asks on a terminal; without one it takes flags and
 * defaults and never waits. Never overwrites a file without --force.
 */
import { existsSync, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { LANG_VALUES } from '../context.js';
import { flag, oneOf, UsageError } from '../inputs/options.js';
import { TOOL_NAME } from '../data/project.js';
import type { Lang } from '../model/finding.js';
import { OutputRefusedError, writeOutput } from '../files/write-output.js';
import type { DeclaredPath, ModelSource } from '../model/manifest.js';
import {
  checklists,
  LAYOUT,
  manifestText,
  WORKFLOW,
  type InitAnswers,
  type InitModel,
} from './init-templates.js';
import { currentGateCommand, shellWord } from './init-command.js';
import { lexiconTemplate, testSetTemplate } from './init-xlsx.js';

const PATHS: readonly DeclaredPath[] = ['registration', 'filing', 'exempt'];
const SOURCES: readonly ModelSource[] = ['third-party', 'self-developed', 'open-weights'];

export const INIT_USAGE = `Usage: ${TOOL_NAME} init [DIR] [options]

  --path registration|filing|exempt  declared path (default registration)
  --name NAME                        service name (default: the directory name)
  --entity NAME                      legal entity, as on the business licence
  --credit-code CODE                 unified social credit code
  --exempt-reason TEXT               why no filing or registration is needed (--path exempt)
  --model PROVIDER/NAME              a model the service uses (repeat for each)
  --filing-number NUMBER             its filing number (repeat, in the order of --model)
  --source third-party|self-developed|open-weights
                                     its source (repeat, in the order of --model)
  --lang zh-CN|en                    manifest comments and report language (default zh-CN)
  -y, --yes                          do not ask, even on a terminal
  --force                            overwrite existing files
`;

function parseModel(spec: string, filing: string | undefined, source: string | undefined) {
  const slash = spec.indexOf('/');
  const provider = spec.slice(0, Math.max(slash, 0)).trim();
  const name = spec.slice(slash + 1).trim();
  if (slash === -1 || provider === '' || name === '') {
    throw new UsageError(`--model expects PROVIDER/NAME (got ${JSON.stringify(spec)})`);
  }
  return {
    provider,
    name,
    source: source === undefined ? 'third-party' : oneOf(flag('source'), source, SOURCES)!,
    filingNumber: filing === undefined || filing.trim() === '' ? null : filing.trim(),
  } satisfies InitModel;
}

interface Options {
  help: boolean;
  dir: string;
  force: boolean;
  interactive: boolean;
  answers: Partial<InitAnswers> & { lang: Lang };
}

function parse(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      path: { type: 'string' },
      name: { type: 'string' },
      entity: { type: 'string' },
      'credit-code': { type: 'string' },
      'exempt-reason': { type: 'string' },
      model: { type: 'string', multiple: true },
      'filing-number': { type: 'string', multiple: true },
      source: { type: 'string', multiple: true },
      lang: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 1) {
    throw new UsageError(`expected one directory, got ${positionals.length}`);
  }
  const specs = values.model ?? [];
  const filings = values['filing-number'] ?? [];
  const sources = values.source ?? [];
  if (filings.length > specs.length || sources.length > specs.length) {
    throw new UsageError('each --filing-number and --source belongs to a --model before it');
  }
  const answers: Options['answers'] = {
    lang: values.lang === undefined ? 'zh-CN' : oneOf(flag('lang'), values.lang, LANG_VALUES)!,
  };
  if (values.path !== undefined) answers.path = oneOf(flag('path'), values.path, PATHS)!;
  if (values.name !== undefined) answers.name = values.name;
  if (values.entity !== undefined) answers.entity = values.entity;
  if (values['credit-code'] !== undefined) answers.creditCode = values['credit-code'];
  if (values['exempt-reason'] !== undefined) answers.exemptReason = values['exempt-reason'];
  if (specs.length > 0) answers.models = specs.map((s, i) => parseModel(s, filings[i], sources[i]));
  return {
    help: values.help === true,
    dir: path.resolve(positionals[0] ?? '.'),
    force: values.force === true,
    interactive: process.stdin.isTTY === true && values.yes !== true,
    answers,
  };
}

const ENTITY_PLACEHOLDER: Record<Lang, string> = {
  'zh-CN': '请填写营业执照上的企业名称',
  en: 'the company name on the business licence',
};

function withDefaults(answers: Options['answers'], dir: string): InitAnswers {
  return {
    path: answers.path ?? 'registration',
    name: answers.name?.trim() || path.basename(dir) || 'service',
    entity: answers.entity?.trim() || ENTITY_PLACEHOLDER[answers.lang],
    models: answers.models ?? [],
    lang: answers.lang,
    ...(answers.creditCode ? { creditCode: answers.creditCode.trim() } : {}),
    ...(answers.exemptReason ? { exemptReason: answers.exemptReason.trim() } : {}),
  };
}

/** Asks for what the flags did not give. Only ever called with a terminal on stdin. */
async function ask(answers: Options['answers'], dir: string): Promise<Options['answers']> {
  const zh = answers.lang === 'zh-CN';
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const question = async (zhText: string, enText: string, fallback = '') => {
    const hint = fallback ? ` [${fallback}]` : '';
    const reply = (await rl.question(`${zh ? zhText : enText}${hint}: `)).trim();
    return reply || fallback;
  };
  try {
    const out = { ...answers };
    while (out.path === undefined) {
      const reply = await question(
        '申报路径 registration（登记）/ filing（备案）/ exempt（无需）',
        'Path registration / filing / exempt',
        'registration',
      );
      if ((PATHS as readonly string[]).includes(reply)) out.path = reply as DeclaredPath;
    }
    if (out.path === 'exempt' && out.exemptReason === undefined) {
      out.exemptReason = await question('无需备案或登记的理由', 'Why no filing or registration');
    }
    out.name ??= await question('服务名称', 'Service name', path.basename(dir));
    out.entity ??= await question(
      '运营主体（营业执照上的名称）',
      'Legal entity (as on the licence)',
    );
    out.creditCode ??= await question('统一社会信用代码（可留空）', 'Credit code (may be empty)');
    if (out.models === undefined) {
      const models: InitModel[] = [];
      for (;;) {
        const spec = await question(
          '模型 提供方/名称（例如 阿里云/通义千问；留空结束）',
          'Model PROVIDER/NAME (e.g. 阿里云/通义千问; empty to finish)',
        );
        if (spec === '') break;
        let source = '';
        while (!(SOURCES as readonly string[]).includes(source)) {
          source = await question(
            '来源 third-party / self-developed / open-weights',
            'Source',
            'third-party',
          );
        }
        const filing =
          source === 'third-party'
            ? await question('备案号（可留空）', 'Filing number (may be empty)')
            : '';
        try {
          models.push(parseModel(spec, filing, source));
        } catch (error) {
          process.stderr.write(`${(error as Error).message}\n`);
        }
      }
      out.models = models;
    }
    return out;
  } finally {
    rl.close();
  }
}

interface Planned {
  rel: string;
  content: () => Promise<string | Uint8Array> | string;
}

function plan(answers: InitAnswers, command: string): Planned[] {
  const files: Planned[] = [
    { rel: LAYOUT.manifest, content: () => manifestText(answers) },
    { rel: LAYOUT.lexicon, content: lexiconTemplate },
    { rel: LAYOUT.testSet, content: testSetTemplate },
  ];
  for (const [rel, text] of Object.entries(checklists(answers.path, command))) {
    files.push({ rel, content: () => text });
  }
  files.push({ rel: LAYOUT.workflow, content: () => WORKFLOW });
  return files;
}

/** Dangling links too: writing through one would create its target wherever it points. */
function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether writing `rel` stays inside `root`, through any links on the way. */
function staysInside(root: string, rel: string): boolean {
  const target = path.join(root, rel);
  if (isLink(target)) return false;
  let dir = path.dirname(target);
  while (!existsSync(dir)) dir = path.dirname(dir);
  const real = realpathSync(dir);
  return real === root || real.startsWith(`${root}${path.sep}`);
}

export async function init(args: string[]): Promise<number> {
  let options: Options;
  try {
    options = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${TOOL_NAME} init: ${error.message}\n\n${INIT_USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(INIT_USAGE);
    return 0;
  }
  const { dir, force } = options;
  mkdirSync(dir, { recursive: true });
  const root = realpathSync(dir);
  const collected = options.interactive ? await ask(options.answers, root) : options.answers;
  const answers = withDefaults(collected, root);
  const zh = answers.lang === 'zh-CN';

  // The checklists are read in the repository, the message where init ran.
  const files = plan(answers, currentGateCommand(root));
  const escaping = files.filter((file) => !staysInside(root, file.rel)).map((file) => file.rel);
  if (escaping.length > 0) {
    process.stderr.write(
      `${TOOL_NAME} init: ${zh ? '以下文件会经由符号链接写到目录之外，已停止' : 'these files would be written outside the directory through a link; stopped'}: ${escaping.join(', ')}\n`,
    );
    return 2;
  }
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of files) {
    const target = path.join(root, file.rel);
    if (existsSync(target) && !force) {
      kept.push(file.rel);
      continue;
    }
    try {
      writeOutput(target, await file.content(), { roots: [root], createParents: true });
    } catch (error) {
      if (!(error instanceof OutputRefusedError)) throw error;
      process.stderr.write(`${TOOL_NAME} init: ${error.message}\n`);
      return 2;
    }
    written.push(file.rel);
  }

  const out: string[] = [];
  for (const rel of written) out.push(`${zh ? '已写入' : 'wrote'}  ${rel}`);
  for (const rel of kept) {
    out.push(
      `${zh ? '已保留' : 'kept '}  ${rel}  (${zh ? '文件已存在；--force 覆盖' : 'exists; --force overwrites'})`,
    );
  }
  const shown = shellWord(path.relative(process.cwd(), root) || '.');
  const command = currentGateCommand(process.cwd());
  out.push(
    '',
    zh
      ? `下一步：按 ${LAYOUT.checklists.materials} 补齐材料，填写两个 XLSX 模板，然后运行\n  ${command} check ${shown}\n每个问题都附有说明链接；也可运行 ${command} explain <规则 ID>。`
      : `Next: gather the materials listed in ${LAYOUT.checklists.materials}, fill in the two XLSX templates, then run\n  ${command} check ${shown}\nEvery finding links to its documentation; or run ${command} explain <rule-id>.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
