/** evaluate/criteria-not-run: every regex criterion ran within its time budget. */
import { text } from '../../model/finding.js';
import { itemAt } from '../support/evaluated-item.js';
import { namedRows } from '../support/named-rows.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'evaluate/criteria-not-run',
  stage: 'main',
  needs: ['evaluation'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('判定正则未能在时限内运行', 'Criteria regex not run within the time budget'),
  help: text(
    '判定标准中的正则（`正则：/…/`）在回答上运行超时，或所有正则共用的时间预算已用尽，这些题目未被判定（不计为通过）。改写正则，避免相邻或嵌套的重复（如 `(?:ab)*(?:ab)*`），或改用“必须包含：…”。',
    'A regex criterion (`regex: /…/`) timed out on a response, or the time budget all regex criteria share ran out, so these items were not judged (they do not count as passed). Rewrite the pattern without adjacent or nested repetitions (such as `(?:ab)*(?:ab)*`), or use "must contain: …" instead.',
  ),
  example: {
    file: 'compliance/tests.csv',
    line: 2,
    message: text(
      '1 题的判定正则未能在时限内运行，未被判定（第 2 行）：正则：/(?:ab)*(?:ab)*!/',
      '1 item(s) not judged: a regex criterion did not run within the time budget (rows 2): regex: /(?:ab)*(?:ab)*!/',
    ),
  },
  check: withEvaluation((evaluation) => {
    const items = evaluation.judgements.filter((j) => (j.unjudged?.length ?? 0) > 0);
    if (items.length === 0) return [];
    const { rows, more } = namedRows(items);
    const unjudged = [...new Set(items.flatMap((j) => j.unjudged!))].slice(0, 3);
    const patterns = unjudged.join('；');
    const patternsEn = unjudged.map((p) => `"${p}"`).join('; ');
    return [
      {
        ...itemAt(items[0]!.item),
        message: text(
          `${items.length} 题的判定正则未能在时限内运行，未被判定（第 ${rows.join('、')}${more} 行）：${patterns}`,
          `${items.length} item(s) not judged: a regex criterion did not run within the time budget (rows ${rows.join(', ')}${more}): ${patternsEn}`,
        ),
        data: { items: items.map((j) => ({ file: j.item.file, line: j.item.row })) },
      },
    ];
  }),
};

export default rule;
