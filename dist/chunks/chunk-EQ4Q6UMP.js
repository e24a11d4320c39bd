import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  labels
} from "./chunk-2XKDTK24.js";
import {
  metricsText
} from "./chunk-PH5XKWJV.js";

// src/report/coverage-text.ts
function displayWidth(value) {
  let width = 0;
  for (let ch of value) {
    let c = ch.codePointAt(0);
    width += c >= 4352 && c <= 4447 || c >= 11904 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 131072 ? 2 : 1;
  }
  return width;
}
function pad(value, width) {
  return value + " ".repeat(Math.max(0, width - displayWidth(value)));
}
function truncate(value, width) {
  if (displayWidth(value) <= width) return value;
  let out = "";
  for (let ch of value) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}\u2026`;
}
function cell(value) {
  return value ? value.minimum > 0 ? `${value.count}/${value.minimum}` : String(value.count) : "-";
}
function rowMeetsMinimums(row) {
  let ok = (c) => !c || c.count >= c.minimum;
  return ok(row.lexicon) && ok(row.testset);
}
var WORDS = {
  "zh-CN": {
    title: (profile) => `\u5185\u5BB9\u5B89\u5168\u8986\u76D6\uFF08${profile === "filing" ? "\u5907\u6848\uFF0C31 \u7C7B\u98CE\u9669" : "\u767B\u8BB0\uFF0C17 \u7C7B\u98CE\u9669"}\uFF1B\u6570\u91CF/\u6700\u4F4E\u8981\u6C42\uFF09`,
    risk: "\u98CE\u9669",
    name: "\u540D\u79F0",
    lexicon: "\u5173\u952E\u8BCD",
    testset: "\u6D4B\u8BD5\u9898",
    status: "\u72B6\u6001",
    ok: "\u8FBE\u6807",
    short: "\u4E0D\u8DB3"
  },
  en: {
    title: (profile) => `Content-safety coverage (${profile === "filing" ? "filing, 31 risks" : "registration, 17 risks"}; count/minimum)`,
    risk: "risk",
    name: "name",
    lexicon: "keywords",
    testset: "test items",
    status: "status",
    ok: "ok",
    short: "short"
  }
};
function formatCoverageText(coverage, lang, paint = (_k, v) => v) {
  let w = WORDS[lang], nameWidth = 28, header = [w.risk, w.name, w.lexicon, w.testset, w.status], rows = coverage.rows.map((row) => [
    row.risk,
    truncate(row.name[lang], nameWidth),
    cell(row.lexicon),
    cell(row.testset),
    rowMeetsMinimums(row) ? w.ok : w.short
  ]), widths = header.map(
    (h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i])))
  ), line = (cells) => `  ${cells.map((c, i) => pad(c, widths[i])).join("  ")}`.trimEnd(), out = [w.title(coverage.profile), paint("dim", line(header))];
  return coverage.rows.forEach((row, i) => {
    let text = line(rows[i]);
    out.push(rowMeetsMinimums(row) ? text : paint("error", text));
  }), out.push(""), out;
}

// src/report/text.ts
var COLORS = {
  error: "\x1B[31m",
  warning: "\x1B[33m",
  note: "\x1B[36m",
  ok: "\x1B[32m",
  dim: "\x1B[2m"
}, RESET = "\x1B[0m";
function groupByFile(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let key = finding.file ?? "";
    groups.set(key, [...groups.get(key) ?? [], finding]);
  }
  return groups;
}
function formatText(report, options = {}) {
  let l = labels(report.lang), paint = (kind, value) => options.color ? `${COLORS[kind]}${value}${RESET}` : value, out = report.coverage ? formatCoverageText(report.coverage, report.lang, paint) : [];
  for (let [file, findings] of groupByFile(report.findings)) {
    out.push(file === "" ? l.general : file);
    for (let f of findings) {
      let where = f.line !== void 0 ? `${f.line}:${f.column ?? 1}` : "-";
      out.push(
        `  ${where.padEnd(8)} ${paint(f.severity, l.severity[f.severity].padEnd(7))} ${f.message[report.lang]}  ${paint("dim", f.ruleId)}`
      );
    }
    out.push("");
  }
  if (report.suppressed.length > 0) {
    out.push(`${l.suppressed} (${report.suppressed.length})`);
    for (let f of report.suppressed) {
      let where = f.file ? `${f.file}${f.line !== void 0 ? `:${f.line}` : ""}` : l.general;
      out.push(`  ${paint("dim", f.ruleId)} ${where}  ${f.message[report.lang]}`), out.push(`    ${l.waivedBy(f.waiver.owner, f.waiver.expires, f.waiver.reason)}`);
    }
    out.push("");
  }
  report.metrics && out.push(...metricsText(report.metrics, report.lang));
  let declared = report.path.declared ?? l.noManifestPath, required = report.path.required ?? l.noManifestPath;
  out.push(`${l.declared}: ${declared}  ${l.required}: ${required}  ${l.failOn(report.failOn)}`);
  let verdict = report.passed ? paint("ok", `\u2714 ${l.passed}`) : paint("error", `\u2716 ${l.failed}`);
  return out.push(`${verdict} \u2014 ${l.summary(report.counts)}`), `${out.join(`
`)}
`;
}

export {
  formatText
};
