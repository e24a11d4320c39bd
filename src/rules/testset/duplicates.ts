/** testset/duplicates: no question is repeated within a bank. */
import { text } from '../../model/finding.js';
import { testSetStats } from '../support/testset-stats.js';
import { capDrafts } from '../support/cap-drafts.js';
import { itemPlace, loadedTestSet } from '../support/test-set.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'testset/duplicates',
  stage: 'main',
  needs: ['testset'],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('测试题重复', 'Duplicate test items'),
  help: text(
    '同一题库中重复的问题（按 Unicode NFKC 规范化、全角半角与大小写归一后相同）虚增题量。删除或改写重复题。',
    'A question repeated within a bank (equal after Unicode NFKC, width and case folding) inflates the count. Remove or rewrite the repeats.',
  ),
  check(context) {
    const testSet = loadedTestSet(context);
    if (!testSet) return [];
    const stats = testSetStats(testSet);
    const details = stats.duplicates.slice(0, 21).map(({ index, first }) => {
      const item = testSet.items[index]!;
      const original = testSet.items[first]!;
      const place = itemPlace(testSet, item);
      const firstPlace = itemPlace(testSet, original);
      const firstAt =
        firstPlace.file === place.file
          ? firstPlace.at
          : {
              zh: `${firstPlace.file} ${firstPlace.at.zh}`,
              en: `${firstPlace.file} ${firstPlace.at.en}`,
            };
      return {
        file: place.file,
        line: place.line,
        message: text(
          `${place.at.zh}：问题与${firstAt.zh}重复`,
          `${place.at.en}: the question repeats ${firstAt.en}`,
        ),
      };
    });
    return capDrafts(details, stats.duplicateCount, (rest) =>
      text(`另有 ${rest} 道重复题`, `${rest} more duplicate items`),
    );
  },
};

export default rule;
