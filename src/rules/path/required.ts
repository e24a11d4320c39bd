/** path/required: the declared path is the one the models and the audience require. */
import { text } from '../../model/finding.js';
import { PATH_NAMES, PATH_ORDER } from '../../data/paths.js';
import { requiredPath, type PathReason } from '../../data/path-decision.js';
import type { Manifest } from '../../model/manifest.js';
import type { Rule, RuleContext } from '../rule.js';

function reasonText(
  manifest: Manifest,
  reason: PathReason,
  context: RuleContext,
): { zh: string; en: string } {
  const model = reason.model === undefined ? undefined : manifest.models?.[reason.model];
  const where =
    reason.model === undefined ? '' : `（第 ${context.at(`/models/${reason.model}`).line} 行）`;
  const whereEn =
    reason.model === undefined ? '' : ` (line ${context.at(`/models/${reason.model}`).line})`;
  const name = model ? `${model.provider} ${model.name}` : '';
  switch (reason.why) {
    case 'self-developed':
      return { zh: `模型 ${name} 为自研${where}`, en: `model ${name} is self-developed${whereEn}` };
    case 'open-weights':
      return {
        zh: `模型 ${name} 为自部署开源权重${where}`,
        en: `model ${name} runs self-hosted open weights${whereEn}`,
      };
    case 'fine-tuning':
      return {
        zh: `模型 ${name} 声明了微调 ${model?.fine_tuning ?? ''}${where}`,
        en: `model ${name} declares fine-tuning ${model?.fine_tuning ?? ''}${whereEn}`,
      };
    case 'not-public':
      return { zh: '服务不面向公众', en: 'the service is not public-facing' };
    case 'no-public-opinion':
      return {
        zh: '无需备案或登记的理由写明服务不具有舆论属性或社会动员能力',
        en: 'the exempt reason states the service has no public-opinion attributes',
      };
    case 'third-party-api':
      return {
        zh: '服务面向公众并调用第三方模型',
        en: 'the service is public and calls third-party models',
      };
  }
}

const rule: Rule = {
  id: 'path/required',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('申报路径与实际情况不符', 'Declared path differs from the required path'),
  help: text(
    '自研模型、自部署开源权重或任何微调（微调、二次开发、优化）都须走**备案**；仅通过 API 调用已备案的第三方模型且不做任何改动，才可走**登记**；不面向公众、不具有舆论属性或社会动员能力的服务可声明 `exempt` 并说明理由。修正 `path:`，或移除导致备案要求的模型改动。',
    'Self-developed models, self-hosted open weights and any fine-tuning (fine-tuning, secondary development, optimisation) require **filing**; only calling a filed third-party model through its API, unchanged, allows **registration**; a service without public-opinion attributes may declare `exempt` with a reason. Fix `path:` or remove what requires filing.',
  ),
  source: text(
    '《生成式人工智能服务管理暂行办法》第十七条（安全评估与算法备案）；登记材料要求：登记仅适用于通过 API 调用已备案大模型且不做任何改动的服务，自研、对已备案模型微调、二次开发或优化、自部署开源权重都须走备案。',
    'Interim Measures for generative-AI services, art. 17 (security assessment and algorithm filing); the registration requirements: registration covers only services that call a filed model through its API unchanged; self-developed models, fine-tuning, secondary development or optimisation of a filed model, and self-hosted open weights take the filing path.',
  ),
  example: {
    file: 'compliance.yml',
    line: 3,
    column: 7,
    message: text(
      '声明的路径为登记（registration），但须走备案（filing）：模型 阿里云 通义千问 声明了微调 lora（第 14 行）',
      'Declared path is registration but filing is required: model 阿里云 通义千问 declares fine-tuning lora (line 14)',
    ),
  },
  check(context) {
    const { manifest } = context;
    const required = requiredPath(manifest);
    if (
      manifest.path === 'exempt'
        ? required.path === 'exempt'
        : PATH_ORDER[manifest.path] >= PATH_ORDER[required.path]
    ) {
      return [];
    }
    const reasons = required.reasons.map((r) => reasonText(manifest, r, context));
    const declared = PATH_NAMES[manifest.path];
    const needed = PATH_NAMES[required.path];
    return [
      {
        ...context.at('/path'),
        message: text(
          `声明的路径为${declared['zh-CN']}（${manifest.path}），但须走${needed['zh-CN']}（${required.path}）：${reasons.map((r) => r.zh).join('；')}`,
          `Declared path is ${declared.en} but ${needed.en} is required: ${reasons.map((r) => r.en).join('; ')}`,
        ),
        data: { declared: manifest.path, required: required.path },
      },
    ];
  },
};

export default rule;
