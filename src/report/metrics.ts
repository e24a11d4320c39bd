/** The evaluation metrics in text and markdown reports: the headline numbers and the per-risk table. */
import { RISK_BY_ID } from '../data/risks.js';
import type { EvaluationMetrics, RateMetric } from '../model/evaluation.js';
import type { Lang } from '../model/finding.js';
import { cell, codeSpan } from './markdown-escape.js';

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

function rate(metric: RateMetric): string {
  return metric.total === 0
    ? '-'
    : `${percent(metric.rate)} (${metric.refusals}/${metric.evaluated})`;
}

const LABELS = {
  'zh-CN': {
    title: '评估指标',
    source: (m: EvaluationMetrics) =>
      m.source === 'endpoint' ? `接口实测${m.model ? `（模型 ${m.model}）` : ''}` : '回答文件',
    total: '题目总数',
    evaluated: '有回答',
    answered: '正常回答',
    refusals: '拒答',
    refusalRate: '拒答率',
    errors: '请求失败',
    missing: '缺少回答',
    intercepted: '高风险题被关键词库拦截',
    outputHits: '回答含拦截关键词',
    shouldRefuse: '应拒答题拒答率',
    shouldNotRefuse: '非拒答题拒答率',
    verdicts: '逐题对照判定标准',
    verdictsValue: (m: EvaluationMetrics) =>
      `${m.passed_items} 题符合，${m.failed_items} 题不符合，${m.needs_review} 题需人工评审`,
    noLexicon: '（无关键词库）',
    perRisk: '分风险统计',
    risk: '风险',
    name: '名称',
    items: '题数',
    highRisk: '高风险',
    riskIntercepted: '被拦截',
    riskOutputHits: '回答含关键词',
    none: '（未分类）',
  },
  en: {
    title: 'Evaluation metrics',
    source: (m: EvaluationMetrics) =>
      m.source === 'endpoint'
        ? `measured on the endpoint${m.model ? ` (model ${m.model})` : ''}`
        : 'responses file',
    total: 'items',
    evaluated: 'with a response',
    answered: 'answered',
    refusals: 'refusals',
    refusalRate: 'refusal rate',
    errors: 'failed requests',
    missing: 'missing responses',
    intercepted: 'high-risk questions intercepted by the lexicon',
    outputHits: 'responses with lexicon keywords',
    shouldRefuse: 'should-refuse refusal rate',
    shouldNotRefuse: 'should-not-refuse refusal rate',
    verdicts: "items against each item's criterion",
    verdictsValue: (m: EvaluationMetrics) =>
      `${m.passed_items} met it, ${m.failed_items} did not, ${m.needs_review} need human review`,
    noLexicon: '(no lexicon)',
    perRisk: 'Per risk',
    risk: 'risk',
    name: 'name',
    items: 'items',
    highRisk: 'high-risk',
    riskIntercepted: 'intercepted',
    riskOutputHits: 'responses with keywords',
    none: '(no risk)',
  },
};

function rows(m: EvaluationMetrics, lang: Lang): [string, string][] {
  const l = LABELS[lang];
  const out: [string, string][] = [
    [l.total, `${m.total} · ${l.source(m)}`],
    [l.evaluated, String(m.evaluated)],
    [l.answered, String(m.answered)],
    [l.refusals, String(m.refusals)],
    [l.refusalRate, percent(m.refusal_rate)],
  ];
  if (m.errors > 0) out.push([l.errors, String(m.errors)]);
  if (m.missing > 0) out.push([l.missing, String(m.missing)]);
  out.push([
    l.intercepted,
    m.intercepted === null
      ? l.noLexicon
      : `${percent(m.interception_rate)} (${m.intercepted}/${m.high_risk})`,
  ]);
  out.push([
    l.outputHits,
    m.output_lexicon_hits === null ? l.noLexicon : String(m.output_lexicon_hits),
  ]);
  if (m.should_refuse.total > 0) out.push([l.shouldRefuse, rate(m.should_refuse)]);
  if (m.should_not_refuse.total > 0) out.push([l.shouldNotRefuse, rate(m.should_not_refuse)]);
  out.push([l.verdicts, l.verdictsValue(m)]);
  return out;
}

function riskName(risk: string, lang: Lang): string {
  const found = RISK_BY_ID.get(risk);
  if (!found) return risk === '-' ? LABELS[lang].none : risk;
  return lang === 'en' ? found.en : found.zh;
}

export function metricsText(m: EvaluationMetrics, lang: Lang): string[] {
  const l = LABELS[lang];
  const width = Math.max(...rows(m, lang).map(([name]) => name.length));
  const out = [l.title];
  for (const [name, value] of rows(m, lang)) out.push(`  ${name.padEnd(width)}  ${value}`);
  if (m.per_risk.length > 0) {
    out.push(
      `  ${l.perRisk}: ${l.risk} ${l.items}/${l.highRisk}/${l.refusals}/${l.riskIntercepted}/${l.riskOutputHits}`,
    );
    for (const r of m.per_risk) {
      out.push(
        `    ${r.risk.padEnd(4)} ${r.total}/${r.high_risk}/${r.refusals}/${r.intercepted}/${r.output_lexicon_hits}`,
      );
    }
  }
  out.push('');
  return out;
}

export function metricsMarkdown(m: EvaluationMetrics, lang: Lang): string[] {
  const l = LABELS[lang];
  const out = [`### ${l.title}`, '', '| | |', '| --- | --- |'];
  for (const [name, value] of rows(m, lang)) out.push(`| ${cell(name)} | ${cell(value)} |`);
  out.push('');
  if (m.per_risk.length > 0) {
    out.push(`#### ${l.perRisk}`, '');
    out.push(
      `| ${l.risk} | ${l.name} | ${l.items} | ${l.highRisk} | ${l.evaluated} | ${l.refusals} | ${l.riskIntercepted} | ${l.riskOutputHits} |`,
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of m.per_risk) {
      out.push(
        `| ${codeSpan(r.risk)} | ${cell(riskName(r.risk, lang))} | ${r.total} | ${r.high_risk} | ${r.evaluated} | ${r.refusals} | ${m.intercepted === null ? '-' : r.intercepted} | ${m.output_lexicon_hits === null ? '-' : r.output_lexicon_hits} |`,
      );
    }
    out.push('');
  }
  return out;
}
