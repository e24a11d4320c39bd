/** `--format json`: the stable report described in README.en.md, "CLI". */
import { ruleHelpUri } from '../data/project.js';
import type { Finding, Lang } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { Coverage } from '../model/summary.js';

function jsonCoverage(coverage: Coverage, lang: Lang): Record<string, unknown> {
  return {
    profile: coverage.profile,
    rows: coverage.rows.map((row) => ({ ...row, name: row.name[lang] })),
  };
}

function jsonFinding(finding: Finding, lang: Lang): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message[lang],
    ...(finding.file !== undefined ? { file: finding.file } : {}),
    ...(finding.line !== undefined ? { line: finding.line } : {}),
    ...(finding.column !== undefined ? { column: finding.column } : {}),
    ...(finding.endLine !== undefined ? { endLine: finding.endLine } : {}),
    helpUri: ruleHelpUri(finding.ruleId),
    ...(finding.data ? { data: finding.data } : {}),
  };
}

export function toJson(report: Report): Record<string, unknown> {
  return {
    tool: report.tool,
    path: report.path,
    passed: report.passed,
    counts: report.counts,
    failOn: report.failOn,
    lang: report.lang,
    ...(report.selectedRules ? { selectedRules: report.selectedRules } : {}),
    findings: report.findings.map((f) => jsonFinding(f, report.lang)),
    suppressed: report.suppressed.map((f) => ({
      ...jsonFinding(f, report.lang),
      waiver: f.waiver,
    })),
    ...(report.lexicon ? { lexicon: report.lexicon } : {}),
    ...(report.metrics ? { metrics: report.metrics } : {}),
    // Added for reading many repositories' reports together (`fleet`); the fields above are unchanged.
    repository: report.origin?.repository ?? null,
    commit: report.origin?.commit ?? null,
    ...(report.origin?.directory ? { directory: report.origin.directory } : {}),
    generatedAt: report.generatedAt ?? new Date().toISOString(),
    packs: report.packs ?? [],
    waivers: report.waivers ?? [],
    ...(report.coverage ? { coverage: jsonCoverage(report.coverage, report.lang) } : {}),
  };
}

export function formatJson(report: Report): string {
  return `${JSON.stringify(toJson(report), null, 2)}\n`;
}
