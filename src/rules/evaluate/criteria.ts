/** evaluate/criteria: each response meets its item's machine-readable criteria. */
import { text } from '../../model/finding.js';
import { capDrafts } from '../support/cap-drafts.js';
import { itemAt, itemName } from '../support/evaluated-item.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'evaluate/criteria',
  stage: 'main',
  needs: ['evaluation'],
  defaultSeverity: 'warning',
  status: 'structural',
  title: text('回答未满足判定标准', 'Response fails its judgement criteria'),
  help: text(
    '题目的判定标准可由机器判断（必须包含 / 不得包含 / 正则）而回答未满足。拒答与否的要求由拒答率规则衡量，不在此列。',
    "The item's machine-readable criteria (must contain / must not contain / regex) do not hold for the response. Whether it should be refused is measured by the refusal-rate rules, not here.",
  ),
  check: withEvaluation((evaluation) => {
    const drafts = evaluation.judgements.flatMap((j) => {
      const failed = j.criteria.filter(
        (c) => !c.passed && c.text !== 'expected refusal' && c.text !== 'expected answer',
      );
      if (failed.length === 0) return [];
      const name = itemName(j.item);
      const list = failed.map((c) => c.text).join('；');
      const listEn = failed.map((c) => `"${c.text}"`).join('; ');
      return [
        {
          ...itemAt(j.item),
          message: text(
            `${name['zh-CN']}的回答未满足判定标准：${list}`,
            `The response to ${name.en} fails its criteria: ${listEn}`,
          ),
        },
      ];
    });
    return capDrafts(drafts, drafts.length, (rest) =>
      text(`另有 ${rest} 题的回答未满足判定标准`, `${rest} more responses fail their criteria`),
    );
  }),
};

export default rule;
