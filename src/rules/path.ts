/** path/*: the declared path matches what the models and the audience require (DOMAIN.md §1). */
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
