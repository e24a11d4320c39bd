import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  ruleHelpUri
} from "./chunk-NT54SZBG.js";

// src/report/json.ts
function jsonFinding(finding, lang) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message[lang],
    ...finding.file !== void 0 ? { file: finding.file } : {},
    ...finding.line !== void 0 ? { line: finding.line } : {},
    ...finding.column !== void 0 ? { column: finding.column } : {},
    ...finding.endLine !== void 0 ? { endLine: finding.endLine } : {},
    helpUri: ruleHelpUri(finding.ruleId),
    ...finding.data ? { data: finding.data } : {}
  };
}
function toJson(report) {
  return {
    tool: report.tool,
    path: report.path,
    passed: report.passed,
    counts: report.counts,
    failOn: report.failOn,
    lang: report.lang,
    findings: report.findings.map((f) => jsonFinding(f, report.lang)),
    suppressed: report.suppressed.map((f) => ({
      ...jsonFinding(f, report.lang),
      waiver: f.waiver
    })),
    ...report.metrics ? { metrics: report.metrics } : {}
  };
}
function formatJson(report) {
  return `${JSON.stringify(toJson(report), null, 2)}
`;
}

export {
  toJson,
  formatJson
};
