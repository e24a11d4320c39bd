/** lexicon/update-mechanism: the lexicon names an owner and a review cadence. */
import { text } from '../../model/finding.js';
import { applies } from '../support/content-safety-applies.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/update-mechanism',
  stage: 'main',
  needs: [],
  thresholds: ['lexicon_max_cadence_days'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('关键词库缺少动态更新机制', 'Lexicon update mechanism not declared'),
  help: text(
    '关键词库须有动态更新机制（定期迭代）：在 `content_safety.lexicon.update` 写明负责人 `owner` 和更新周期 `cadence_days`。备案路径（TC260-003）应至少每周更新（V）。',
    'The lexicon needs an update mechanism (periodic iteration): declare `owner` and `cadence_days` under `content_safety.lexicon.update`. On the filing path (TC260-003) the lexicon is updated at least weekly (V).',
  ),
  check(context) {
    const lexicon = context.manifest.content_safety?.lexicon;
    if (!applies(context) || !lexicon) return [];
    const { at } = context;
    const update = lexicon.update;
    const drafts: Draft[] = [];
    if (!update) {
      return [
        {
          ...at('/content_safety/lexicon'),
          message: text(
            '未声明关键词库更新机制（content_safety.lexicon.update：owner、cadence_days）',
            'No lexicon update mechanism declared (content_safety.lexicon.update: owner, cadence_days)',
          ),
        },
      ];
    }
    if (!update.owner) {
      drafts.push({
        ...at('/content_safety/lexicon/update'),
        message: text(
          '关键词库更新机制未写明负责人（owner）',
          'The lexicon update mechanism names no owner',
        ),
      });
    }
    if (update.cadence_days === undefined) {
      drafts.push({
        ...at('/content_safety/lexicon/update'),
        message: text(
          '关键词库更新机制未写明更新周期（cadence_days）',
          'The lexicon update mechanism states no cadence (cadence_days)',
        ),
      });
    } else {
      const max = active(thresholdsOf(context).lexicon_max_cadence_days);
      if (max && update.cadence_days > max.value) {
        drafts.push({
          ...at('/content_safety/lexicon/update/cadence_days'),
          severity: max.severity,
          message: text(
            `关键词库更新周期 ${update.cadence_days} 天，长于 ${max.value} 天`,
            `The lexicon is reviewed every ${update.cadence_days} days, less often than every ${max.value} days`,
          ),
        });
      }
    }
    return drafts;
  },
};

export default rule;
