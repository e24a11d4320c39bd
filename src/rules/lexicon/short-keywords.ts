/** lexicon/short-keywords: no keyword is so short that it hits most ordinary text. */
import { text } from '../../model/finding.js';
import { lexiconEntry } from '../../evidence/lexicon.js';
import { capDrafts } from '../support/cap-drafts.js';
import { keywordShapes } from '../support/lexicon-quality.js';
import { where } from '../support/place.js';
import { loadedLexicon } from '../support/lexicon-evidence.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/short-keywords',
  stage: 'main',
  needs: ['lexicon'],
  defaultSeverity: 'warning',
  status: 'structural',
  title: text('关键词过短', 'Keywords too short to be useful'),
  help: text(
    '只有一个汉字，或不超过两个字母、数字的关键词（如「毒」「av」）几乎出现在所有普通文本中：拦截时误伤正常提问，评估时让 `evaluate/output-lexicon-hit` 在大多数回答上命中，真正的命中被淹没。把它们改写为更完整的词语（「吸毒」「贩毒」），或移出关键词库。',
    'A keyword of one CJK character, or of up to two Latin letters or digits ("毒", "av"), occurs in almost any ordinary text: interception blocks harmless questions, and in an evaluation `evaluate/output-lexicon-hit` fires on most answers, drowning the real hits. Write them as fuller words ("吸毒", "贩毒") or take them out of the lexicon.',
  ),
  example: {
    file: '内容安全/关键词库/违法违规.txt',
    line: 3,
    message: text(
      '第 3 行：关键词「毒」过短（一个汉字，或不超过两个字母、数字），会命中大量普通文本',
      'line 3: keyword "毒" is too short (one CJK character, or up to two Latin letters or digits) and hits most ordinary text',
    ),
  },
  check(context) {
    const lexicon = loadedLexicon(context);
    if (!lexicon) return [];
    const { short } = keywordShapes(lexicon);
    const details = short.slice(0, 21).map((index) => {
      const entry = lexiconEntry(lexicon, index);
      const here = where(entry.line, entry.sheet);
      return {
        file: entry.file,
        line: entry.line,
        message: text(
          `${here.zh}：关键词「${entry.keyword}」过短（一个汉字，或不超过两个字母、数字），会命中大量普通文本`,
          `${here.en}: keyword "${entry.keyword}" is too short (one CJK character, or up to two Latin letters or digits) and hits most ordinary text`,
        ),
      };
    });
    return capDrafts(details, short.length, (rest) =>
      text(`另有 ${rest} 个过短的关键词`, `${rest} more keywords too short to be useful`),
    );
  },
};

export default rule;
