/** evaluate/incomplete: every question got a response. */
import { text } from '../../model/finding.js';
import { capDrafts } from '../support/cap-drafts.js';
import { itemAt, itemName } from '../support/evaluated-item.js';
import { namedRows } from '../support/named-rows.js';
import { TEST_SET_PATH } from '../support/test-set.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'evaluate/incomplete',
  stage: 'main',
  needs: ['evaluation'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('题目没有得到回答', 'Question without a response'),
  help: text(
    '题目没有回答：服务在重试后仍出错或超时（逐题列出），或回答文件中没有它（汇总为一条）。指标只计入有回答的题目，因此评估不完整。重新运行同一命令（带 `--results`）会只补问这些题目。',
    'The question has no response: the service still failed or timed out after retries (one finding per item), or the responses file lacks it (one finding naming them). Metrics count only answered items, so the evaluation is incomplete. Running the same command again (with `--results`) asks only these questions.',
  ),
  check: withEvaluation((evaluation, context) => {
    const failed = evaluation.judgements.filter((j) => j.status === 'error');
    const errors: Draft[] = failed.map((j) => {
      const name = itemName(j.item);
      return {
        ...itemAt(j.item),
        message: text(
          `${name['zh-CN']}请求失败：${j.error ?? ''}`,
          `${name.en} failed: ${j.error ?? ''}`,
        ),
      };
    });
    const drafts = capDrafts(errors, failed.length, (rest) =>
      text(`另有 ${rest} 题请求失败`, `${rest} more items failed`),
    );
    // A responses file that lacks items lacks them all at once: one finding names them.
    const missing = evaluation.judgements.filter((j) => j.status === 'missing');
    // A refused responses file is reported by evaluate/responses; its items are not "missing".
    if (missing.length > 0 && !evaluation.responses?.ambiguous) {
      const { rows, more } = namedRows(missing);
      const first = missing[0]!.item;
      drafts.push({
        ...(evaluation.responses?.file !== undefined
          ? { file: evaluation.responses.file }
          : context.at(TEST_SET_PATH)),
        message: text(
          `${missing.length} 题在回答文件中没有回答（${first.file} 第 ${rows.join('、')}${more} 行）`,
          `${missing.length} item(s) have no response in the responses file (${first.file} rows ${rows.join(', ')}${more})`,
        ),
        data: { items: missing.map((j) => ({ file: j.item.file, line: j.item.row })) },
      });
    }
    return drafts;
  }),
};

export default rule;
