/**
 * `--format markdown`: the job summary and the PR comment body. GitHub caps both (1 MiB per step
 * summary, 65,536 characters per comment), so past the budget the finding tables are shortened
 * until the report fits; the verdict, counts, coverage and change always stay.
 */
import { labels } from '../i18n/labels.js';
import { groupName, groupOf, groupRank } from '../data/rule-groups.js';
import { PATH_NAMES } from '../data/paths.js';
import { lexiconQualityLines } from './lexicon-quality.js';
import { ruleHelpUri } from '../data/project.js';
import { SEVERITY_RANK, type Finding, type Lang, type Severity } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { DeclaredPath } from '../model/manifest.js';
import type { CoverageCell, Coverage, ChangeSummary } from '../model/summary.js';
import type { SuppressedFinding } from '../model/report.js';
import { cell, codeSpan } from './markdown-escape.js';
import { markdownLabels, type MarkdownLabels } from './markdown-labels.js';
import { metricsMarkdown } from './metrics.js';

export interface MarkdownOptions {
  /** Size budget: UTF-8 bytes (job summary) or UTF-16 characters (comment). */
  limit?: { max: number; unit: 'bytes' | 'chars' };
  /** Lines shown under the verdict, e.g. annotations left out by GitHub's cap. */
  notes?: string[];
  /** Link for a finding's place (e.g. the file on GitHub); plain text when undefined. */
  fileLink?: (file: string, line?: number) => string | undefined;
  /** Where the whole report can be read when this one is shortened (e.g. the workflow run). */
  fullReportUrl?: string;
}

/** GitHub's limit for one step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', note: 'ℹ️' };
const ROW_CAPS = [Infinity, 1000, 200, 50, 10, 0];

export { cell };

const code = codeSpan;

function pathName(path: DeclaredPath | null, lang: Lang, l: MarkdownLabels): string {
  if (path === null) return l.unknown;
  const name = PATH_NAMES[path][lang];
  return name === path ? `\`${path}\`` : `${name} (\`${path}\`)`;
}

function where(f: Finding, l: MarkdownLabels, options: MarkdownOptions): string {
  if (f.file === undefined) return l.general;
  const label = code(f.line !== undefined ? `${f.file}:${f.line}` : f.file);
  const url = options.fileLink?.(f.file, f.line);
  // encodeURIComponent leaves parentheses, which would end the link early.
  return url ? `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : label;
}

function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
}

function groups<T extends Finding>(findings: T[]): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const f of findings) {
    const g = groupOf(f.ruleId);
    const list = map.get(g);
    if (list) list.push(f);
    else map.set(g, [f]);
  }
  return [...map.entries()]
    .sort(([a], [b]) => groupRank(a) - groupRank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([g, list]) => [g, [...list].sort(bySeverity)]);
}

function findingTables(
  report: Report,
  l: MarkdownLabels,
  options: MarkdownOptions,
  cap: number,
): string[] {
  if (report.findings.length === 0) return [l.noFindings, ''];
  const out: string[] = [];
  for (const [group, list] of groups(report.findings)) {
    out.push(`### ${cell(groupName(group, report.lang))} ${code(group)} (${list.length})`, '');
    out.push(`| | ${l.rule} | ${l.where} | ${l.message} |`, '| --- | --- | --- | --- |');
    for (const f of list.slice(0, cap)) {
      out.push(
        `| ${ICON[f.severity]} ${l.severity[f.severity]} | [${code(f.ruleId)}](${ruleHelpUri(f.ruleId)}) | ${where(f, l, options)} | ${cell(f.message[report.lang])} |`,
      );
    }
    if (list.length > cap) out.push('', l.more(list.length - cap));
    out.push('');
  }
  return out;
}

function coverageCell(value: CoverageCell | undefined): string {
  if (value === undefined) return '—';
  if (value.minimum <= 0) return String(value.count);
  const ok = value.count >= value.minimum;
  return `${ok ? '✅' : '❌'} ${value.count} / ${value.minimum}`;
}

function coverageTable(coverage: Coverage, lang: Lang, l: MarkdownLabels): string[] {
  const hasLexicon = coverage.rows.some((r) => r.lexicon !== undefined);
  const hasTestset = coverage.rows.some((r) => r.testset !== undefined);
  const head = [l.risk, l.riskName];
  if (hasLexicon) head.push(l.lexicon);
  if (hasTestset) head.push(l.testset);
  const out = [`### ${l.coverage(coverage.rows.length)}`, ''];
  out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  for (const row of coverage.rows) {
    const cells = [code(row.risk), cell(row.name[lang])];
    if (hasLexicon) cells.push(coverageCell(row.lexicon));
    if (hasTestset) cells.push(coverageCell(row.testset));
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('');
  return out;
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

function changeSection(change: ChangeSummary, lang: Lang, l: MarkdownLabels): string[] {
  const rows: [string, string][] = [[l.changeSource, cell(l.source[change.source])]];
  if (change.base !== undefined) rows.push([l.base, code(shortRef(change.base))]);
  if (change.head !== undefined) rows.push([l.head, code(shortRef(change.head))]);
  if (change.mergeBase !== undefined) rows.push([l.mergeBase, code(shortRef(change.mergeBase))]);
  rows.push([l.changedFiles, String(change.changedFiles)]);
  rows.push([l.addedLines, String(change.addedLines)]);
  if (change.path) {
    const before = pathName(change.path.before, lang, l);
    const after = pathName(change.path.after, lang, l);
    rows.push([l.pathChange, before === after ? before : `${before} → **${after}**`]);
  }
  const out = [`### ${l.change}`, '', '| | |', '| --- | --- |'];
  for (const [name, value] of rows) out.push(`| ${name} | ${value} |`);
  out.push('');
  if (change.note) out.push(`> ${cell(change.note[lang])}`, '');
  return out;
}

function suppressedTable(
  suppressed: SuppressedFinding[],
  lang: Lang,
  l: MarkdownLabels,
  options: MarkdownOptions,
  cap: number,
): string[] {
  const out = [`### ${l.suppressed} (${suppressed.length})`, ''];
  out.push(
    `| ${l.rule} | ${l.where} | ${l.message} | ${l.reason} | ${l.owner} | ${l.expires} |`,
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const f of suppressed.slice(0, cap)) {
    out.push(
      `| [${code(f.ruleId)}](${ruleHelpUri(f.ruleId)}) | ${where(f, l, options)} | ${cell(f.message[lang])} | ${cell(f.waiver.reason)} | ${cell(f.waiver.owner)} | ${cell(f.waiver.expires)} |`,
    );
  }
  if (suppressed.length > cap) out.push('', l.more(suppressed.length - cap));
  out.push('');
  return out;
}

/** `trusted` lines are the report's own Markdown; `notes` are text and are escaped. */
function header(report: Report, l: MarkdownLabels, trusted: string[], notes: string[]): string[] {
  const sep = report.lang === 'en' ? ': ' : '：';
  const title = report.passed ? `✅ ${l.title}${sep}${l.passed}` : `❌ ${l.title}${sep}${l.failed}`;
  const declared = pathName(report.path.declared, report.lang, l);
  let required = pathName(report.path.required, report.lang, l);
  if (report.path.required !== report.path.declared) required = `**${required}**`;
  const out = [`## ${title}`, ''];
  out.push(
    `| ${l.declared} | ${l.required} | ${ICON.error} ${l.severity.error} | ${ICON.warning} ${l.severity.warning} | ${ICON.note} ${l.severity.note} | ${l.suppressedCount} | ${l.failOn} |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| ${declared} | ${required} | ${report.counts.error} | ${report.counts.warning} | ${report.counts.note} | ${report.suppressed.length} | \`${report.failOn}\` |`,
    '',
  );
  for (const line of trusted) out.push(`> ${line}`, '');
  for (const note of notes) out.push(`> ${cell(note)}`, '');
  if (report.selectedRules)
    out.push(`> ${cell(labels(report.lang).selectedRules(report.selectedRules))}`, '');
  return out;
}

