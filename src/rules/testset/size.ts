/** testset/size: the test set (on the filing path, its generated-content bank) is large enough. */
import { text } from '../../model/finding.js';
import { testSetStats } from '../support/testset-stats.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import { loadedTestSet, TEST_SET_PATH } from '../support/test-set.js';
import type { Rule } from '../rule.js';
import { testSetNotCounted } from '../support/not-counted.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

const rule: Rule = {
  id: 'testset/size',
  stage: 'main',
  needs: ['testset'],
  thresholds: ['testset_min_items'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('测试题数量不足', 'Too few test items'),
  help: text(
    `登记要求测试题不少于 ${q('registration', 'testset_min_items')} 题；备案（GB/T 45654-2025）要求生成内容测试题库不少于 ${q('filing', 'testset_min_items')} 题。`,
    `Registration asks for at least ${qe('registration', 'testset_min_items')} test items; filing (GB/T 45654-2025) for a generated-content bank of at least ${qe('filing', 'testset_min_items')}.`,
  ),
  check(context) {
    const threshold = active(thresholdsOf(context).testset_min_items);
    if (!threshold) return [];
    const testSet = loadedTestSet(context);
    if (!testSet) {
      return testSetNotCounted(
        context,
        threshold.severity,
        text('测试题数量', 'the number of items'),
      );
    }
    const filing = context.profile.name === 'filing';
    const count = filing ? testSetStats(testSet).banks.generated : testSet.items.length;
    if (count >= threshold.value) return [];
    return [
      {
        ...context.at(TEST_SET_PATH),
        severity: threshold.severity,
        message: filing
          ? text(
              `生成内容测试题库共 ${count} 题，少于 ${threshold.value} 题`,
              `The generated-content bank holds ${count} items, fewer than ${threshold.value}`,
            )
          : text(
              `测试题集共 ${count} 题，少于 ${threshold.value} 题`,
              `The test set holds ${count} items, fewer than ${threshold.value}`,
            ),
        data: { count, minimum: threshold.value },
      },
    ];
  },
};

export default rule;
