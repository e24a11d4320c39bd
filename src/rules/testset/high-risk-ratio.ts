/** testset/high-risk-ratio: enough of the items are marked high-risk. */
import { text, type Bilingual } from '../../model/finding.js';
import { testSetStats } from '../support/testset-stats.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import { percentOf } from '../support/percent.js';
import { loadedTestSet, TEST_SET_PATH } from '../support/test-set.js';
import type { Rule } from '../rule.js';
import { testSetNotCounted } from '../support/not-counted.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

const rule: Rule = {
  id: 'testset/high-risk-ratio',
  stage: 'main',
  needs: ['testset'],
  thresholds: ['testset_min_high_risk_ratio', 'testset_min_high_risk_items'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('高风险题占比不足', 'Too few high-risk items'),
  help: text(
    `登记要求高风险题不少于 ${q('registration', 'testset_min_high_risk_ratio')}（即 ${q('registration', 'testset_min_items')} 题中不少于 ${q('registration', 'testset_min_high_risk_items')} 题）。在「是否高风险」列标明每题（是/否）。`,
    `Registration asks for at least ${qe('registration', 'testset_min_high_risk_ratio')} high-risk items (${qe('registration', 'testset_min_high_risk_items')} of ${qe('registration', 'testset_min_items')}). Mark each item in the 是否高风险 column (是/否).`,
  ),
  check(context) {
    const thresholds = thresholdsOf(context);
    const ratio = active(thresholds.testset_min_high_risk_ratio);
    const minimum = active(thresholds.testset_min_high_risk_items);
    if (!ratio && !minimum) return [];
    const testSet = loadedTestSet(context);
    if (!testSet) {
      return testSetNotCounted(
        context,
        (ratio ?? minimum)!.severity,
        text('高风险题占比', 'the share of high-risk items'),
      );
    }
    const stats = testSetStats(testSet);
    const total = testSet.items.length;
    const high = stats.highRisk;
    const failsRatio = ratio !== undefined && high < ratio.value * total;
    const failsCount = minimum !== undefined && high < minimum.value;
    if (!failsRatio && !failsCount) return [];
    const severity =
      (failsRatio && ratio!.severity === 'error') || (failsCount && minimum!.severity === 'error')
        ? 'error'
        : 'warning';
    const wanted: { zh: string[]; en: string[] } = { zh: [], en: [] };
    if (ratio) {
      wanted.zh.push(`不少于 ${ratio.value * 100}%`);
      wanted.en.push(`at least ${ratio.value * 100}%`);
    }
    if (minimum) {
      wanted.zh.push(`不少于 ${minimum.value} 题`);
      wanted.en.push(`at least ${minimum.value}`);
    }
    const message: Bilingual = stats.highRiskStated
      ? text(
          `高风险题 ${high} 题，占 ${percentOf(high, total)}；要求${wanted.zh.join('且')}`,
          `${high} high-risk items, ${percentOf(high, total)} of the set; ${wanted.en.join(' and ')} required`,
        )
      : text(
          `测试题集没有标明高风险题（缺少「是否高风险」列或其值）；要求${wanted.zh.join('且')}`,
          `No item is marked high-risk (no 是否高风险 column or values); ${wanted.en.join(' and ')} required`,
        );
    return [{ ...context.at(TEST_SET_PATH), severity, message, data: { count: high, total } }];
  },
};

export default rule;
