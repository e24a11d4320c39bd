/** path/exempt-reason: a service declared exempt says why. */
import { text } from '../../model/finding.js';
import { statesNoPublicOpinion } from '../../data/exempt-grounds.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'path/exempt-reason',
  stage: 'main',
  needs: [],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('无需备案或登记，但未说明理由', 'Exempt path without a reason'),
  help: text(
    '声明 `path: exempt` 时须在 `exempt_reason` 中说明为何无需备案或登记，例如“仅供本企业员工内部使用，不向公众提供”，并设置 `service.public_facing: false`。面向公众（`public_facing: true`）的服务只有不具有舆论属性或社会动员能力时才无需备案或登记，理由须写明这一点及其依据。',
    'With `path: exempt`, say in `exempt_reason` why neither filing nor registration applies (e.g. internal use by employees only) and set `service.public_facing: false`. A service offered to the public (`public_facing: true`) is exempt only without public-opinion attributes or social-mobilisation capability: the reason must say so, and why.',
  ),
  source: text(
    '《生成式人工智能服务管理暂行办法》第二条：办法适用于向境内公众提供的服务，不向公众提供的研发、应用不适用；第十七条只要求具有舆论属性或社会动员能力的服务备案。不需要备案或登记时应写明理由，以便审计复核。',
    'Interim Measures, art. 2: they apply to services offered to the public in the PRC, not to research or use that is not offered to the public; art. 17 requires filing only of services with public-opinion attributes or social-mobilisation capability. When neither applies, the reason must be written down for audits.',
  ),
  example: {
    file: 'compliance.yml',
    line: 2,
    column: 7,
    message: text(
      '声明为无需备案或登记（exempt），但没有在 exempt_reason 中说明理由',
      'Declared exempt, but exempt_reason does not say why',
    ),
  },
  check({ manifest, at }) {
    if (manifest.path !== 'exempt') return [];
    const reason = (manifest.exempt_reason ?? '').trim();
    if (reason.length >= 4) {
      if (!manifest.service.public_facing || statesNoPublicOpinion(reason)) return [];
      return [
        {
          ...at('/exempt_reason'),
          message: text(
            `服务面向公众（public_facing: true）却声明为无需备案或登记，但 exempt_reason“${reason}”没有说明为何不具有舆论属性或社会动员能力`,
            `The service is public (public_facing: true) and declared exempt, but exempt_reason "${reason}" does not say why it has no public-opinion attributes or social-mobilisation capability`,
          ),
        },
      ];
    }
    return [
      {
        ...at(reason ? '/exempt_reason' : '/path'),
        message: text(
          '声明为无需备案或登记（exempt），但没有在 exempt_reason 中说明理由',
          'Declared exempt, but exempt_reason does not say why',
        ),
      },
    ];
  },
};

export default rule;
