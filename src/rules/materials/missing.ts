/** materials/missing: every required material is a file inside the repository. */
import { text } from '../../model/finding.js';
import { MATERIAL_NAMES, REQUIRED_MATERIALS, TEST_ACCESS_DOCS } from '../../data/paths.js';
import { fieldName } from '../../manifest/positions.js';
import { readProblemText } from '../support/read-problem-text.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

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

const rule: Rule = {
  id: 'materials/missing',
  stage: 'main',
  needs: [],
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

export default rule;
