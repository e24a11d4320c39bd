/** `--format text`: findings grouped by file, each with the link to its rule's page, for a terminal. */
import { ruleHelpUri } from '../data/project.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { labels } from '../i18n/labels.js';
import { plainLine } from '../text/shield.js';
import { formatCoverageText } from './coverage-text.js';
import { lexiconQualityLines } from './lexicon-quality.js';
import { metricsText } from './metrics.js';

const COLORS: Record<Severity | 'ok' | 'dim', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  note: '\u001b[36m',
  ok: '\u001b[32m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.file ?? '';
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return groups;
}

export function formatText(report: Report, options: { color?: boolean } = {}): string {
  const l = labels(report.lang);
  const paint = (kind: keyof typeof COLORS, value: string) =>
    options.color ? `${COLORS[kind]}${value}${RESET}` : value;
  const out: string[] = report.coverage
    ? formatCoverageText(report.coverage, report.lang, paint)
    : [];
  if (report.lexicon) {
    const { title, items } = lexiconQualityLines(report.lexicon, report.lang);
    out.push(title, ...items.map((item) => `  ${plainLine(item)}`), '');
  }
  for (const [file, findings] of groupByFile(report.findings)) {
    out.push(file === '' ? l.general : plainLine(file));
    for (const f of findings) {
      const where = f.line !== undefined ? `${f.line}:${f.column ?? 1}` : '-';
      out.push(
        `  ${where.padEnd(8)} ${paint(f.severity, l.severity[f.severity].padEnd(7))} ${plainLine(f.message[report.lang])}  ${paint('dim', f.ruleId)}`,
        `${' '.repeat(11)}${paint('dim', ruleHelpUri(f.ruleId))}`,
      );
    }
    out.push('');
  }
  if (report.suppressed.length > 0) {
    out.push(`${l.suppressed} (${report.suppressed.length})`);
    for (const f of report.suppressed) {
      const where = f.file
        ? `${plainLine(f.file)}${f.line !== undefined ? `:${f.line}` : ''}`
        : l.general;
      out.push(`  ${paint('dim', f.ruleId)} ${where}  ${plainLine(f.message[report.lang])}`);
      const { owner, expires, reason } = f.waiver;
      out.push(`    ${plainLine(l.waivedBy(owner, expires, reason))}`);
    }
    out.push('');
  }
  if (report.metrics) out.push(...metricsText(report.metrics, report.lang));
  if (report.selectedRules) out.push(l.selectedRules(report.selectedRules));
  const declared = report.path.declared ? l.pathName(report.path.declared) : l.noManifestPath;
  const required = report.path.required ? l.pathName(report.path.required) : l.noManifestPath;
  out.push(l.pathsLine(declared, required, report.failOn));
  const verdict = report.passed ? paint('ok', `✔ ${l.passed}`) : paint('error', `✖ ${l.failed}`);
  out.push(`${verdict} — ${l.summary(report.counts)}`);
  return `${out.join('\n')}\n`;
}
