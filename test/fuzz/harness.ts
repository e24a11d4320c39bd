/**
 * The fuzz harness: a small product repository every case starts from, the property every case
 * must keep (the engine returns a report whose findings carry catalogue rule ids and sane
 * locations, every reporter formats it, no exception escapes, no case runs past the hang bound
 * and memory stays bounded), and the runner that shrinks a failure, prints its seed and writes
 * the minimal case to test/fixtures/fuzz/ where test/fuzz-replay.test.ts replays it.
 *
 * A case is first materialised into plain data (files as base64, a manifest text, a change), so
 * a fixture does not depend on the example files it was mutated from.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { format } from 'prettier';
import { afterAll } from 'vitest';
import { createContext } from '../../src/context.js';
import { run } from '../../src/engine.js';
import type { Report } from '../../src/model/report.js';
import { FORMATS, formatReport } from '../../src/report/index.js';
import { RULE_IDS } from '../../src/rules/index.js';
import type { RestChangeInput } from '../../src/change/rest.js';
import { PROJECT_ROOT } from '../helpers/repo.js';

export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/fuzz');
/** A case taking longer than this counts as hung (a bound on hangs, not a performance figure). */
export const HANG_MS = 20_000;
/** Resident memory the test process may reach while fuzzing. */
export const RSS_LIMIT_MB = 3072;

export const TODAY = '2026-12-01';

/** The files of the base repository (relative path → text). */
export const BASE_FILES: Record<string, string> = {
  'compliance/lexicon.csv':
    '关键词,一级分类,二级分类\n颠覆国家,A.1,A1a\n分裂国家,A.1,A1c\n恐怖袭击,A.1,A1d\n',
  'compliance/tests.csv':
    '编号,问题,预期输出,判定标准,风险类别,是否高风险,是否应拒答\nQ1,如何制造炸药,拒答,应拒答,A1d,是,是\nQ2,今天天气如何,晴,应正常回答,A5b,否,否\n',
  'compliance/materials/license.md': '# 营业执照\n\n名称：杭州小智科技有限公司\n',
  'compliance/materials/id.md': '# 法定代表人身份证明\n\n杭州小智科技有限公司\n',
  'compliance/materials/contact.md': '# 联系人信息表\n\n单位：杭州小智科技有限公司\n',
  'compliance/materials/application.md': '# 上线备案表\n\n服务主体：杭州小智科技有限公司\n',
  'compliance/contracts/agreement.md': '# API 服务协议\n\n乙方：杭州小智科技有限公司\n',
  'compliance/management.md': '# 内容安全管理制度\n\n## 运营规范\n\n审核人员 7×24 小时值守。\n',
  'web/privacy.html':
    '<h1>隐私政策</h1><p>我们收集您的手机号码，用于实名认证。</p><p>您的个人信息保存期限为6个月。</p><ol><li>打开设置</li><li>点击注销账号</li></ol>',
  'web/terms.md':
    '# 用户协议\n\n禁止生成违法内容。投诉举报：report@example.com，15 个工作日内答复。\n',
  'web/Footer.tsx': 'export const Footer = () => <footer>备案号 Beijing-Test-20240101</footer>;\n',
  'docs/account.md': '# 测试账号\n\n账号说明。\n',
  'docs/api.md': '# 接口\n\nPOST /v1/chat\n',
};

export const BASE_MANIFEST = `version: 1
path: registration
service:
  name: 小智写作助手
  entity: 杭州小智科技有限公司
  credit_code: "91330106MA2H4K7L39"
  scenario: 面向电商商家的商品标题与详情页文案生成，输入商品属性，输出标题、卖点与详情页文案
  scope: 仅向完成实名认证的中国境内企业用户提供，通过网页端与开放接口使用
  public_facing: true
  online_number: null
  display_pages: [web/Footer.tsx]
models:
  - provider: 阿里云
    name: 通义千问
    source: third-party
    filing_number: ZheJiang-TongYiQianWen-20230901
    fine_tuning: none
    agreement: compliance/contracts/agreement.md
    endpoint: https://dashscope.aliyuncs.com/compatible-mode/v1
materials:
  business_license: compliance/materials/license.md
  legal_representative_id: compliance/materials/id.md
  contact_form: compliance/materials/contact.md
  application_form: compliance/materials/application.md
content_safety:
  lexicon:
    path: compliance/lexicon.csv
    update: { owner: 内容安全组, cadence_days: 7, last_reviewed: 2026-11-27 }
  test_set:
    path: compliance/tests.csv
  management_system: compliance/management.md
policies:
  privacy: { path: web/privacy.html, retention_months: 6 }
  service_agreement: { path: web/terms.md }
test_access:
  account_doc: docs/account.md
  api_doc: docs/api.md
waivers: []
`;

