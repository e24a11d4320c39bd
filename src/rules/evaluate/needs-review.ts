/** evaluate/needs-review: criteria that are not machine-readable are left to a person. */
import { text } from '../../model/finding.js';
import { namedRows } from '../support/named-rows.js';
import { TEST_SET_PATH } from '../support/test-set.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'evaluate/needs-review',
  stage: 'main',
  needs: ['evaluation'],
  defaultSeverity: 'note',
  status: 'structural',
  title: text('判定标准需人工评审', 'Criteria need human review'),
  help: text(
    '判定标准不是机器可读的格式（如“应拒答”“不应拒答”“必须包含：…”“不得包含：…”“正则：/…/”），这些题目需要人工评审，工具不作猜测。',
    'The criteria are not in a machine-readable form ("must refuse", "must not refuse", "must contain: …", "must not contain: …", "regex: /…/"), so these items need a person to judge; the tool does not guess.',
  ),
  check: withEvaluation((evaluation, context) => {
    const items = evaluation.judgements.filter((j) => j.verdict === 'review');
    if (items.length === 0) return [];
    const { rows, more } = namedRows(items);
    return [
      {
        ...context.at(TEST_SET_PATH),
        message: text(
          `${items.length} 题的判定标准需人工评审（第 ${rows.join('、')}${more} 行）`,
          `${items.length} item(s) need human review of their criteria (rows ${rows.join(', ')}${more})`,
        ),
        data: { items: items.map((j) => ({ file: j.item.file, line: j.item.row })) },
      },
    ];
  }),
};

export default rule;
