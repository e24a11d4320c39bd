/** lexicon/duplicates: no keyword repeats within its category after folding. */
import { text } from '../../model/finding.js';
import { lexiconEntry } from '../../evidence/lexicon.js';
import { lexiconStats } from '../support/lexicon-stats.js';
import { capDrafts } from '../support/cap-drafts.js';
import { where } from '../support/place.js';
import { loadedLexicon } from '../support/lexicon-evidence.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/duplicates',
  stage: 'main',
  needs: ['lexicon'],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('关键词重复', 'Duplicate keywords'),
  help: text(
    '同一类别中重复的关键词（按 Unicode NFKC 规范化、全角半角与大小写归一后相同）不增加拦截能力，却虚增数量。删除重复项。',
    'A keyword repeated within a category (equal after Unicode NFKC, width and case folding) adds no interception but inflates the count. Remove the repeats.',
  ),
  check(context) {
    const lexicon = loadedLexicon(context);
    if (!lexicon) return [];
    const stats = lexiconStats(lexicon);
    const details = stats.duplicates.slice(0, 21).map(({ index, first }) => {
      const entry = lexiconEntry(lexicon, index);
      const original = lexiconEntry(lexicon, first);
      const firstAt =
        original.file === entry.file
          ? where(original.line, original.sheet)
          : {
              zh: `${original.file} ${where(original.line, original.sheet).zh}`,
              en: `${original.file} ${where(original.line, original.sheet).en}`,
            };
      const here = where(entry.line, entry.sheet);
      return {
        file: entry.file,
        line: entry.line,
        message: text(
          `${here.zh}：关键词「${entry.keyword}」与${firstAt.zh}的「${original.keyword}」重复`,
          `${here.en}: keyword "${entry.keyword}" repeats "${original.keyword}" of ${firstAt.en}`,
        ),
      };
    });
    return capDrafts(details, stats.duplicateCount, (rest) =>
      text(`另有 ${rest} 个重复关键词`, `${rest} more duplicate keywords`),
    );
  },
};

export default rule;
