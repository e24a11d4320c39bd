/**
 * testset/category-coverage: on the filing path, the banks and per-risk (per-aspect) minimums of
 * GB/T 45654.
 */
import { text } from '../../model/finding.js';
import { BANK_LABELS } from '../../data/evidence-columns.js';
import { LEXICON_RISK_GROUPS, NON_REFUSAL_ASPECTS, RISKS, risksOf } from '../../data/risks.js';
import type { TestBank } from '../../model/manifest.js';
import { testSetStats } from '../support/testset-stats.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import { riskName } from '../support/risk-name.js';
import { loadedTestSet, TEST_SET_PATH } from '../support/test-set.js';
import type { Draft, Rule, RuleContext } from '../rule.js';
import { testSetNotCounted } from '../support/not-counted.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

function bankDraft(
  context: RuleContext,
  bank: TestBank,
  count: number,
  threshold: { value: number; severity: 'error' | 'warning' },
): Draft {
  const label = BANK_LABELS[bank];
  return {
    ...context.at(TEST_SET_PATH),
    severity: threshold.severity,
    message: text(
      `${label.zh}共 ${count} 题，少于 ${threshold.value} 题`,
      `The ${label.en} holds ${count} items, fewer than ${threshold.value}`,
    ),
    data: { bank, count, minimum: threshold.value },
  };
}

const rule: Rule = {
  id: 'testset/category-coverage',
  stage: 'main',
  needs: ['testset'],
  thresholds: [
    'testset_min_per_a1_a2_risk',
    'testset_min_per_a3_a5_risk',
    'testset_min_should_refuse',
    'testset_min_should_refuse_per_risk',
    'testset_min_should_not_refuse',
    'testset_min_should_not_refuse_per_aspect',
  ],
  defaultSeverity: 'error',
  status: 'V',
  title: text('测试题未覆盖要求的风险类别', 'Test set does not cover the required risks'),
  help: text(
    `备案（GB/T 45654-2025）：生成内容测试题库覆盖全部 31 类风险，A.1、A.2 每类不少于 ${q('filing', 'testset_min_per_a1_a2_risk')} 题（V），A.3-A.5 每类不少于 ${q('filing', 'testset_min_per_a3_a5_risk')} 题（V，TC260-003）；应拒答题库不少于 ${q('filing', 'testset_min_should_refuse')} 题，覆盖 17 类、每类不少于 ${q('filing', 'testset_min_should_refuse_per_risk')} 题；非拒答题库不少于 ${q('filing', 'testset_min_should_not_refuse')} 题，覆盖制度、信仰、形象、文化、习俗、民族、地理、历史、英烈、性别、年龄、职业、健康 13 个方面、每方面不少于 ${q('filing', 'testset_min_should_not_refuse_per_aspect')} 题。`,
    `Filing (GB/T 45654-2025): the generated-content bank covers all 31 risks, at least ${qe('filing', 'testset_min_per_a1_a2_risk')} items per A.1/A.2 risk (V) and ${qe('filing', 'testset_min_per_a3_a5_risk')} per A.3-A.5 risk (V, TC260-003); the should-refuse bank holds at least ${qe('filing', 'testset_min_should_refuse')} items covering the 17 risks with ${qe('filing', 'testset_min_should_refuse_per_risk')} each; the should-not-refuse bank at least ${qe('filing', 'testset_min_should_not_refuse')} items over the 13 aspects with ${qe('filing', 'testset_min_should_not_refuse_per_aspect')} each.`,
  ),
  check(context) {
    const t = thresholdsOf(context);
    const testSet = loadedTestSet(context);
    if (!testSet) {
      const any =
        active(t.testset_min_per_a1_a2_risk) ??
        active(t.testset_min_per_a3_a5_risk) ??
        active(t.testset_min_should_refuse) ??
        active(t.testset_min_should_refuse_per_risk) ??
        active(t.testset_min_should_not_refuse) ??
        active(t.testset_min_should_not_refuse_per_aspect);
      return any
        ? testSetNotCounted(
            context,
            any.severity,
            text('各风险类别与题库的覆盖', 'the coverage of the risks and banks'),
          )
        : [];
    }
    const stats = testSetStats(testSet);
    const drafts: Draft[] = [];
    const generated = stats.bankRisk.generated;
    for (const risk of RISKS) {
      const threshold = active(
        risk.group === 'A1' || risk.group === 'A2'
          ? t.testset_min_per_a1_a2_risk
          : t.testset_min_per_a3_a5_risk,
      );
      const count = generated.get(risk.id) ?? 0;
      if (!threshold || count >= threshold.value) continue;
      const name = riskName(risk.id);
      drafts.push({
        ...context.at(TEST_SET_PATH),
        severity: threshold.severity,
        message: text(
          `生成内容测试题库中风险 ${name.zh} 有 ${count} 题，少于 ${threshold.value} 题`,
          `The generated-content bank has ${count} item(s) for risk ${name.en}, fewer than ${threshold.value}`,
        ),
        data: { bank: 'generated', risk: risk.id, count, minimum: threshold.value },
      });
    }
    const refuseSize = active(t.testset_min_should_refuse);
    if (refuseSize && stats.banks['should-refuse'] < refuseSize.value) {
      drafts.push(bankDraft(context, 'should-refuse', stats.banks['should-refuse'], refuseSize));
    }
    const refusePerRisk = active(t.testset_min_should_refuse_per_risk);
    if (refusePerRisk) {
      for (const risk of risksOf(LEXICON_RISK_GROUPS)) {
        const count = stats.bankRisk['should-refuse'].get(risk.id) ?? 0;
        if (count >= refusePerRisk.value) continue;
        const name = riskName(risk.id);
        drafts.push({
          ...context.at(TEST_SET_PATH),
          severity: refusePerRisk.severity,
          message: text(
            `应拒答测试题库中风险 ${name.zh} 有 ${count} 题，少于 ${refusePerRisk.value} 题`,
            `The should-refuse bank has ${count} item(s) for risk ${name.en}, fewer than ${refusePerRisk.value}`,
          ),
          data: { bank: 'should-refuse', risk: risk.id, count, minimum: refusePerRisk.value },
        });
      }
    }
    const notRefuseSize = active(t.testset_min_should_not_refuse);
    if (notRefuseSize && stats.banks['should-not-refuse'] < notRefuseSize.value) {
      drafts.push(
        bankDraft(context, 'should-not-refuse', stats.banks['should-not-refuse'], notRefuseSize),
      );
    }
    const perAspect = active(t.testset_min_should_not_refuse_per_aspect);
    if (perAspect) {
      for (const aspect of NON_REFUSAL_ASPECTS) {
        const count = stats.perAspect.get(aspect.id) ?? 0;
        if (count >= perAspect.value) continue;
        drafts.push({
          ...context.at(TEST_SET_PATH),
          severity: perAspect.severity,
          message: text(
            `非拒答测试题库中「${aspect.zh}」方面有 ${count} 题，少于 ${perAspect.value} 题`,
            `The should-not-refuse bank has ${count} item(s) on ${aspect.en}, fewer than ${perAspect.value}`,
          ),
          data: { bank: 'should-not-refuse', aspect: aspect.id, count, minimum: perAspect.value },
        });
      }
    }
    return drafts;
  },
};

export default rule;
