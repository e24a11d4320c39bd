/** testset/update-interval: the test bank was updated within `testset_max_update_days`. */
import { text } from '../../model/finding.js';
import { applies } from '../support/content-safety-applies.js';
import { daysBetween } from '../support/days.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'testset/update-interval',
  stage: 'main',
  needs: [],
  thresholds: ['testset_max_update_days'],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('测试题库更新超期', 'Test bank update overdue'),
  help: text(
    `备案路径的测试题库应定期更新（至少每 ${q('filing', 'testset_max_update_days')} 天一次，S，默认警告）。在 \`content_safety.test_set.updated\` 写明最近一次更新日期（YYYY-MM-DD），题库更新后改写该日期。`,
    `On the filing path the test bank is updated periodically (at least every ${qe('filing', 'testset_max_update_days')} days, S, a warning by default). Write the date of its last update (YYYY-MM-DD) in \`content_safety.test_set.updated\` and change it whenever the bank is updated.`,
  ),
  check(context) {
    const testSet = context.manifest.content_safety?.test_set;
    const max = active(thresholdsOf(context).testset_max_update_days);
    if (!applies(context) || !testSet || !max) return [];
    const { at, today } = context;
    if (testSet.updated === undefined) {
      return [
        {
          ...at('/content_safety/test_set'),
          severity: max.severity,
          message: text(
            `未写明测试题库最近更新日期（content_safety.test_set.updated），无法确认每 ${max.value} 天内更新`,
            `No date of the test bank's last update (content_safety.test_set.updated): cannot tell whether it is updated every ${max.value} days`,
          ),
        },
      ];
    }
    const age = daysBetween(testSet.updated, today);
    if (!(age > max.value)) return [];
    return [
      {
        ...at('/content_safety/test_set/updated'),
        severity: max.severity,
        message: text(
          `测试题库最近更新于 ${testSet.updated}（${age} 天前），超过 ${max.value} 天的更新间隔`,
          `The test bank was last updated on ${testSet.updated} (${age} days ago), beyond the ${max.value}-day interval`,
        ),
        data: { age, maximum: max.value },
      },
    ];
  },
};

export default rule;
