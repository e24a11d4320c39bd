/** testset/item-fields: every item has a question, an expected output and criteria. */
import { text } from '../../model/finding.js';
import { TESTSET_COLUMNS } from '../../data/evidence-columns.js';
import type { TestSetColumn } from '../../model/manifest.js';
import { capDrafts, DETAIL_LIMIT } from '../support/cap-drafts.js';
import { where } from '../support/place.js';
import { itemPlace, loadedTestSet } from '../support/test-set.js';
import type { Draft, Rule } from '../rule.js';

const REQUIRED_FIELDS: readonly TestSetColumn[] = ['question', 'expected_output', 'criteria'];
const FIELD_NAMES = new Map(TESTSET_COLUMNS.map((spec) => [spec.key, spec]));

const rule: Rule = {
  id: 'testset/item-fields',
  stage: 'main',
  needs: ['testset'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('测试题缺少必填项', 'Test item incomplete'),
  help: text(
    `每道测试题须有问题、预期输出和判定标准。缺少整列时在表头行报告一次；否则在缺项的每一行报告（超过 ${DETAIL_LIMIT} 处时汇总）。`,
    `Every test item needs a question, an expected output and judgement criteria. A missing column is reported once at the header; otherwise each incomplete row is (summarised beyond ${DETAIL_LIMIT}).`,
  ),
  check(context) {
    const testSet = loadedTestSet(context);
    if (!testSet) return [];
    const drafts: Draft[] = [];
    const missingColumn = testSet.sources.map((source) =>
      source.header
        ? REQUIRED_FIELDS.filter((field) => !source.header!.columns.includes(field))
        : [],
    );
    testSet.sources.forEach((source, index) => {
      const missing = missingColumn[index]!;
      if (!source.header || missing.length === 0) return;
      const names = missing.map((field) => FIELD_NAMES.get(field)!);
      const place = where(source.header.line, source.sheet);
      drafts.push({
        file: source.file,
        line: source.header.line,
        message: text(
          `${place.zh}：表头缺少「${names.map((n) => n.zh).join('」「')}」列，所有题目都缺少该项`,
          `${place.en}: the header has no ${names.map((n) => n.en).join(', ')} column, so no item has it`,
        ),
      });
    });
    const details: Draft[] = [];
    let total = 0;
    for (const item of testSet.items) {
      const missing = REQUIRED_FIELDS.filter(
        (field) => item[field as 'question'] === '' && !missingColumn[item.source]!.includes(field),
      );
      if (missing.length === 0) continue;
      total++;
      if (details.length > DETAIL_LIMIT) continue;
      const names = missing.map((field) => FIELD_NAMES.get(field)!);
      const place = itemPlace(testSet, item);
      details.push({
        file: place.file,
        line: place.line,
        message: text(
          `${place.at.zh}：测试题缺少${names.map((n) => `「${n.zh}」`).join('')}`,
          `${place.at.en}: the item has no ${names.map((n) => n.en).join(', ')}`,
        ),
      });
    }
    drafts.push(
      ...capDrafts(details, total, (rest) =>
        text(`另有 ${rest} 道测试题缺少必填项`, `${rest} more incomplete items`),
      ),
    );
    return drafts;
  },
};

export default rule;
