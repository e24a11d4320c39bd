import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  metricsMarkdown
} from "./chunk-PH5XKWJV.js";
import {
  PATH_NAMES
} from "./chunk-RJYBDDMZ.js";
import {
  SEVERITY_RANK
} from "./chunk-SBHQMLNT.js";
import {
  ruleHelpUri
} from "./chunk-NT54SZBG.js";

// src/report/markdown-labels.ts
var zh = {
  title: "\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u5408\u89C4\u95E8\u7981",
  passed: "\u901A\u8FC7",
  failed: "\u672A\u901A\u8FC7",
  declared: "\u58F0\u660E\u8DEF\u5F84",
  required: "\u5E94\u8D70\u8DEF\u5F84",
  unknown: "\uFF08\u672A\u77E5\uFF09",
  severity: { error: "\u9519\u8BEF", warning: "\u8B66\u544A", note: "\u63D0\u793A" },
  suppressedCount: "\u5DF2\u8C41\u514D",
  failOn: "\u5931\u8D25\u9608\u503C",
  rule: "\u89C4\u5219",
  where: "\u4F4D\u7F6E",
  message: "\u8BF4\u660E",
  general: "\uFF08\u6574\u4F53\uFF09",
  groups: {
    manifest: "\u6E05\u5355",
    path: "\u7533\u62A5\u8DEF\u5F84",
    materials: "\u7533\u62A5\u6750\u6599",
    lexicon: "\u62E6\u622A\u5173\u952E\u8BCD\u5E93",
    testset: "\u8BC4\u4F30\u6D4B\u8BD5\u9898\u96C6",
    policy: "\u7528\u6237\u6743\u76CA\u6587\u4EF6",
    display: "\u4E0A\u7EBF\u7F16\u53F7\u5C55\u793A",
    drift: "\u53D8\u66F4\u6F02\u79FB",
    evaluate: "\u6280\u672F\u9A8C\u8BC1",
    waiver: "\u8C41\u514D"
  },
  noFindings: "\u6CA1\u6709\u9700\u8981\u5904\u7406\u7684\u53D1\u73B0\u3002",
  more: (n) => `\u2026\u2026\u53E6\u6709 ${n} \u6761\uFF0C\u89C1 JSON \u62A5\u544A\uFF08\u8F93\u51FA \`report\`\uFF09\u6216 SARIF\u3002`,
  coverage: (n) => `\u98CE\u9669\u8986\u76D6\uFF08${n} \u7C7B\uFF09`,
  risk: "\u98CE\u9669",
  riskName: "\u540D\u79F0",
  lexicon: "\u5173\u952E\u8BCD",
  testset: "\u6D4B\u8BD5\u9898",
  change: "\u672C\u6B21\u53D8\u66F4",
  source: { git: "git\uFF08\u5DE5\u4F5C\u533A\uFF09", "rest-api": "REST API", none: "\u672A\u6BD4\u8F83" },
  changeSource: "\u6765\u6E90",
  base: "\u57FA\u7EBF",
  head: "\u5934\u90E8",
  mergeBase: "\u5408\u5E76\u57FA\u70B9",
  changedFiles: "\u53D8\u66F4\u6587\u4EF6",
  addedLines: "\u65B0\u589E\u884C",
  pathChange: "\u7533\u62A5\u8DEF\u5F84",
  suppressed: "\u5DF2\u8C41\u514D\u7684\u53D1\u73B0",
  reason: "\u7406\u7531",
  owner: "\u8D1F\u8D23\u4EBA",
  expires: "\u5230\u671F",
  truncated: "\u62A5\u544A\u8FC7\u957F\uFF0C\u5DF2\u622A\u65AD\u3002",
  fullReport: "\u5B8C\u6574\u62A5\u544A"
}, en = {
  title: "GenAI compliance gate",
  passed: "passed",
  failed: "failed",
  declared: "Declared path",
  required: "Required path",
  unknown: "(unknown)",
  severity: { error: "error", warning: "warning", note: "note" },
  suppressedCount: "Suppressed",
  failOn: "Fail on",
  rule: "Rule",
  where: "Where",
  message: "Message",
  general: "(general)",
  groups: {
    manifest: "Manifest",
    path: "Filing path",
    materials: "Materials",
    lexicon: "Keyword lexicon",
    testset: "Evaluation test set",
    policy: "User-rights documents",
    display: "Online number display",
    drift: "Drift in this change",
    evaluate: "Technical verification",
    waiver: "Waivers"
  },
  noFindings: "Nothing to fix.",
  more: (n) => `\u2026 ${n} more in the JSON report (output \`report\`) or the SARIF file.`,
  coverage: (n) => `Risk coverage (${n} risks)`,
  risk: "Risk",
  riskName: "Name",
  lexicon: "Keywords",
  testset: "Test items",
  change: "This change",
  source: { git: "git (workspace)", "rest-api": "REST API", none: "not compared" },
  changeSource: "Source",
  base: "Base",
  head: "Head",
  mergeBase: "Merge base",
  changedFiles: "Changed files",
  addedLines: "Added lines",
  pathChange: "Path",
  suppressed: "Suppressed findings",
  reason: "Reason",
  owner: "Owner",
  expires: "Expires",
  truncated: "The report was too long and has been shortened.",
  fullReport: "Full report"
};
function markdownLabels(lang) {
  return lang === "en" ? en : zh;
}

