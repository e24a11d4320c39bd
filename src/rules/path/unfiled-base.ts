/** path/unfiled-base: on filing, an open-weights base model has its own filing number or a reason. */
import { text } from '../../model/finding.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'path/unfiled-base',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('基座模型没有备案号', 'Base model without a filing number'),
  help: text(
    '在开源权重（例如自部署的 Llama、Qwen 检查点）上微调或部署的服务走备案路径时，须说明基座模型的备案情况：填写基座自己的备案号（`filing_number`），或在 `unfiled_reason` 中写明为何没有（例如“境外开源权重，未在境内备案，本次备案覆盖基座与微调后的模型”）。第三方 API 模型须有备案号，见 path/unfiled-model。',
    'A service on the filing path that deploys or fine-tunes open weights (a self-hosted Llama or Qwen checkpoint, say) states the base model\'s filing: give the base its own `filing_number`, or say in `unfiled_reason` why it has none (e.g. "foreign open weights, not filed in China; this filing covers the base and the fine-tuned model"). Third-party API models need a filing number: see path/unfiled-model.',
  ),
  source: text(
    '登记材料要求：对已备案模型微调、二次开发或自部署开源权重都须走备案；备案材料须写明所用基座模型及其备案情况（二手资料）。',
    'The registration requirements: fine-tuning a filed model, secondary development or self-hosting open weights take the filing path; the filing names the base model and whether it is filed (secondary source).',
  ),
  example: {
    file: 'compliance.yml',
    line: 14,
    column: 5,
    message: text(
      '开源权重基座 Meta Llama-3-8B 没有备案号，也没有在 unfiled_reason 中说明理由',
      'Open-weights base Meta Llama-3-8B has no filing number and no unfiled_reason',
    ),
  },
  check({ manifest, at }) {
    if (manifest.path !== 'filing') return [];
    return (manifest.models ?? []).flatMap((model, i): Draft[] => {
      if (model.source !== 'open-weights') return [];
      if ((model.filing_number ?? '').trim() !== '' || (model.unfiled_reason ?? '').trim() !== '')
        return [];
      return [
        {
          ...at(`/models/${i}/filing_number`),
          message: text(
            `开源权重基座 ${model.provider} ${model.name} 没有备案号，也没有在 unfiled_reason 中说明理由`,
            `Open-weights base ${model.provider} ${model.name} has no filing number and no unfiled_reason`,
          ),
        },
      ];
    });
  },
};

export default rule;
