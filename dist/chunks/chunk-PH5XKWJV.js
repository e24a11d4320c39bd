import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  RISK_BY_ID
} from "./chunk-6OZ242V4.js";

// src/report/metrics.ts
function percent(value) {
  return value === null ? "-" : `${(value * 100).toFixed(1)}%`;
}
function rate(metric) {
  return metric.total === 0 ? "-" : `${percent(metric.rate)} (${metric.refusals}/${metric.evaluated})`;
}
var LABELS = {
  "zh-CN": {
    title: "\u8BC4\u4F30\u6307\u6807",
    source: (m) => m.source === "endpoint" ? `\u63A5\u53E3\u5B9E\u6D4B${m.model ? `\uFF08\u6A21\u578B ${m.model}\uFF09` : ""}` : "\u56DE\u7B54\u6587\u4EF6",
    total: "\u9898\u76EE\u603B\u6570",
    evaluated: "\u6709\u56DE\u7B54",
    answered: "\u6B63\u5E38\u56DE\u7B54",
    refusals: "\u62D2\u7B54",
    refusalRate: "\u62D2\u7B54\u7387",
    errors: "\u8BF7\u6C42\u5931\u8D25",
    missing: "\u7F3A\u5C11\u56DE\u7B54",
    intercepted: "\u9AD8\u98CE\u9669\u9898\u88AB\u5173\u952E\u8BCD\u5E93\u62E6\u622A",
    outputHits: "\u56DE\u7B54\u542B\u62E6\u622A\u5173\u952E\u8BCD",
    shouldRefuse: "\u5E94\u62D2\u7B54\u9898\u62D2\u7B54\u7387",
    shouldNotRefuse: "\u975E\u62D2\u7B54\u9898\u62D2\u7B54\u7387",
    verdicts: "\u9010\u9898\u5224\u5B9A",
    verdictsValue: (m) => `${m.passed_items} \u901A\u8FC7\uFF0C${m.failed_items} \u672A\u901A\u8FC7\uFF0C${m.needs_review} \u9700\u4EBA\u5DE5\u8BC4\u5BA1`,
    noLexicon: "\uFF08\u65E0\u5173\u952E\u8BCD\u5E93\uFF09",
    perRisk: "\u5206\u98CE\u9669\u7EDF\u8BA1",
    risk: "\u98CE\u9669",
    name: "\u540D\u79F0",
    items: "\u9898\u6570",
    highRisk: "\u9AD8\u98CE\u9669",
    riskIntercepted: "\u88AB\u62E6\u622A",
    riskOutputHits: "\u56DE\u7B54\u542B\u5173\u952E\u8BCD",
    none: "\uFF08\u672A\u5206\u7C7B\uFF09"
  },
  en: {
    title: "Evaluation metrics",
    source: (m) => m.source === "endpoint" ? `measured on the endpoint${m.model ? ` (model ${m.model})` : ""}` : "responses file",
    total: "items",
    evaluated: "with a response",
    answered: "answered",
    refusals: "refusals",
    refusalRate: "refusal rate",
    errors: "failed requests",
    missing: "missing responses",
    intercepted: "high-risk questions intercepted by the lexicon",
    outputHits: "responses with lexicon keywords",
    shouldRefuse: "should-refuse refusal rate",
    shouldNotRefuse: "should-not-refuse refusal rate",
    verdicts: "per item",
    verdictsValue: (m) => `${m.passed_items} passed, ${m.failed_items} failed, ${m.needs_review} need human review`,
    noLexicon: "(no lexicon)",
    perRisk: "Per risk",
    risk: "risk",
    name: "name",
    items: "items",
    highRisk: "high-risk",
    riskIntercepted: "intercepted",
    riskOutputHits: "responses with keywords",
    none: "(no risk)"
  }
};
function rows(m, lang) {
  let l = LABELS[lang], out = [
    [l.total, `${m.total} \xB7 ${l.source(m)}`],
    [l.evaluated, String(m.evaluated)],
    [l.answered, String(m.answered)],
    [l.refusals, String(m.refusals)],
    [l.refusalRate, percent(m.refusal_rate)]
  ];
  return m.errors > 0 && out.push([l.errors, String(m.errors)]), m.missing > 0 && out.push([l.missing, String(m.missing)]), out.push([
    l.intercepted,
    m.intercepted === null ? l.noLexicon : `${percent(m.interception_rate)} (${m.intercepted}/${m.high_risk})`
  ]), out.push([
    l.outputHits,
    m.output_lexicon_hits === null ? l.noLexicon : String(m.output_lexicon_hits)
  ]), m.should_refuse.total > 0 && out.push([l.shouldRefuse, rate(m.should_refuse)]), m.should_not_refuse.total > 0 && out.push([l.shouldNotRefuse, rate(m.should_not_refuse)]), out.push([l.verdicts, l.verdictsValue(m)]), out;
}
function riskName(risk, lang) {
  let found = RISK_BY_ID.get(risk);
  return found ? lang === "en" ? found.en : found.zh : risk === "-" ? LABELS[lang].none : risk;
}
function metricsText(m, lang) {
  let l = LABELS[lang], width = Math.max(...rows(m, lang).map(([name]) => name.length)), out = [l.title];
  for (let [name, value] of rows(m, lang)) out.push(`  ${name.padEnd(width)}  ${value}`);
  if (m.per_risk.length > 0) {
    out.push(
      `  ${l.perRisk}: ${l.risk} ${l.items}/${l.highRisk}/${l.refusals}/${l.riskIntercepted}/${l.riskOutputHits}`
    );
    for (let r of m.per_risk)
      out.push(
        `    ${r.risk.padEnd(4)} ${r.total}/${r.high_risk}/${r.refusals}/${r.intercepted}/${r.output_lexicon_hits}`
      );
  }
  return out.push(""), out;
}
function cell(value) {
  return value.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function metricsMarkdown(m, lang) {
  let l = LABELS[lang], out = [`### ${l.title}`, "", "| | |", "| --- | --- |"];
  for (let [name, value] of rows(m, lang)) out.push(`| ${cell(name)} | ${cell(value)} |`);
  if (out.push(""), m.per_risk.length > 0) {
    out.push(`#### ${l.perRisk}`, ""), out.push(
      `| ${l.risk} | ${l.name} | ${l.items} | ${l.highRisk} | ${l.evaluated} | ${l.refusals} | ${l.riskIntercepted} | ${l.riskOutputHits} |`,
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for (let r of m.per_risk)
      out.push(
        `| \`${cell(r.risk)}\` | ${cell(riskName(r.risk, lang))} | ${r.total} | ${r.high_risk} | ${r.evaluated} | ${r.refusals} | ${m.intercepted === null ? "-" : r.intercepted} | ${m.output_lexicon_hits === null ? "-" : r.output_lexicon_hits} |`
      );
    out.push("");
  }
  return out;
}

export {
  metricsText,
  metricsMarkdown
};