// src/report/markdown.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024, ICON = { error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" }, GROUP_ORDER = [
  "manifest",
  "path",
  "materials",
  "lexicon",
  "testset",
  "policy",
  "display",
  "drift",
  "evaluate",
  "waiver"
], ROW_CAPS = [1 / 0, 1e3, 200, 50, 10, 0], CELL_MAX = 1e3;
function cell(value) {
  let flat = value.replace(/\r\n|\r|\n/g, " ");
  return (flat.length > CELL_MAX ? `${flat.slice(0, CELL_MAX)}\u2026` : flat).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/@/g, "&#64;");
}
function code(value) {
  return `\`${cell(value).replace(/`/g, "'")}\``;
}
function pathName(path, lang, l) {
  if (path === null) return l.unknown;
  let name = PATH_NAMES[path][lang];
  return name === path ? `\`${path}\`` : `${name} (\`${path}\`)`;
}
function where(f, l, options) {
  if (f.file === void 0) return l.general;
  let label = code(f.line !== void 0 ? `${f.file}:${f.line}` : f.file), url = options.fileLink?.(f.file, f.line);
  return url ? `[${label}](${url})` : label;
}
function groupOf(ruleId) {
  let slash = ruleId.indexOf("/");
  return slash === -1 ? ruleId : ruleId.slice(0, slash);
}
function bySeverity(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
}
function groups(findings) {
  let map = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let g = groupOf(f.ruleId), list = map.get(g);
    list ? list.push(f) : map.set(g, [f]);
  }
  let rank = (g) => {
    let i = GROUP_ORDER.indexOf(g);
    return i === -1 ? GROUP_ORDER.length : i;
  };
  return [...map.entries()].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map(([g, list]) => [g, [...list].sort(bySeverity)]);
}
function findingTables(report, l, options, cap) {
  if (report.findings.length === 0) return [l.noFindings, ""];
  let out = [];
  for (let [group, list] of groups(report.findings)) {
    out.push(`### ${cell(l.groups[group] ?? group)} \`${cell(group)}\` (${list.length})`, ""), out.push(`| | ${l.rule} | ${l.where} | ${l.message} |`, "| --- | --- | --- | --- |");
    for (let f of list.slice(0, cap))
      out.push(
        `| ${ICON[f.severity]} ${l.severity[f.severity]} | [${code(f.ruleId)}](${ruleHelpUri(f.ruleId)}) | ${where(f, l, options)} | ${cell(f.message[report.lang])} |`
      );
    list.length > cap && out.push("", l.more(list.length - cap)), out.push("");
  }
  return out;
}
function coverageCell(value) {
  return value === void 0 ? "\u2014" : value.minimum <= 0 ? String(value.count) : `${value.count >= value.minimum ? "\u2705" : "\u274C"} ${value.count} / ${value.minimum}`;
}
function coverageTable(coverage, lang, l) {
  let hasLexicon = coverage.rows.some((r) => r.lexicon !== void 0), hasTestset = coverage.rows.some((r) => r.testset !== void 0), head = [l.risk, l.riskName];
  hasLexicon && head.push(l.lexicon), hasTestset && head.push(l.testset);
  let out = [`### ${l.coverage(coverage.rows.length)}`, ""];
  out.push(`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`);
  for (let row of coverage.rows) {
    let cells = [code(row.risk), cell(row.name[lang])];
    hasLexicon && cells.push(coverageCell(row.lexicon)), hasTestset && cells.push(coverageCell(row.testset)), out.push(`| ${cells.join(" | ")} |`);
  }
  return out.push(""), out;
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
function changeSection(change, lang, l) {
  let rows = [[l.changeSource, cell(l.source[change.source])]];
  if (change.base !== void 0 && rows.push([l.base, code(shortRef(change.base))]), change.head !== void 0 && rows.push([l.head, code(shortRef(change.head))]), change.mergeBase !== void 0 && rows.push([l.mergeBase, code(shortRef(change.mergeBase))]), rows.push([l.changedFiles, String(change.changedFiles)]), rows.push([l.addedLines, String(change.addedLines)]), change.path) {
    let before = pathName(change.path.before, lang, l), after = pathName(change.path.after, lang, l);
    rows.push([l.pathChange, before === after ? before : `${before} \u2192 **${after}**`]);
  }
  let out = [`### ${l.change}`, "", "| | |", "| --- | --- |"];
  for (let [name, value] of rows) out.push(`| ${name} | ${value} |`);
  return out.push(""), change.note && out.push(`> ${cell(change.note[lang])}`, ""), out;
}
function suppressedTable(suppressed, lang, l, options, cap) {
  let out = [`### ${l.suppressed} (${suppressed.length})`, ""];
  out.push(
    `| ${l.rule} | ${l.where} | ${l.message} | ${l.reason} | ${l.owner} | ${l.expires} |`,
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (let f of suppressed.slice(0, cap))
    out.push(
      `| [${code(f.ruleId)}](${ruleHelpUri(f.ruleId)}) | ${where(f, l, options)} | ${cell(f.message[lang])} | ${cell(f.waiver.reason)} | ${cell(f.waiver.owner)} | ${cell(f.waiver.expires)} |`
    );
  return suppressed.length > cap && out.push("", l.more(suppressed.length - cap)), out.push(""), out;
}
function header(report, l, notes) {
  let sep = report.lang === "en" ? ": " : "\uFF1A", title = report.passed ? `\u2705 ${l.title}${sep}${l.passed}` : `\u274C ${l.title}${sep}${l.failed}`, declared = pathName(report.path.declared, report.lang, l), required = pathName(report.path.required, report.lang, l);
  report.path.required !== report.path.declared && (required = `**${required}**`);
  let out = [`## ${title}`, ""];
  out.push(
    `| ${l.declared} | ${l.required} | ${ICON.error} ${l.severity.error} | ${ICON.warning} ${l.severity.warning} | ${ICON.note} ${l.severity.note} | ${l.suppressedCount} | ${l.failOn} |`,
    "| --- | --- | --- | --- | --- | --- | --- |",
    `| ${declared} | ${required} | ${report.counts.error} | ${report.counts.warning} | ${report.counts.note} | ${report.suppressed.length} | \`${report.failOn}\` |`,
    ""
  );
  for (let note of notes) out.push(`> ${cell(note)}`, "");
  return out;
}
function render(report, options, cap) {
  let l = markdownLabels(report.lang), shortened = cap < report.findings.length || cap < report.suppressed.length ? [
    `${l.truncated}${options.fullReportUrl ? ` [${l.fullReport}](${options.fullReportUrl})` : ""}`
  ] : [], out = header(report, l, [...shortened, ...options.notes ?? []]);
  return out.push(...findingTables(report, l, options, cap)), report.metrics && out.push(...metricsMarkdown(report.metrics, report.lang)), report.coverage && report.coverage.rows.length > 0 && out.push(...coverageTable(report.coverage, report.lang, l)), report.change && out.push(...changeSection(report.change, report.lang, l)), report.suppressed.length > 0 && out.push(...suppressedTable(report.suppressed, report.lang, l, options, cap)), out.push(`<sub>${report.tool.name} ${report.tool.version}</sub>`), `${out.join(`
`)}
`;
}
function sizeOf(body, unit) {
  return unit === "bytes" ? Buffer.byteLength(body, "utf8") : body.length;
}
function hardCut(body, max, unit, tail) {
  let room = max - sizeOf(tail, unit) - 1, out = "";
  for (let line of body.split(`
`)) {
    let next = `${out}${line}
`;
    if (sizeOf(next, unit) > room) break;
    out = next;
  }
  return `${out}${tail}
`;
}
function formatMarkdown(report, options = {}) {
  let limit = options.limit, body = render(report, options, ROW_CAPS[0]);
  if (!limit || sizeOf(body, limit.unit) <= limit.max) return body;
  for (let cap of ROW_CAPS.slice(1))
    if (body = render(report, options, cap), sizeOf(body, limit.unit) <= limit.max) return body;
  return hardCut(body, limit.max, limit.unit, `> ${markdownLabels(report.lang).truncated}`);
}

export {
  SUMMARY_LIMIT_BYTES,
  cell,
  sizeOf,
  formatMarkdown
};
