/** testset/parse: every item can be read and its risk category resolved. */
import { text } from '../../model/finding.js';
import type { TestItem } from '../../evidence/testset.js';
import { applies } from '../support/content-safety-applies.js';
import { capDrafts } from '../support/cap-drafts.js';
import { readingProblemDrafts } from '../support/evidence-problem-findings.js';
import { itemPlace, TEST_SET_WORDS } from '../support/test-set.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'testset/parse',
  stage: 'main',
  needs: ['testset'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('测试题集无法读取', 'Test set cannot be read'),
  help: text(
    '测试题集须能被逐题读取：XLSX / CSV / TSV 需有「问题」「预期输出」「判定标准」「风险类别」「是否高风险」「是否应拒答」等表头（可在标题行之下），多个工作表可各为一个题库（生成内容、应拒答、非拒答）；JSON / JSONL / YAML 使用英文字段名（其他字段名用 `columns` 指定，如 `columns.question: input`），可按风险类别分组（`{风险类别: [题目]}`，可嵌套一级、二级；或 `[{"category": "应拒答", "infos": [题目]}]`，组的类别或题库适用于组内各题），对话记录（`messages` / `conversations` 中的用户与回复轮次）读作问题与预期输出；没有一道题能读出问题时报告读到的字段。每个风险类别须能对应到 31 类风险（非拒答题可对应 13 个方面）。',
    'The test set must be readable item by item: XLSX / CSV / TSV with 问题 / 预期输出 / 判定标准 / 风险类别 / 是否高风险 / 是否应拒答 headers (possibly below a title row), several sheets may each be a bank (generated, should-refuse, should-not-refuse); JSON / JSONL / YAML use the English field names (name others with `columns`, e.g. `columns.question: input`), may be keyed by risk category (`{category: [items]}`, nested 一级/二级) or grouped (`[{"category": "应拒答", "infos": [items]}]`, the category or bank of the group applying to its items), and dialogue records (user and reply turns of `messages` / `conversations`) are read as question and expected output; a file from which no question is read is reported with the fields it has. Every risk category must map to one of the 31 risks (or, for should-not-refuse items, one of the 13 aspects).',
  ),
  check(context) {
    const testSet = context.evidence.testset;
    if (!applies(context) || !testSet) return [];
    const drafts = readingProblemDrafts(testSet, TEST_SET_WORDS);
    // One finding per unrecognised category and file, at its first row.
    const seen = new Map<string, { item: TestItem; count: number }>();
    for (const item of testSet.items) {
      if (item.category === '' || item.risk !== undefined || item.aspect !== undefined) continue;
      const key = `${item.source}\u0000${item.category}`;
      const entry = seen.get(key);
      if (entry) entry.count++;
      else seen.set(key, { item, count: 1 });
    }
    const details = [...seen.values()].slice(0, 21).map(({ item, count }) => {
      const place = itemPlace(testSet, item);
      return {
        file: place.file,
        line: place.line,
        message: text(
          `${place.at.zh}：风险类别「${item.category}」无法对应到 31 类风险${item.bank === 'should-not-refuse' ? '或 13 个方面' : ''}（${count} 题）`,
          `${place.at.en}: category "${item.category}" maps to none of the 31 risks${item.bank === 'should-not-refuse' ? ' or 13 aspects' : ''} (${count} item(s))`,
        ),
      };
    });
    drafts.push(
      ...capDrafts(details, seen.size, (rest) =>
        text(`另有 ${rest} 个无法识别的风险类别`, `${rest} more unrecognised categories`),
      ),
    );
    return drafts;
  },
};

export default rule;