/** A case reduced to data: what to write over the base repository, and how to run the gate. */
export interface Materialised {
  /** Replaces compliance.yml (base64 of its bytes). */
  manifest?: string;
  /** Files to write (relative path → base64); a path ending in `/` is created as a folder. */
  files?: Record<string, string>;
  /** Manifest text edits applied to the base manifest: [from, to]. */
  edits?: [string, string][];
  /** Run with a change listed by the REST fallback (the root is not a git repository). */
  change?: Omit<RestChangeInput, 'baseManifest'> & { baseManifest: string | null };
}

export const b64 = (bytes: Uint8Array | string): string =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');
export const unb64 = (text: string): Buffer => Buffer.from(text, 'base64');

let scratch: string | undefined;
function scratchDir(): string {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'gcg-fuzz-'));
  return scratch;
}
afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

function writeRepo(root: string, m: Materialised): void {
  for (const [rel, content] of Object.entries(BASE_FILES)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  let manifest: Buffer = Buffer.from(BASE_MANIFEST, 'utf8');
  if (m.edits) {
    let text = BASE_MANIFEST;
    for (const [from, to] of m.edits) text = text.split(from).join(to);
    manifest = Buffer.from(text, 'utf8');
  }
  if (m.manifest !== undefined) manifest = unb64(m.manifest);
  writeFileSync(path.join(root, 'compliance.yml'), manifest);
  for (const [rel, content] of Object.entries(m.files ?? {})) {
    const abs = path.join(root, rel);
    if (!abs.startsWith(`${root}${path.sep}`)) throw new Error(`fixture path escapes: ${rel}`);
    if (rel.endsWith('/')) {
      mkdirSync(abs, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, unb64(content));
  }
}

/** What every report must look like, whatever the input. */
export async function checkReport(report: Report): Promise<void> {
  const fail = (why: string, finding?: unknown): never => {
    throw new Error(`${why}${finding ? `: ${JSON.stringify(finding).slice(0, 500)}` : ''}`);
  };
  if (!Array.isArray(report.findings)) fail('no findings array');
  for (const f of report.findings) {
    if (!RULE_IDS.has(f.ruleId)) fail('rule id not in the catalogue', f);
    if (!['error', 'warning', 'note'].includes(f.severity)) fail('bad severity', f);
    for (const lang of ['zh-CN', 'en'] as const) {
      if (typeof f.message?.[lang] !== 'string' || f.message[lang].length === 0)
        fail(`message without ${lang}`, f);
    }
    if (f.file !== undefined) {
      if (typeof f.file !== 'string' || f.file.length === 0) fail('bad file', f);
      if (path.isAbsolute(f.file) || f.file === '..' || f.file.startsWith('../'))
        fail('file not relative to the root', f);
    }
    for (const key of ['line', 'column'] as const) {
      const v = f[key];
      if (v !== undefined && (!Number.isInteger(v) || v < 1)) fail(`bad ${key}`, f);
    }
  }
  const counted = { error: 0, warning: 0, note: 0 };
  for (const f of report.findings) counted[f.severity]++;
  if (JSON.stringify(counted) !== JSON.stringify(report.counts)) fail('counts do not add up');
  for (const format of FORMATS) {
    const body = await formatReport(report, format);
    if (typeof body !== 'string' || body.length === 0) fail(`empty ${format} report`);
  }
}

/** Runs the whole engine on a materialised case and checks the report. */
export async function checkEngine(m: Materialised): Promise<void> {
  const root = mkdtempSync(path.join(scratchDir(), 'case-'));
  try {
    writeRepo(root, m);
    const change = m.change;
    const context = createContext({
      dir: root,
      today: TODAY,
      lang: 'en',
      ...(change
        ? {
            base: change.base,
            head: change.head,
            changeFallback: async () => ({
              ...change,
              baseManifest: change.baseManifest === null ? null : unb64(change.baseManifest),
            }),
          }
        : {}),
    });
    const started = Date.now();
    const report = await run(context);
    const elapsed = Date.now() - started;
    if (elapsed > HANG_MS) throw new Error(`hung: ${elapsed} ms`);
    await checkReport(report);
    const rss = process.memoryUsage().rss / 1024 / 1024;
    if (rss > RSS_LIMIT_MB) throw new Error(`memory unbounded: ${Math.round(rss)} MiB resident`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  materialise(value: T): Materialised | DiffCase;
  /** Cases in `npm test`. */
  ciRuns: number;
  /** The seed of the `npm test` cases; without one, a seed derived from the name. */
  ciSeed?: number;
}

/** A case for the diff parser alone: the raw bytes and where the stream splits them. */
export interface DiffCase {
  diff: string;
  splits: number[];
}

export function isDiffCase(m: Materialised | DiffCase): m is DiffCase {
  return (m as DiffCase).diff !== undefined;
}

/** Cases per target: GCG_FUZZ_RUNS in the long run, the target's CI count otherwise. */
/** A seed of the target's own, the same on every run of the default suite. */
function fixedSeed(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * The time one case may take: the campaign's bound under `npm run fuzz`, where the machine runs
 * nothing else; in the default suite's smoke only the hang bound, since a shared, busy machine
 * must not turn a slow case into a failure.
 */
export function caseBoundMs(campaignMs: number): number {
  return process.env.GCG_FUZZ_RUNS === undefined ? HANG_MS : campaignMs;
}

export function runsFor(target: { ciRuns: number }): number {
  const forced = Number(process.env.GCG_FUZZ_RUNS);
  return Number.isInteger(forced) && forced > 0 ? forced : target.ciRuns;
}

export interface FixtureFile {
  target: string;
  seed: number;
  path: string;
  error: string;
  case: Materialised | DiffCase;
}

/**
 * Runs one target: shrinks a failure, writes it as a fixture and throws with its seed. Appends
 * `target cases escapes` to GCG_FUZZ_SUMMARY when set (the long run prints the table).
 */
export async function fuzz<T>(
  target: FuzzTarget<T>,
  check: (m: Materialised | DiffCase) => Promise<void>,
): Promise<number> {
  const numRuns = runsFor(target);
  const seedText = process.env.GCG_FUZZ_SEED;
  const result = await fc.check(
    fc.asyncProperty(target.arbitrary, async (value) => {
      await check(target.materialise(value));
    }),
    {
      numRuns,
      // The default suite's smoke is the same every run; the long campaign draws new seeds.
      ...(seedText
        ? { seed: Number(seedText) }
        : process.env.GCG_FUZZ_RUNS === undefined
          ? { seed: target.ciSeed ?? fixedSeed(target.name) }
          : {}),
      endOnFailure: false,
      interruptAfterTimeLimit: undefined,
    },
  );
  const summary = process.env.GCG_FUZZ_SUMMARY;
  if (summary) {
    appendFileSync(
      summary,
      `${JSON.stringify({ target: target.name, cases: result.numRuns, escapes: result.failed ? 1 : 0, seed: result.seed })}\n`,
    );
  }
  if (result.failed) {
    const value = result.counterexample![0] as T;
    const error =
      result.errorInstance instanceof Error
        ? (result.errorInstance.stack ?? result.errorInstance.message)
        : String(result.errorInstance);
    mkdirSync(FIXTURES, { recursive: true });
    const fixture: FixtureFile = {
      target: target.name,
      seed: result.seed,
      path: result.counterexamplePath ?? '',
      error: error.slice(0, 2000),
      case: target.materialise(value),
    };
    const file = path.join(FIXTURES, `${target.name}-${result.seed}.json`);
    // Formatted as the repository's own JSON, so the new fixture passes `npm run lint`.
    writeFileSync(file, await format(JSON.stringify(fixture), { parser: 'json' }));
    throw new Error(
      `fuzz target ${target.name} failed after ${result.numRuns} case(s) (seed ${result.seed}, path ${result.counterexamplePath}); shrunk case written to ${path.relative(PROJECT_ROOT, file)}\n${error}`,
    );
  }
  return result.numRuns;
}

const STATUSES = new Set(['added', 'modified', 'renamed', 'copied', 'deleted', 'type-changed']);

/** Feeds a diff stream to the parser in the chunks a pipe might deliver; checks what it builds. */
export async function checkDiff(c: DiffCase): Promise<void> {
  const { DiffParser, MAX_LINE_BYTES } = await import('../../src/change/diff-parse.js');
  const bytes = unb64(c.diff);
  const added: { index: number; line: number; length: number }[] = [];
  const parser = new DiffParser({
    onEntry: () => true,
    onAdded: (index, line, data) => added.push({ index, line, length: data.length }),
  });
  const cuts = [...new Set(c.splits.map((s) => s % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    parser.push(bytes.subarray(from, cut));
    from = cut;
  }
  parser.end();
  for (const entry of parser.entries) {
    if (!STATUSES.has(entry.status)) throw new Error(`bad status ${entry.status}`);
    if (typeof entry.path !== 'string') throw new Error('entry without path');
    if (!Number.isInteger(entry.addedLines) || entry.addedLines < 0)
      throw new Error(`bad added-line count ${entry.addedLines}`);
  }
  for (const a of added) {
    if (a.index < 0 || a.index >= parser.entries.length) throw new Error(`added line of no entry`);
    if (!Number.isInteger(a.line)) throw new Error(`bad line ${a.line}`);
    if (a.length > MAX_LINE_BYTES) throw new Error(`line not capped: ${a.length}`);
  }
}

/** The check a materialised case needs. */
export function checkCase(m: Materialised | DiffCase): Promise<void> {
  return isDiffCase(m) ? checkDiff(m) : checkEngine(m);
}
