/** lexicon/unmatchable-keywords: every keyword can match something. */
import { text } from '../../model/finding.js';
import { lexiconEntry } from '../../evidence/lexicon.js';
import { capDrafts } from '../support/cap-drafts.js';
import { keywordShapes } from '../support/lexicon-quality.js';
import { where } from '../support/place.js';
import { loadedLexicon } from '../support/lexicon-evidence.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/unmatchable-keywords',
  stage: 'main',
  needs: ['lexicon'],
  defaultSeverity: 'warning',
  status: 'structural',
  title: text('关键词永远无法匹配', 'Keywords that can never match'),
  help: text(
    '匹配时会跳过空格、标点、符号与零宽字符，只由这些字符组成的关键词（如「&」「--」「，」）折叠后为空，永远不会命中，却计入关键词数量。删除它们，或写出它们本要拦截的词语。',
    'Matching steps over spaces, punctuation, symbols and zero-width characters, so a keyword made of nothing else ("&", "--", "，") is empty after folding: it never matches, yet counts as a keyword. Remove it, or write the words it was meant to catch.',
  ),
  example: {
    file: '内容安全/关键词库/违法违规.txt',
    line: 7,
    message: text(
      '第 7 行：关键词「&」只有分隔符，永远无法匹配',
      'line 7: keyword "&" is made of separators only and can never match',
    ),
  },
  check(context) {
    const lexicon = loadedLexicon(context);
    if (!lexicon) return [];
    const { unmatchable } = keywordShapes(lexicon);
    const details = unmatchable.slice(0, 21).map((index) => {
      const entry = lexiconEntry(lexicon, index);
      const here = where(entry.line, entry.sheet);
      return {
        file: entry.file,
        line: entry.line,
        message: text(
          `${here.zh}：关键词「${entry.keyword}」只有分隔符，永远无法匹配`,
          `${here.en}: keyword "${entry.keyword}" is made of separators only and can never match`,
        ),
      };
    });
    return capDrafts(details, unmatchable.length, (rest) =>
      text(`另有 ${rest} 个永远无法匹配的关键词`, `${rest} more keywords that can never match`),
    );
  },
};

export default rule;
