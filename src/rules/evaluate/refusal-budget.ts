/** evaluate/refusal-budget: the measured refusals of the whole test set stay within the limits. */
import { text } from '../../model/finding.js';
import { capDrafts, DETAIL_LIMIT } from '../support/cap-drafts.js';
import { itemAt, itemName } from '../support/evaluated-item.js';
import { ratePercent } from '../support/percent.js';
import { severityOfExceeded, thresholdsOf } from '../support/thresholds.js';
import { withEvaluation } from '../support/with-evaluation.js';
import type { Rule } from '../rule.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

const rule: Rule = {
  id: 'evaluate/refusal-budget',
  stage: 'main',
  needs: ['evaluation'],
  thresholds: ['testset_max_refusals', 'testset_max_refusal_ratio'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('实测拒答数超过上限', 'Measured refusals over the limit'),
  help: text(
    `登记：评估测试题集在服务上实测的拒答总数不得超过 ${q('registration', 'testset_max_refusals')} 题，且拒答率不超过 ${q('registration', 'testset_max_refusal_ratio')}。被拒答的题目逐一列出（文件与行号），超过 ${DETAIL_LIMIT} 道时其余汇总为一条。检查拒答的题目是否确应拒答；放宽过严的安全策略，或调整题集。阈值可在 \`thresholds:\` 中配置（\`testset_max_refusals\`、\`testset_max_refusal_ratio\`）。`,
    `Registration: measured on the service, the evaluation test set may draw at most ${qe('registration', 'testset_max_refusals')} refusals and a refusal rate of at most ${qe('registration', 'testset_max_refusal_ratio')}. Refused items are listed (file and row); past ${DETAIL_LIMIT}, the rest are summed up in one finding. Check that those questions really call for a refusal; relax an over-strict safety policy or revise the set. Thresholds: \`testset_max_refusals\`, \`testset_max_refusal_ratio\` under \`thresholds:\`.`,
  ),
  check: withEvaluation((evaluation, context) => {
    const t = thresholdsOf(context);
    const max = t.testset_max_refusals;
    const ratio = t.testset_max_refusal_ratio;
    const { refusals, refusal_rate: rate } = evaluation.metrics;
    const overCount = max.value !== null && refusals > max.value;
    const overRate = ratio.value !== null && rate !== null && rate > ratio.value;
    if (!overCount && !overRate) return [];
    const used = [...(overCount ? [max] : []), ...(overRate ? [ratio] : [])];
    const limitZh = [
      overCount ? `上限 ${max.value} 题` : '',
      overRate ? `拒答率上限 ${ratePercent(ratio.value)}` : '',
    ]
      .filter(Boolean)
      .join('、');
    const limitEn = [
      overCount ? `at most ${max.value}` : '',
      overRate ? `a refusal rate of at most ${ratePercent(ratio.value)}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const refused = evaluation.judgements.filter((j) => j.status === 'refused');
    const drafts = refused.map((j) => {
      const name = itemName(j.item);
      return {
        ...itemAt(j.item),
        severity: severityOfExceeded(...used),
        message: text(
          `${name['zh-CN']}被拒答；实测拒答 ${refusals} 题（${ratePercent(rate)}），超过${limitZh}`,
          `${name.en} was refused; ${refusals} refusals measured (${ratePercent(rate)}), over ${limitEn}`,
        ),
        data: { refusals, refusal_rate: rate, max: max.value, max_ratio: ratio.value },
      };
    });
    return capDrafts(drafts, refused.length, (rest) =>
      text(
        `另有 ${rest} 道被拒答的题未逐一列出；实测拒答共 ${refusals} 题（${ratePercent(rate)}），超过${limitZh}`,
        `${rest} more refused items not listed; ${refusals} refusals measured in all (${ratePercent(rate)}), over ${limitEn}`,
      ),
    );
  }),
};

export default rule;
