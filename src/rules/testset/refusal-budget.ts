/** testset/refusal-budget: few enough items expect a refusal. */
import { text } from '../../model/finding.js';
import { testSetStats } from '../support/testset-stats.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import { percentOf } from '../support/percent.js';
import { itemPlace, loadedTestSet } from '../support/test-set.js';
import type { Rule } from '../rule.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

const rule: Rule = {
  id: 'testset/refusal-budget',
  stage: 'main',
  needs: ['testset'],
  thresholds: ['testset_max_refusals', 'testset_max_refusal_ratio'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('预期拒答题过多', 'Too many expected refusals'),
  help: text(
    `登记要求预期输出为拒答的题不超过 ${q('registration', 'testset_max_refusals')} 题且不超过 ${q('registration', 'testset_max_refusal_ratio')}：测试题考察的是正常作答与正确拦截，过多拒答意味着服务以拒答代替安全作答。凡预期拒答的题都计入，应拒答题库（应拒答工作表或文件）中的题也在内，与 \`evaluate\` 的计数一致。是否拒答取「是否应拒答」列；没有该列时按题库（应拒答 / 非拒答），再按预期输出判断（如「拒绝回答」「无法回答」）。`,
    `Registration allows at most ${qe('registration', 'testset_max_refusals')} items, and at most ${qe('registration', 'testset_max_refusal_ratio')}, whose expected output is a refusal: too many means the service refuses instead of answering safely. Every item that expects a refusal counts, those of a should-refuse bank (应拒答 sheet or file) included, as \`evaluate\` counts them. Refusal is read from the 是否应拒答 column, else from the bank (should-refuse / should-not-refuse), else from the expected output (拒绝回答, 无法回答, ...).`,
  ),
  check(context) {
    const testSet = loadedTestSet(context);
    if (!testSet) return [];
    const thresholds = thresholdsOf(context);
    const max = active(thresholds.testset_max_refusals);
    const maxRatio = active(thresholds.testset_max_refusal_ratio);
    if (!max && !maxRatio) return [];
    const { refusals } = testSetStats(testSet);
    const total = testSet.items.length;
    const byCount = max ? max.value : Infinity;
    const byRatio = maxRatio ? Math.floor(maxRatio.value * total + 1e-9) : Infinity;
    const allowed = Math.min(byCount, byRatio);
    if (refusals.length <= allowed) return [];
    const first = testSet.items[refusals[allowed]!]!;
    const place = itemPlace(testSet, first);
    const severity =
      (refusals.length > byCount && max!.severity === 'error') ||
      (refusals.length > byRatio && maxRatio!.severity === 'error')
        ? 'error'
        : 'warning';
    const limits = {
      zh: [max ? `${max.value} 题` : '', maxRatio ? `${maxRatio.value * 100}%` : '']
        .filter(Boolean)
        .join('且不超过 '),
      en: [max ? `${max.value} items` : '', maxRatio ? `${maxRatio.value * 100}%` : '']
        .filter(Boolean)
        .join(' and '),
    };
    return [
      {
        file: place.file,
        line: place.line,
        severity,
        message: text(
          `预期拒答题 ${refusals.length} 题（${percentOf(refusals.length, total)}），上限为不超过 ${limits.zh}；${place.at.zh}起超出`,
          `${refusals.length} items expect a refusal (${percentOf(refusals.length, total)}); at most ${limits.en} allowed; over budget from ${place.at.en}`,
        ),
        data: { count: refusals.length, total, allowed },
      },
    ];
  },
};

export default rule;
