/** path/unfiled-model: every third-party model the service calls is filed. */
import { text } from '../../model/finding.js';
import type { Draft, Rule } from '../rule.js';

const rule: Rule = {
  id: 'path/unfiled-model',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'V',
  title: text('第三方模型未备案', 'Third-party model without a filing number'),
  help: text(
    '面向公众的服务只能调用已在境内备案的模型。为每个第三方模型填写 `filing_number`（可在网信办公布的备案清单中查到）；调用未备案模型（例如境外 API）的服务既不能登记也不能备案。',
    "A public service may only call models filed in China. Give every third-party model its `filing_number` (listed in the CAC's published filings); a service calling an unfiled model (a foreign API, say) can be neither registered nor filed.",
  ),
  source: text(
    '《生成式人工智能服务管理暂行办法》第十七条与网信办公布的生成式人工智能服务备案信息：面向境内公众的服务只能调用已备案的模型；调用未备案模型的服务既不能登记也不能备案。',
    "Interim Measures, art. 17, and the CAC's published list of filed generative-AI services: a public service in the PRC may only call filed models; one that calls an unfiled model can be neither registered nor filed.",
  ),
  example: {
    file: 'compliance.yml',
    line: 17,
    column: 20,
    message: text(
      '第三方模型 OpenAI GPT-4o 没有备案号；只能调用已备案的模型',
      'Third-party model OpenAI GPT-4o has no filing number; only filed models may be called',
    ),
  },
  check({ manifest, at }) {
    // Exempt drops the filing materials only; a public service still calls filed models alone.
    if (manifest.path === 'exempt' && !manifest.service.public_facing) return [];
    return (manifest.models ?? []).flatMap((model, i): Draft[] => {
      if (model.source !== 'third-party' || (model.filing_number ?? '').trim() !== '') return [];
      return [
        {
          ...at(`/models/${i}/filing_number`),
          message: text(
            `第三方模型 ${model.provider} ${model.name} 没有备案号；只能调用已备案的模型`,
            `Third-party model ${model.provider} ${model.name} has no filing number; only filed models may be called`,
          ),
        },
      ];
    });
  },
};

export default rule;
