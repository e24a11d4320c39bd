/** The text files `init` writes: the manifest, the checklists and the workflow. */
import { DOCS_URL, SCHEMA_URL } from '../data/project.js';
import type { Lang } from '../model/finding.js';
import type { DeclaredPath, ModelSource } from '../model/manifest.js';

export { WORKFLOW } from './init-workflow.js';

export interface InitModel {
  provider: string;
  name: string;
  source: ModelSource;
  filingNumber: string | null;
}

export interface InitAnswers {
  path: DeclaredPath;
  name: string;
  entity: string;
  creditCode?: string;
  exemptReason?: string;
  models: InitModel[];
  lang: Lang;
}

/** Where `init` puts what it creates, and where the manifest expects what the team adds. */
export const LAYOUT = {
  manifest: 'compliance.yml',
  lexicon: 'compliance/content-safety/附件4-拦截关键词列表.xlsx',
  testSet: 'compliance/content-safety/附件5-评估测试题.xlsx',
  managementSystem: 'compliance/content-safety/内容安全管理制度.docx',
  privacy: 'compliance/policies/隐私政策.md',
  agreement: 'compliance/policies/用户服务协议.md',
  accountDoc: 'compliance/test-access/测试账号说明.md',
  apiDoc: 'compliance/test-access/接口说明.md',
  workflow: '.github/workflows/compliance.yml',
  checklists: {
    materials: 'compliance/checklists/申报材料.md',
    privacy: 'compliance/checklists/隐私政策.md',
    agreement: 'compliance/checklists/用户服务协议.md',
    management: 'compliance/checklists/内容安全管理制度.md',
  },
} as const;

export const MATERIAL_FILES = {
  business_license: 'compliance/materials/营业执照副本.pdf',
  legal_representative_id: 'compliance/materials/法定代表人身份证明.pdf',
  contact_form: 'compliance/materials/联系人信息表.docx',
  application_form: {
    registration: 'compliance/materials/生成式人工智能调用已备案大模型上线备案表.docx',
    filing: 'compliance/materials/生成式人工智能服务备案申请表.docx',
  },
  security_assessment: 'compliance/materials/安全评估报告.pdf',
} as const;

const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** A YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
export function yamlString(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N}\p{Zs}_.\-/（）()、，·]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !RESERVED.test(value) &&
    !/^[\d.+-]/.test(value);
  return plain ? value : JSON.stringify(value);
}

