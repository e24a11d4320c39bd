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
    '回答文件应为 JSONL，每行一个 `{"id": ..., "response": ...}`，`id` 为题目编号（无编号时可用 `question` 原文）。题集文件夹中各文件（或各工作表）的编号重复时，每行须用 `file`（文件路径、文件名或不含扩展名的文件名）和/或 `sheet` 指明题目所在文件；否则无法确定回答对应哪道题，整个回答文件不予使用（错误）。',
    'The responses file is JSONL, one `{"id": ..., "response": ...}` per line, `id` being the item id (or `question` with the question text when items have no id). When ids repeat across the files (or sheets) of a test-set folder, each line names its file with `file` (path, file name, or name without extension) and/or `sheet`; otherwise which question an answer belongs to cannot be told, and the whole responses file is refused (error).',
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
    const ambiguous = responses.ambiguous;
    if (ambiguous) {
      const files = ambiguous.files.join('、');
      const filesEn = ambiguous.files.join(', ');
      drafts.push({
        ...(inside ? { file: responses.file, line: ambiguous.line } : {}),
        severity: 'error',
        message: text(
          `${where(ambiguous.line)['zh-CN']}回答文件未被使用：编号「${ambiguous.id}」在题集的多个文件中重复（${files}），而回答未用 \`file\` 指明所属文件（共 ${ambiguous.lines} 行）；按 (file, id) 写出回答后重新评估`,
          `${where(ambiguous.line).en}Responses file refused: id "${ambiguous.id}" repeats across files of the test set (${filesEn}) and the responses do not name the file with \`file\` (${ambiguous.lines} line(s)); write each response with its (file, id) and evaluate again`,
        ),
        data: { ...ambiguous },
      });
    }
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
