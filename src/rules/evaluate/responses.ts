/** evaluate/responses: every line of the responses file is usable. */
import { text } from '../../model/finding.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'evaluate/responses',
  stage: 'main',
  needs: ['evaluation'],
  defaultSeverity: 'warning',
  status: 'structural',
  title: text('回答文件有无法使用的行', 'Unusable lines in the responses file'),
  help: text(
    '回答文件应为 JSONL，每行一个 `{"id": ..., "response": ...}`，`id` 为题目编号（无编号时可用 `question` 原文）。',
    'The responses file is JSONL, one `{"id": ..., "response": ...}` per line, `id` being the item id (or `question` with the question text when items have no id).',
  ),
  check: withEvaluation((evaluation) => {
    const responses = evaluation.responses;
    if (!responses) return [];
    // Outside the repository there is no file to annotate: the path goes into the message.
    const inside = responses.file !== undefined;
    const where = (line: number) =>
      inside
        ? text('', '')
        : text(`${responses.path} 第 ${line} 行：`, `${responses.path} line ${line}: `);
    const drafts: Draft[] = responses.problems.map((p) => ({
      ...(inside ? { file: responses.file, line: p.line } : {}),
      message: text(
        `${where(p.line)['zh-CN']}无法使用此行：${p.reason}`,
        `${where(p.line).en}Line not usable: ${p.reason}`,
      ),
    }));
    if (responses.unmatched > 0) {
      drafts.push({
        ...(inside ? { file: responses.file } : {}),
        message: text(
          `${inside ? '' : `${responses.path}：`}${responses.unmatched} 行的 id 或问题不对应题集中的任何题目`,
          `${inside ? '' : `${responses.path}: `}${responses.unmatched} line(s) name no item of the test set`,
        ),
      });
    }
    return drafts;
  }),
};

export default rule;
