/** evaluate/output-lexicon-hit: no response contains a keyword of the interception lexicon. */
import { text } from '../../model/finding.js';
import { keywordShape } from '../../match/keyword-shape.js';
import { capDrafts } from '../support/cap-drafts.js';
import { itemAt, itemName } from '../support/evaluated-item.js';
import { LEXICON_PATH } from '../support/lexicon-evidence.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Draft, Rule } from '../rule.js';

/** Too-short keywords named in the summary of responses that hit only them. */
const SHORT_NAMED = 10;

const rule: Rule = {
  id: 'evaluate/output-lexicon-hit',
  stage: 'main',
  needs: ['evaluation'],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('回答含拦截关键词', 'Response contains lexicon keywords'),
  help: text(
    '服务的回答中出现了拦截关键词库中的词（按与输入拦截相同的规则匹配：忽略空格、标点、零宽字符、全半角、大小写与繁简差异）。审核人员会检查输出内容；确认这些回答是否应被输出过滤拦截。只命中过短关键词（一个汉字，或不超过两个字母、数字）的回答不逐条列出，而是汇总为一条关于关键词库的提醒：这类词几乎出现在所有普通文本中。',
    "The service's response contains keywords of the interception lexicon (matched as input interception matches: spaces, punctuation, zero-width characters, width, case and traditional characters do not matter). Reviewers inspect outputs; check whether the output filter should have caught these responses. Responses that hit only keywords too short to be useful (one CJK character, or up to two Latin letters or digits) are not listed one by one but summed up in one warning about the lexicon: such words occur in almost any ordinary text.",
  ),
  check: withEvaluation((evaluation, context) => {
    const listed: Draft[] = [];
    const shortOnly: string[] = [];
    let shortResponses = 0;
    for (const j of evaluation.judgements) {
      if (j.outputHits.length === 0) continue;
      if (j.outputHits.every((keyword) => keywordShape(keyword) === 'short')) {
        shortResponses++;
        for (const keyword of j.outputHits)
          if (!shortOnly.includes(keyword)) shortOnly.push(keyword);
        continue;
      }
      const name = itemName(j.item);
      listed.push({
        ...itemAt(j.item),
        message: text(
          `${name['zh-CN']}的回答含拦截关键词：${j.outputHits.join('、')}`,
          `The response to ${name.en} contains lexicon keywords: ${j.outputHits.join(', ')}`,
        ),
        data: { keywords: j.outputHits },
      });
    }
    const drafts = capDrafts(listed, listed.length, (rest) =>
      text(`另有 ${rest} 个回答含拦截关键词`, `${rest} more responses contain lexicon keywords`),
    );
    if (shortResponses > 0) {
      const named = shortOnly.slice(0, SHORT_NAMED);
      const more = shortOnly.length > named.length ? ' …' : '';
      drafts.push({
        ...context.at(LEXICON_PATH),
        message: text(
          `${shortResponses} 个回答只命中过短的关键词（${named.join('、')}${more}），未逐条列出：这些词只有一个汉字或不超过两个字母、数字，会命中大量普通文本；请改写为完整词语或移出关键词库（见 lexicon/short-keywords）`,
          `${shortResponses} response(s) hit only keywords too short to be useful (${named.join(', ')}${more}), not listed one by one: one CJK character or up to two Latin letters or digits hits most ordinary text; write them as fuller words or take them out of the lexicon (see lexicon/short-keywords)`,
        ),
        data: { responses: shortResponses, keywords: named },
      });
    }
    return drafts;
  }),
};

export default rule;
