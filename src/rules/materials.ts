/** materials/*: the application materials exist inside the repository and carry valid identifiers. */
import { text } from '../finding.js';
import { MATERIAL_NAMES, REQUIRED_MATERIALS, TEST_ACCESS_DOCS } from '../data/paths.js';
import { CREDIT_CODE_ALPHABET, CREDIT_CODE_WEIGHTS } from '../data/number-formats.js';
import { fieldName } from '../manifest/positions.js';
import { readProblemText } from './support/read-problem-text.js';
import type { Draft, Rule, RuleContext } from './rule.js';

interface Required {
  pointer: string;
  name: { 'zh-CN': string; en: string };
}

function requiredMaterials({ manifest }: RuleContext): Required[] {
  if (manifest.path === 'exempt') return [];
  const list: Required[] = REQUIRED_MATERIALS[manifest.path].map((key) => ({
    pointer: `/materials/${key}`,
    name: MATERIAL_NAMES[key],
  }));
  (manifest.models ?? []).forEach((model, i) => {
    if (model.source === 'third-party') {
      list.push({
        pointer: `/models/${i}/agreement`,
        name: {
          'zh-CN': `与 ${model.provider} 的 API 协议或服务合同`,
          en: `API agreement or contract with ${model.provider}`,
        },
      });
    }
  });
  for (const [key, name] of Object.entries(TEST_ACCESS_DOCS))
    list.push({ pointer: `/test_access/${key}`, name });
  return list;
}

/** Pointers of declared material paths that this rule owns (others belong to their own rules). */
const OWNED = /^\/(materials\/[a-z_]+|models\/\d+\/agreement|test_access\/[a-z_]+)$/;

export const materialsMissing: Rule = {
  id: 'materials/missing',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('缺少申报材料', 'Required material missing'),
  help: text(
    '登记需要：营业执照复印件、法定代表人身份证明、联系人信息表、上线备案申请表、与模型提供方的 API 协议（每个第三方模型）、测试账号与接口说明；备案另需安全评估报告。每项材料须是仓库内存在的文件，在 `materials:`（或模型的 `agreement:`、`test_access:`）中写明路径。',
    "Registration needs the business licence, legal representative ID, contact form, application form, the API agreement with each third-party model provider, and test account and API notes; filing adds the security assessment. Each must be a file inside the repository, named under `materials:` (or the model's `agreement:`, `test_access:`).",
  ),
  source: text(
    '登记材料要求：营业执照复印件（加盖公章）、法定代表人身份证明、联系人信息表、《生成式人工智能调用已备案大模型上线备案表》、与模型提供方的调用协议（注明模型已备案、申请方有权调用）、测试账号与接口信息；备案另需安全评估报告（《生成式人工智能服务管理暂行办法》第十七条）。',
    'The registration requirements: business licence copy (stamped), legal representative ID, contact-person form, the application form for services calling a filed model, the calling agreement with the model provider (stating the model is filed and the applicant may call it), test account and API information; filing adds the security assessment report (Interim Measures, art. 17).',
  ),
  example: {
    file: 'compliance.yml',
    line: 22,
    column: 21,
    message: text(
      '文件不存在：compliance/materials/营业执照副本.pdf',
      'File not found: compliance/materials/营业执照副本.pdf',
    ),
  },
  check(context) {
    const { evidence, at } = context;
    const drafts: Draft[] = [];
    const reported = new Set<string>();
    for (const { pointer, name } of requiredMaterials(context)) {
      if (evidence.files.has(pointer)) continue;
      reported.add(pointer);
      drafts.push({
        ...at(pointer),
        message: text(
          `缺少${name['zh-CN']}（${fieldName(pointer)}）`,
          `Missing ${name.en} (${fieldName(pointer)})`,
        ),
      });
    }
    for (const [pointer, check] of evidence.files) {
      if (!OWNED.test(pointer) || reported.has(pointer)) continue;
      if (!check.ok) {
        drafts.push({ ...at(pointer), message: readProblemText(check.problem) });
      } else if (check.value.isDirectory) {
        drafts.push({
          ...at(pointer),
          message: text(
            `${check.value.rel} 是文件夹，应为材料文件`,
            `${check.value.rel} is a folder; a material must be a file`,
          ),
        });
      }
    }
    return drafts;
  },
};

/** GB 32100 check: 18 characters from the code alphabet, the last one a weighted mod-31 check. */
export function creditCodeProblem(code: string): { zh: string; en: string } | undefined {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) {
    return {
      zh: `应为 18 位，实际 ${value.length} 位`,
      en: `must be 18 characters, got ${value.length}`,
    };
  }
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const digit = CREDIT_CODE_ALPHABET.indexOf(value[i]!);
    if (digit === -1) {
      return {
        zh: `第 ${i + 1} 位字符 ${value[i]} 不允许（不得使用 I、O、Z、S、V）`,
        en: `character ${i + 1} (${value[i]}) is not allowed (no I, O, Z, S, V)`,
      };
    }
    if (i < 17) sum += digit * CREDIT_CODE_WEIGHTS[i]!;
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return {
      zh: '第 3-8 位应为行政区划码（数字）',
      en: 'characters 3-8 must be an administrative division code (digits)',
    };
  }
  const expected = CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
  if (value[17] !== expected) {
    return {
      zh: `校验码应为 ${expected}，实际为 ${value[17]}`,
      en: `check character should be ${expected}, not ${value[17]}`,
    };
  }
  return undefined;
}

export const materialsCreditCode: Rule = {
  id: 'materials/credit-code',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'V',
  title: text('统一社会信用代码无效', 'Invalid unified social credit code'),
  help: text(
    '统一社会信用代码为 18 位（GB 32100-2015），末位为校验码。照抄营业执照上的代码，并在 YAML 中加引号。',
    'The unified social credit code has 18 characters (GB 32100-2015), the last a check character. Copy it from the business licence and quote it in YAML.',
  ),
  source: text(
    'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》：18 位代码，第 3-8 位为登记管理机关行政区划码，末位为按加权模 31 计算的校验码。',
    'GB 32100-2015, the coding rules for the unified social credit code: 18 characters, characters 3-8 the administrative division code, the last a weighted mod-31 check character.',
  ),
  example: {
    file: 'compliance.yml',
    line: 7,
    column: 16,
    message: text(
      '统一社会信用代码 91330106MA2H4K7L38 无效：校验码应为 9，实际为 8',
      'Credit code 91330106MA2H4K7L38 is invalid: check character should be 9, not 8',
    ),
  },
  check({ manifest, at }) {
    const code = manifest.service.credit_code;
    if (code === undefined) return [];
    const problem = creditCodeProblem(code);
    if (!problem) return [];
    return [
      {
        ...at('/service/credit_code'),
        message: text(
          `统一社会信用代码 ${code} 无效：${problem.zh}`,
          `Credit code ${code} is invalid: ${problem.en}`,
        ),
      },
    ];
  },
};
