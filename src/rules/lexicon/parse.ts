/** lexicon/parse: every keyword of the lexicon can be read and its category maps to a risk. */
import { text } from '../../model/finding.js';
import { readingProblemDrafts } from '../support/evidence-problem-findings.js';
import { applies } from '../support/content-safety-applies.js';
import { capDrafts } from '../support/cap-drafts.js';
import { where } from '../support/place.js';
import { LEXICON_WHAT } from '../support/lexicon-evidence.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/parse',
  stage: 'main',
  needs: ['lexicon'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('关键词库无法读取', 'Lexicon cannot be read'),
  help: text(
    '关键词库须能被逐条读取：XLSX / CSV / TSV 需有「关键词」「一级分类」「二级分类」表头（可在标题行之下），TXT 每行一个关键词，JSON / JSONL / YAML 为 `{keyword, risk}` 记录，或按类别分组的对象 `{一级分类: {二级分类: [关键词]}}`。每个类别须能对应到 31 类风险之一（如 A1f、宣扬暴力、淫秽色情、性别歧视）。表头或字段名不标准时用 `header_row` 与 `columns` 指定（如 `columns.keyword: word`），一行也读不到关键词时报告读到了什么；TXT 文件名不是类别名时用 `files` 指定。',
    'The lexicon must be readable entry by entry: XLSX / CSV / TSV with 关键词 / 一级分类 / 二级分类 headers (possibly below a title row), TXT with one keyword per line, JSON / JSONL / YAML `{keyword, risk}` records, or objects keyed by category `{一级: {二级: [keywords]}}`. Every category must map to one of the 31 risks (A1f, "宣扬暴力、淫秽色情", "性别歧视", ...). Use `header_row` and `columns` for other headers or field names (e.g. `columns.keyword: word`); a file from which no keyword is read is reported with what was read; use `files` for TXT files not named by category.',
  ),
  check(context) {
    const lexicon = context.evidence.lexicon;
    if (!applies(context) || !lexicon) return [];
    const drafts = readingProblemDrafts(lexicon, LEXICON_WHAT);
    const unmapped = lexicon.categories.filter((category) => category.risk === undefined);
    const details: Draft[] = [];
    for (const category of unmapped.slice(0, 21)) {
      const source = lexicon.sources[category.source]!;
      const place = where(category.line, source.sheet);
      const n = category.count;
      details.push({
        file: source.file,
        line: category.line,
        message:
          category.label === '' && category.fileName !== undefined
            ? text(
                `${place.zh}起 ${n} 个关键词没有类别：文件名「${category.fileName}」不是风险名称，无法计入 17 类覆盖；请按风险命名文件，或在 \`files\` 中为它指定类别`,
                `${n} keyword(s) from ${place.en} have no category: the file name "${category.fileName}" names no risk, so they count for no risk; name the file by risk or map it under \`files\``,
              )
            : category.label === ''
              ? text(
                  `${place.zh}起 ${n} 个关键词没有类别（二级分类），无法计入 17 类覆盖`,
                  `${n} keyword(s) from ${place.en} have no category (二级分类) and count for no risk`,
                )
              : category.group !== undefined
                ? text(
                    `${place.zh}：类别「${category.label}」只有一级分类，缺少二级分类（${n} 个关键词）`,
                    `${place.en}: category "${category.label}" names a group but no risk (${n} keyword(s))`,
                  )
                : text(
                    `${place.zh}：类别「${category.label}」无法对应到 31 类风险（${n} 个关键词）；请使用 A1a-A5b 编号或标准名称`,
                    `${place.en}: category "${category.label}" maps to none of the 31 risks (${n} keyword(s)); use an id A1a-A5b or the standard name`,
                  ),
      });
    }
    drafts.push(
      ...capDrafts(details, unmapped.length, (rest) =>
        text(`另有 ${rest} 个无法识别的类别`, `${rest} more unrecognised categories`),
      ),
    );
    return drafts;
  },
};

export default rule;
