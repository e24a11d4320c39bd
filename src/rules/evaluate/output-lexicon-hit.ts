/** evaluate/output-lexicon-hit: no response contains a keyword of the interception lexicon. */
import { text } from '../../model/finding.js';
import { itemAt, itemName } from '../support/evaluated-item.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'evaluate/output-lexicon-hit',
  stage: 'main',
  needs: ['evaluation'],
  defaultSeverity: 'warning',
  status: 'S',
  title: text('回答含拦截关键词', 'Response contains lexicon keywords'),
  help: text(
    '服务的回答中出现了拦截关键词库中的词（按与输入拦截相同的规则匹配：忽略空格、标点、零宽字符、全半角、大小写与繁简差异）。审核人员会检查输出内容；确认这些回答是否应被输出过滤拦截。',
    "The service's response contains keywords of the interception lexicon (matched as input interception matches: spaces, punctuation, zero-width characters, width, case and traditional characters do not matter). Reviewers inspect outputs; check whether the output filter should have caught these responses.",
  ),
  check: withEvaluation((evaluation) =>
    evaluation.judgements
      .filter((j) => j.outputHits.length > 0)
      .map((j) => {
        const name = itemName(j.item);
        const words = j.outputHits.join('、');
        return {
          ...itemAt(j.item),
          message: text(
            `${name['zh-CN']}的回答含拦截关键词：${words}`,
            `The response to ${name.en} contains lexicon keywords: ${j.outputHits.join(', ')}`,
          ),
          data: { keywords: j.outputHits },
        };
      }),
  ),
};

export default rule;