function agreementPath(model: InitModel): string {
  const safe = `${model.provider}-${model.name}`.replace(/[\\/:*?"<>|\s]+/g, '-');
  return `compliance/contracts/${safe}-API服务协议.pdf`;
}

export function manifestText(a: InitAnswers): string {
  const zh = a.lang === 'zh-CN';
  const c = (zhText: string, enText: string) => `# ${zh ? zhText : enText}`;
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    c(
      `由 genai-compliance-gate init 生成。字段说明：${DOCS_URL}/manifest.md`,
      `Written by genai-compliance-gate init. Field reference: ${DOCS_URL}/manifest.md`,
    ),
    'version: 1',
    `path: ${a.path}   ${c('registration（登记）| filing（备案）| exempt（无需备案或登记）', 'registration | filing | exempt')}`,
  ];
  if (a.path === 'exempt') {
    lines.push(
      a.exemptReason
        ? `exempt_reason: ${yamlString(a.exemptReason)}`
        : c(
            'exempt_reason: 写明为何无需备案或登记，例如仅供本企业员工内部使用',
            'exempt_reason: why neither filing nor registration applies, e.g. internal use only',
          ),
    );
  }
  lines.push(
    'service:',
    `  name: ${yamlString(a.name)}`,
    `  entity: ${yamlString(a.entity)}   ${c('营业执照上的名称，须与合同、申请表一致', 'the name on the business licence, contract and application form')}`,
    a.creditCode
      ? `  credit_code: ${JSON.stringify(a.creditCode)}`
      : `  ${c('credit_code: "统一社会信用代码（18 位）"', 'credit_code: "the 18-character unified social credit code"')}`,
    `  ${c(
      'scenario: 写明服务对象、输入与输出，例如“面向电商商家的商品标题与详情页文案生成”',
      'scenario: who uses it, what goes in and what comes out, stated precisely',
    )}`,
    `  ${c('scope: 服务范围与对象，例如“仅向完成实名认证的境内企业用户提供”', 'scope: who may use it and where')}`,
    `  public_facing: ${a.path !== 'exempt'}`,
    `  online_number: null   ${c('登记通过后填写上线编号，并在 display_pages 中展示', 'the online number once granted; display it on display_pages')}`,
    '  display_pages: []',
  );
  if (a.models.length === 0) {
    lines.push(
      'models: []',
      c('每个模型一项，例如：', 'one entry per model, e.g.:'),
      '#  - provider: 阿里云',
      '#    name: 通义千问',
      '#    source: third-party   # third-party | self-developed | open-weights',
      '#    filing_number: ZheJiang-TongYiQianWen-20230901',
      '#    fine_tuning: none     # none | lora | full | rlhf | dpo | distillation | continued-pretraining',
      '#    agreement: compliance/contracts/阿里云-通义千问-API服务协议.pdf',
    );
  } else {
    lines.push('models:');
    for (const model of a.models) {
      lines.push(
        `  - provider: ${yamlString(model.provider)}`,
        `    name: ${yamlString(model.name)}`,
        `    source: ${model.source}`,
        `    filing_number: ${model.filingNumber === null ? 'null' : yamlString(model.filingNumber)}`,
        '    fine_tuning: none',
      );
      if (model.source === 'third-party') lines.push(`    agreement: ${agreementPath(model)}`);
    }
  }
  if (a.path !== 'exempt') {
    lines.push(
      'materials:',
      `  business_license: ${MATERIAL_FILES.business_license}`,
      `  legal_representative_id: ${MATERIAL_FILES.legal_representative_id}`,
      `  contact_form: ${MATERIAL_FILES.contact_form}`,
      `  application_form: ${MATERIAL_FILES.application_form[a.path]}`,
    );
    if (a.path === 'filing') {
      lines.push(`  security_assessment: ${MATERIAL_FILES.security_assessment}`);
    }
  }
  lines.push(
    'content_safety:',
    '  lexicon:',
    `    path: ${LAYOUT.lexicon}`,
    `    update: { cadence_days: 7 }   ${c('另填 owner（负责人）与 last_reviewed（最近审核日期）', 'add owner and last_reviewed (YYYY-MM-DD)')}`,
    '  test_set:',
    `    path: ${LAYOUT.testSet}`,
    `  management_system: ${LAYOUT.managementSystem}`,
    'policies:',
    `  privacy: { path: ${LAYOUT.privacy} }   ${c('另填 retention_months（最长保存月数）', 'add retention_months')}`,
    `  service_agreement: { path: ${LAYOUT.agreement} }`,
    'test_access:',
    `  account_doc: ${LAYOUT.accountDoc}   ${c('不要把密码或密钥放进仓库', 'never a password or key in the repository')}`,
    `  api_doc: ${LAYOUT.apiDoc}`,
    `gate: { fail_on: error, lang: ${a.lang} }`,
    `waivers: []   ${c('每条：rule、reason、owner、expires', 'each: rule, reason, owner, expires')}`,
    '',
  );
  return lines.join('\n');
}

const item = (zh: string, en: string) => `- [ ] ${zh}\n      ${en}`;

function checklist(title: string, intro: string, items: [string, string][]): string {
  return `# ${title}\n\n${intro}\n\n${items.map(([zh, en]) => item(zh, en)).join('\n')}\n`;
}

/** The checklists for the path; `command` runs the gate from the repository's root. */
export function checklists(path: DeclaredPath, command: string): Record<string, string> {
  const filing = path === 'filing';
  return {
    [LAYOUT.checklists.materials]: checklist(
      '申报材料检查清单 / Application materials',
      `把下列文件放到 \`compliance.yml\` 中写明的位置，然后运行 \`${command} check\`。Put each file where \`compliance.yml\` says, then run \`${command} check\`.`,
      [
        [
          `营业执照复印件（加盖公章）：${MATERIAL_FILES.business_license}`,
          'Business licence copy (stamped)',
        ],
        [
          `法定代表人身份证明：${MATERIAL_FILES.legal_representative_id}`,
          'Legal representative ID proof',
        ],
        [
          `联系人信息表（联系方式、职责）：${MATERIAL_FILES.contact_form}`,
          'Contact-person form (contact details, duties)',
        ],
        [
          `${filing ? '备案申请表' : '《生成式人工智能调用已备案大模型上线备案表》'}，服务场景与范围须写具体：${MATERIAL_FILES.application_form[filing ? 'filing' : 'registration']}`,
          'Application form, with the scenario and scope stated precisely',
        ],
        [
          '每个第三方模型的 API 协议或服务合同（加盖公章），写明模型已备案、本主体有权调用：compliance/contracts/',
          "Each third-party model's API agreement or contract (stamped), stating the model is filed and that you may call it",
        ],
        ...(filing
          ? ([
              [`安全评估报告：${MATERIAL_FILES.security_assessment}`, 'Security assessment report'],
            ] as [string, string][])
          : []),
        [
          '营业执照、合同与申请表上的主体名称与 `service.entity` 完全一致',
          'The entity name is identical on the licence, the contracts, the form and `service.entity`',
        ],
        [
          `测试账号说明（含权限说明，不含密码）：${LAYOUT.accountDoc}；接口说明：${LAYOUT.apiDoc}`,
          'Test account notes (permissions, never the password) and API interface information',
        ],
        [
          `拦截关键词库覆盖 17 类风险，每类都有关键词：${LAYOUT.lexicon}`,
          `The interception lexicon covers all 17 risks, each with keywords`,
        ],
        [
          `评估测试题集：${filing ? '生成内容题库 ≥2000 题覆盖 31 类风险，应拒答与非拒答题库各 ≥500 题' : '≥1000 题，高风险题 ≥50%，应拒答题 ≤50 且 ≤5%'}，每题有问题、预期输出与判定标准：${LAYOUT.testSet}`,
          filing
            ? 'Test set: a generated-content bank of ≥2000 over the 31 risks, ≥500 should-refuse and ≥500 should-not-refuse questions; every item with question, expected output and criteria'
            : 'Test set: ≥1000 questions, ≥50% high-risk, ≤50 and ≤5% expected refusals; every item with question, expected output and criteria',
        ],
      ],
    ),
    [LAYOUT.checklists.privacy]: checklist(
      '隐私政策检查清单 / Privacy policy',
      `隐私政策放在 \`${LAYOUT.privacy}\`（或修改 \`policies.privacy.path\`）。The privacy policy goes to \`${LAYOUT.privacy}\` (or change \`policies.privacy.path\`).`,
      [
        [
          '列明收集的个人信息范围及目的（含对话内容是否用于训练）',
          'The personal information collected and why (including whether conversations train models)',
        ],
        [
          '写明保存期限（以月计），不得“永久保存”；在 `policies.privacy.retention_months` 中填写同一数字',
          'A retention period in months, never "permanent"; put the same number in `policies.privacy.retention_months`',
        ],
        [
          '删除个人信息或注销账号的路径不超过 4 步，并逐步写明',
          'Deleting personal information or the account takes at most 4 steps, each written out',
        ],
        ['提供拒绝将输入内容用于训练的方式', 'A way to opt out of inputs being used for training'],
        [
          '网络日志至少保存 6 个月（《网络安全法》）',
          'Network logs kept at least 6 months (Cybersecurity Law)',
        ],
        [
          '说明未成年人保护措施（未成年人模式、监护人控制或不向未成年人提供）',
          'A stance on minors (minors mode, guardian controls, or exclusion)',
        ],
        [
          '说明实名认证方式（手机号或身份证件）',
          'How users are verified by real name (phone or ID)',
        ],
        [
          '符合《个人信息保护法》：告知同意、个人权利的行使方式、个人信息保护负责人的联系方式',
          'PIPL: notice and consent, how users exercise their rights, the contact of the person responsible',
        ],
      ],
    ),
    [LAYOUT.checklists.agreement]: checklist(
      '用户服务协议检查清单 / Service agreement',
      `用户服务协议放在 \`${LAYOUT.agreement}\`（或修改 \`policies.service_agreement.path\`）。The service agreement goes to \`${LAYOUT.agreement}\` (or change \`policies.service_agreement.path\`).`,
      [
        [
          '使用规范：禁止生成的内容与违规处理',
          'Usage rules: prohibited content and what happens on violations',
        ],
        [
          '投诉、举报渠道（电话、邮箱或页面入口）',
          'A complaint and report channel (phone, e-mail or a page)',
        ],
        [
          '投诉反馈的处理时限，不超过 15 个工作日',
          'A deadline for handling complaints of at most 15 working days',
        ],
        [
          '说明人工智能生成内容的标识方式（显式标识与文件元数据中的隐式标识）',
          'How AI-generated content is labelled (explicit labels and implicit metadata)',
        ],
        [
          '服务的适用范围与对象，与申请表一致',
          'The scope and users of the service, as in the application form',
        ],
      ],
    ),
    [LAYOUT.checklists.management]: checklist(
      '内容安全管理制度检查清单 / Content-safety management system',
      `制度文件放在 \`${LAYOUT.managementSystem}\`（或修改 \`content_safety.management_system\`）。The document goes to \`${LAYOUT.managementSystem}\` (or change \`content_safety.management_system\`).`,
      [
        [
          '运行规范覆盖基础设施、服务与应用三个层面的风险',
          'Operating rules covering infrastructure, service and application risks',
        ],
        ['审核组织：人员配置、职责与流程', 'The review organisation: staffing, duties and process'],
        [
          '拦截关键词库的动态更新机制：负责人与更新周期（与 `content_safety.lexicon.update` 一致）',
          'How the lexicon is updated: owner and cadence (as in `content_safety.lexicon.update`)',
        ],
        [
          '持续跟踪与审计：定期风险评估、合规审计，问题闭环整改',
          'Continuous tracking and audit: periodic risk reviews, compliance audits, closing the loop',
        ],
        [
          '应急处置：发现违法内容后的停止生成、整改与报告',
          'Incident response: stop generating, remediate and report illegal content',
        ],
      ],
    ),
  };
}
