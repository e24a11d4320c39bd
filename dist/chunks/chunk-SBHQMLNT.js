import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/finding.ts
function text(zh, en) {
  return { "zh-CN": zh, en };
}
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
function atLeast(severity, threshold) {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function compareFindings(a, b) {
  let fa = a.file ?? "", fb = b.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  let la = a.line ?? 0, lb = b.line ?? 0;
  return la !== lb ? la - lb : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

export {
  text,
  SEVERITY_RANK,
  atLeast,
  compareFindings
};
