import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/i18n/labels.ts
var zh = {
  passed: "\u901A\u8FC7",
  failed: "\u672A\u901A\u8FC7",
  declared: "\u58F0\u660E\u8DEF\u5F84",
  required: "\u5E94\u8D70\u8DEF\u5F84",
  noManifestPath: "\uFF08\u672A\u77E5\uFF09",
  severity: { error: "\u9519\u8BEF", warning: "\u8B66\u544A", note: "\u63D0\u793A" },
  general: "\uFF08\u6574\u4F53\uFF09",
  suppressed: "\u5DF2\u8C41\u514D",
  waivedBy: (owner, expires, reason) => `\u8C41\u514D\uFF1A${reason}\uFF08\u8D1F\u8D23\u4EBA ${owner}\uFF0C\u81F3 ${expires}\uFF09`,
  summary: (c) => `${c.error} \u4E2A\u9519\u8BEF\uFF0C${c.warning} \u4E2A\u8B66\u544A\uFF0C${c.note} \u4E2A\u63D0\u793A`,
  failOn: (t) => `\u5931\u8D25\u9608\u503C\uFF1A${t}`
}, en = {
  passed: "passed",
  failed: "failed",
  declared: "declared path",
  required: "required path",
  noManifestPath: "(unknown)",
  severity: { error: "error", warning: "warning", note: "note" },
  general: "(general)",
  suppressed: "suppressed",
  waivedBy: (owner, expires, reason) => `waived: ${reason} (owner ${owner}, until ${expires})`,
  summary: (c) => `${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s)`,
  failOn: (t) => `fail-on: ${t}`
};
function labels(lang) {
  return lang === "en" ? en : zh;
}

export {
  labels
};
