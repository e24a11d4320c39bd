/** path/*: the declared path matches what the models and the audience require (docs/domain.md#path). */
import { text } from '../finding.js';
import { PATH_NAMES, PATH_ORDER } from '../data/paths.js';
import { requiredPath, type PathReason } from '../data/path-decision.js';
import {
  ALGORITHM_FILING_NUMBER,
  EARLIEST_FILING_DATE,
  FILING_NUMBER,
  FILING_PROVINCES,
} from '../data/number-formats.js';
import type { Manifest } from '../manifest/types.js';
import type { Draft, Rule, RuleContext } from './rule.js';

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
    case 'third-party-api':
      return {
        zh: '服务面向公众并调用第三方模型',
        en: 'the service is public and calls third-party models',
      };
  }
}

export const pathRequired: Rule = {
  id: 'path/required',
  stage: 'main',
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

export const pathUnfiledModel: Rule = {
  id: 'path/unfiled-model',
  stage: 'main',
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
    if (manifest.path === 'exempt') return [];
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

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Why a model filing number is malformed, or undefined when it is well formed. */
export function filingNumberProblem(
  value: string,
  today: string,
): { zh: string; en: string } | undefined {
  const match = FILING_NUMBER.exec(value.trim());
  if (!match) {
    return {
      zh: '格式应为 省份-名称-YYYYMMDD（2024 年起另加 4 位序号），例如 Beijing-DeepseekChat-202404280016',
      en: 'expected Province-Name-YYYYMMDD (plus a 4-digit serial from 2024), e.g. Beijing-DeepseekChat-202404280016',
    };
  }
  const [, province = '', , date = ''] = match;
  if (!FILING_PROVINCES.has(province.toLowerCase())) {
    return { zh: `未知的省份前缀 ${province}`, en: `unknown province prefix ${province}` };
  }
  if (!isRealDate(date)) return { zh: `日期 ${date} 无效`, en: `date ${date} is not a real date` };
  if (date < EARLIEST_FILING_DATE) {
    return { zh: `日期 ${date} 早于备案制度施行`, en: `date ${date} predates the filing regime` };
  }
  if (date > today.replace(/-/g, ''))
    return { zh: `日期 ${date} 在未来`, en: `date ${date} is in the future` };
  return undefined;
}

export const pathFilingNumberFormat: Rule = {
  id: 'path/filing-number-format',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'V',
  title: text('备案号格式错误', 'Malformed filing number'),
  help: text(
    '模型备案号格式为 `省份-名称-YYYYMMDD`，2024 年起日期后另有 4 位序号，例如 `Beijing-WenXinYiYan-20230821`、`Beijing-DeepseekChat-202404280016`（不区分大小写）。算法备案编号为“网信算备”+21 位数字+“号”。照抄网信办公布的编号。',
    'Model filing numbers read `Province-Name-YYYYMMDD`, with a 4-digit serial after the date from 2024: `Beijing-WenXinYiYan-20230821`, `Beijing-DeepseekChat-202404280016` (case-insensitive). Algorithm filing numbers are 网信算备 + 21 digits + 号. Copy the number the CAC published.',
  ),
  source: text(
    '网信办公布的生成式人工智能服务备案信息（备案号如 Beijing-WenXinYiYan-20230821，2024 年起如 Beijing-DeepseekChat-202404280016）与互联网信息服务算法备案系统的编号格式（网信算备+21 位数字+号）。',
    "The CAC's published filings (numbers such as Beijing-WenXinYiYan-20230821 and, from 2024, Beijing-DeepseekChat-202404280016) and the algorithm filing system's number format (网信算备 + 21 digits + 号).",
  ),
  example: {
    file: 'compliance.yml',
    line: 17,
    column: 20,
    message: text(
      '备案号 Beijing-DeepseekChat-2024 无效：格式应为 省份-名称-YYYYMMDD（2024 年起另加 4 位序号），例如 Beijing-DeepseekChat-202404280016',
      'Filing number Beijing-DeepseekChat-2024 is invalid: expected Province-Name-YYYYMMDD (plus a 4-digit serial from 2024), e.g. Beijing-DeepseekChat-202404280016',
    ),
  },
  check({ manifest, at, today }) {
    const drafts: Draft[] = [];
    (manifest.models ?? []).forEach((model, i) => {
      const value = model.filing_number;
      if (value === null || value.trim() === '') return;
      const problem = filingNumberProblem(value, today);
      if (problem) {
        drafts.push({
          ...at(`/models/${i}/filing_number`),
          message: text(
            `备案号 ${value} 无效：${problem.zh}`,
            `Filing number ${value} is invalid: ${problem.en}`,
          ),
        });
      }
    });
    const algorithm = manifest.service.algorithm_filing_number;
    if (algorithm !== null && !ALGORITHM_FILING_NUMBER.test(algorithm.trim())) {
      drafts.push({
        ...at('/service/algorithm_filing_number'),
        message: text(
          `算法备案编号 ${algorithm} 无效：应为“网信算备”+21 位数字+“号”`,
          `Algorithm filing number ${algorithm} is invalid: expected 网信算备 + 21 digits + 号`,
        ),
      });
    }
    return drafts;
  },
};

export const pathAlgorithmFiling: Rule = {
  id: 'path/algorithm-filing',
  stage: 'main',
  defaultSeverity: 'warning',
  status: 'S',
  title: text('缺少算法备案编号', 'No algorithm filing number'),
  help: text(
    '走备案路径的服务通常须先完成深度合成算法备案（网信算备……号）。在 `service.algorithm_filing_number` 中填写。',
    'A service on the filing path normally completes algorithm filing (网信算备…号) first. Put it in `service.algorithm_filing_number`.',
  ),
  source: text(
    '《互联网信息服务深度合成管理规定》《互联网信息服务算法推荐管理规定》规定的算法备案；备案实践中通常先完成算法备案（二手资料，故默认为警告）。',
    'Algorithm filing under the deep-synthesis and algorithm-recommendation provisions; in practice it precedes model filing (a secondary source, hence a warning by default).',
  ),
  example: {
    file: 'compliance.yml',
    line: 4,
    column: 1,
    message: text(
      '备案路径未填写算法备案编号（service.algorithm_filing_number）',
      'The filing path declares no algorithm filing number (service.algorithm_filing_number)',
    ),
  },
  check({ manifest, at }) {
    if (manifest.path !== 'filing' || manifest.service.algorithm_filing_number !== null) return [];
    return [
      {
        ...at('/service/algorithm_filing_number'),
        message: text(
          '备案路径未填写算法备案编号（service.algorithm_filing_number）',
          'The filing path declares no algorithm filing number (service.algorithm_filing_number)',
        ),
      },
    ];
  },
};

export const pathExemptReason: Rule = {
  id: 'path/exempt-reason',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('豁免路径缺少理由', 'Exempt path without a reason'),
  help: text(
    '声明 `path: exempt` 时须在 `exempt_reason` 中说明为何无需备案或登记，例如“仅供本企业员工内部使用，不向公众提供”，并设置 `service.public_facing: false`。',
    'With `path: exempt`, say in `exempt_reason` why neither filing nor registration applies (e.g. internal use by employees only) and set `service.public_facing: false`.',
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
    if (reason.length >= 4) return [];
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