function render(report: Report, options: MarkdownOptions, cap: number): string {
  const l = markdownLabels(report.lang);
  const shortened =
    cap < report.findings.length || cap < report.suppressed.length
      ? [
          `${l.truncated}${options.fullReportUrl ? ` [${l.fullReport}](${options.fullReportUrl})` : ''}`,
        ]
      : [];
  const out = header(report, l, shortened, options.notes ?? []);
  out.push(...findingTables(report, l, options, cap));
  if (report.metrics) out.push(...metricsMarkdown(report.metrics, report.lang));
  if (report.coverage && report.coverage.rows.length > 0) {
    out.push(...coverageTable(report.coverage, report.lang, l));
  }
  if (report.lexicon) {
    const { title, items } = lexiconQualityLines(report.lexicon, report.lang);
    out.push(`### ${title}`, '', ...items.map((item) => `- ${cell(item)}`), '');
  }
  if (report.change) out.push(...changeSection(report.change, report.lang, l));
  if (report.suppressed.length > 0) {
    out.push(...suppressedTable(report.suppressed, report.lang, l, options, cap));
  }
  out.push(`<sub>${report.tool.name} ${report.tool.version}</sub>`);
  return `${out.join('\n')}\n`;
}

export function sizeOf(body: string, unit: 'bytes' | 'chars'): number {
  return unit === 'bytes' ? Buffer.byteLength(body, 'utf8') : body.length;
}

/** Cuts to the budget on a line boundary, for the last resort when even the headline is too big. */
function hardCut(body: string, max: number, unit: 'bytes' | 'chars', tail: string): string {
  const room = max - sizeOf(tail, unit) - 1;
  let out = '';
  for (const line of body.split('\n')) {
    const next = `${out}${line}\n`;
    if (sizeOf(next, unit) > room) break;
    out = next;
  }
  return `${out}${tail}\n`;
}

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = options.limit;
  let body = render(report, options, ROW_CAPS[0]!);
  if (!limit || sizeOf(body, limit.unit) <= limit.max) return body;
  for (const cap of ROW_CAPS.slice(1)) {
    body = render(report, options, cap);
    if (sizeOf(body, limit.unit) <= limit.max) return body;
  }
  return hardCut(body, limit.max, limit.unit, `> ${markdownLabels(report.lang).truncated}`);
}
