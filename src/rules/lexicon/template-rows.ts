/**
 * lexicon/template-rows: rows of the 附件4 template left as they are. A row that names a category
 * and carries no keyword, or whose keyword is a placeholder, intercepts nothing.
 */
import { text } from '../../model/finding.js';
import { lexiconEntry } from '../../evidence/lexicon.js';
import { capDrafts } from '../support/cap-drafts.js';
import { applies } from '../support/content-safety-applies.js';
import { where } from '../support/place.js';
import { placeholderKeyword } from '../support/placeholders.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/template-rows',
  stage: 'main',
  needs: ['lexicon'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('关键词库中留有未填写的模板行', 'Lexicon template rows left unfilled'),
  help: text(
    '`init` 写出的附件 4 模板每类风险一行，关键词一列留空。写了类别却没有关键词的行，或关键词仍是“示例”“请填写”“TODO”这类占位内容的行，不拦截任何内容。为每类填入真实关键词（每个关键词一行，类别可沿用），或删去不用的行。附件 5 测试题模板只有表头，留空时由 `testset/parse` 报告。',
    'The 附件4 template `init` writes has one row per risk with the keyword column left empty. A row that names a category but has no keyword, or whose keyword is still a placeholder such as "示例", "请填写" or "TODO", intercepts nothing. Fill in real keywords for each category (one keyword a row, the category repeated) or delete the rows you do not use. The 附件5 test-set template has only a header; left empty, it is reported by `testset/parse`.',
  ),
  example: {
    file: 'compliance/content-safety/附件4-拦截关键词列表.xlsx',
    line: 2,
    message: text(
      '工作表「拦截关键词列表」第 2 行：类别“违反社会主义核心价值观 / 煽动颠覆国家政权、推翻社会主义制度”没有关键词（模板行未填写）',
      'sheet "拦截关键词列表", row 2: category "违反社会主义核心价值观 / 煽动颠覆国家政权、推翻社会主义制度" has no keyword (a template row left unfilled)',
    ),
  },
  check(context) {
    const lexicon = context.evidence.lexicon;
    if (!applies(context) || !lexicon) return [];
    const drafts: Draft[] = [];
    for (const row of lexicon.blankRows) {
      const source = lexicon.sources[row.source];
      if (!source) continue;
      const here = where(row.line, source.sheet);
      drafts.push({
        file: source.file,
        line: row.line,
        message: text(
          `${here.zh}：类别“${row.label}”没有关键词（模板行未填写）`,
          `${here.en}: category "${row.label}" has no keyword (a template row left unfilled)`,
        ),
      });
    }
    let placeholders = 0;
    for (let i = 0; i < lexicon.size; i++) {
      const found = placeholderKeyword(lexicon.keywords[i]!);
      if (!found) continue;
      placeholders++;
      if (placeholders > 21) continue;
      const entry = lexiconEntry(lexicon, i);
      const here = where(entry.line, entry.sheet);
      drafts.push({
        file: entry.file,
        line: entry.line,
        message: text(
          `${here.zh}：关键词“${entry.keyword}”是占位内容，不是真实关键词`,
          `${here.en}: keyword "${entry.keyword}" is a placeholder, not a real keyword`,
        ),
      });
    }
    const total = lexicon.blankRows.length + lexicon.moreBlankRows + placeholders;
    return capDrafts(drafts, total, (rest) =>
      text(`另有 ${rest} 行模板行未填写`, `${rest} more template rows left unfilled`),
    );
  },
};

export default rule;
