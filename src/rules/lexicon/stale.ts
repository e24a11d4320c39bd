/** lexicon/stale: the lexicon was reviewed within its declared cadence. */
import { text } from '../../model/finding.js';
import { applies } from '../support/content-safety-applies.js';
import { daysBetween } from '../support/days.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/stale',
  stage: 'main',
  needs: [],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('关键词库审核过期', 'Lexicon review overdue'),
  help: text(
    '最近一次审核（`last_reviewed`）早于声明的更新周期，说明更新机制没有执行。审核关键词库后更新 `last_reviewed`。',
    'The last review (`last_reviewed`) is older than the declared cadence, so the update mechanism is not being followed. Review the lexicon and update `last_reviewed`.',
  ),
  check(context) {
    const update = context.manifest.content_safety?.lexicon?.update;
    if (!applies(context) || !update || update.cadence_days === undefined) return [];
    const { at, today } = context;
    if (update.last_reviewed === undefined) {
      return [
        {
          ...at('/content_safety/lexicon/update'),
          message: text(
            '未写明关键词库最近一次审核日期（last_reviewed），无法确认按周期更新',
            'No last review date (last_reviewed): cannot tell whether the lexicon follows its cadence',
          ),
        },
      ];
    }
    const age = daysBetween(update.last_reviewed, today);
    if (!(age > update.cadence_days)) return [];
    return [
      {
        ...at('/content_safety/lexicon/update/last_reviewed'),
        message: text(
          `关键词库最近审核于 ${update.last_reviewed}（${age} 天前），超过 ${update.cadence_days} 天的更新周期`,
          `The lexicon was last reviewed on ${update.last_reviewed} (${age} days ago), beyond its ${update.cadence_days}-day cadence`,
        ),
        data: { age, cadence: update.cadence_days },
      },
    ];
  },
};

export default rule;
