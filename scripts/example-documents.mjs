// The text of the example documents, as outlines for scripts/document-builders.mjs. Shared by
// scripts/generate-documents.mjs (the committed examples) and the tests, which change one detail
// (a period, a step, a name) to turn a passing document into a failing one.

export const XIAOZHI = {
  service: '小智写作助手',
  entity: '杭州小智科技有限公司',
  code: '91330106MA2H4K7L39',
  representative: '王小智',
  address: '浙江省杭州市西湖区文三路 100 号 5 幢 501 室',
  scenario: '面向电商商家的商品标题与详情页文案生成，输入商品属性，输出标题、卖点与详情页文案',
  scope: '仅向完成实名认证的中国境内企业用户提供，通过网页端与开放接口使用',
  collected: '您的手机号码（用于实名认证）、您输入的商品信息与生成记录（用于向您展示历史记录）',
  model: {
    provider: '阿里云计算有限公司',
    name: '通义千问',
    filing: 'ZheJiang-TongYiQianWen-20230901',
  },
};

export const LINGXI = {
  service: '灵犀对话',
  entity: '北京灵犀智能科技有限公司',
  code: '91110108MA01CW9N24',
  representative: '陈灵犀',
  address: '北京市海淀区中关村大街 1 号 8 层',
  scenario: '面向公众的中文通用对话助手，提供知识问答、写作润色与学习辅导',
  scope: '面向中国境内完成手机号实名认证的个人用户，通过移动应用与网页提供',
  collected:
    '您的手机号码（用于实名认证）、您与灵犀对话的对话记录（用于向您展示历史对话和处理投诉举报）',
  onlineNumber: 'Beijing-LingXiDuiHua-202611200031',
};

export const DELETION_STEPS = [
  '登录后进入“设置”；',
  '点击“隐私与数据”；',
  '点击“删除我的数据”并确认。',
];

export function privacyOutline(
  o,
  { retention = '6个月', steps = DELETION_STEPS, deadline = '15个工作日' } = {},
) {
  return {
    title: `${o.service}隐私政策`,
    blocks: [
      { p: `运营者：${o.entity}（统一社会信用代码 ${o.code}）。` },
      { h: '一、我们收集的信息' },
      { p: `为提供服务，我们收集${o.collected}。` },
      { h: '二、保存期限' },
      {
        p: `您的个人信息保存期限为${retention}，期满后删除或匿名化处理。网络日志依法保存不少于六个月。`,
      },
      { h: '三、删除您的信息' },
      { ol: steps },
      { h: '四、联系我们' },
      { p: `如有疑问，请发送邮件至 privacy@example.cn，我们将在${deadline}内答复。` },
    ],
  };
}

export function termsOutline(o, { deadline = '15个工作日' } = {}) {
  return {
    title: `${o.service}用户服务协议`,
    blocks: [
      { p: `本协议由您与${o.entity}订立。` },
      { h: '一、使用规范' },
      { p: '您不得利用本服务生成、传播法律、行政法规禁止的内容，不得侵害他人合法权益。' },
      { h: '二、账号管理' },
      { p: '对违反本协议的账号，我们有权采取警示、限制功能、暂停或终止服务等措施。' },
      { h: '三、生成内容标识' },
      { p: '本服务生成的内容均标注“内容由人工智能生成”，文件中含隐式 AIGC 标识。' },
      { h: '四、投诉举报' },
      {
        p: `您可通过页面底部“投诉举报”入口或邮箱 report@example.cn 投诉举报，我们将在${deadline}内处理并反馈。`,
      },
    ],
  };
}

export function safetyOutline(o) {
  return {
    title: `${o.entity} 内容安全管理制度`,
    blocks: [
      { h: '一、运营规范' },
      {
        p: '本制度覆盖基础设施风险、服务风险与应用风险：模型调用链路的访问控制与日志留存（不少于六个月）、输入输出双向过滤、拦截关键词库每周更新。',
      },
      { h: '二、审核组织' },
      {
        p: '设内容安全组，配备专职审核员 4 名，负责人李安全。职责：人工复核机器拦截结果、处理用户举报、维护关键词库与测试题库。',
      },
      { p: '审核流程：机器过滤 → 人工复核 → 处置 → 记录。' },
      { h: '三、持续跟踪与审计' },
      { p: '每月开展风险评估，每季度开展合规审计，发现问题形成整改单并跟踪闭环。' },
    ],
  };
}

export function licenceOutline(o) {
  return {
    title: '营业执照（副本）复印件',
    blocks: [
      { p: `名称：${o.entity}` },
      { p: `统一社会信用代码：${o.code}` },
      { p: '类型：有限责任公司（自然人投资或控股）' },
      { p: `法定代表人：${o.representative}` },
      { p: `住所：${o.address}` },
      { p: '（原件扫描件加盖公章后存档于 compliance/materials/scans/，本文件为文字摘录。）' },
    ],
  };
}

export function representativeOutline(o) {
  return {
    title: '法定代表人身份证明书',
    blocks: [
      { p: `${o.representative} 同志，现任 ${o.entity} 执行董事，为本公司法定代表人。` },
      { p: '特此证明。' },
      { p: `${o.entity}（盖章）` },
    ],
  };
}

export function registrationFormOutline(o) {
  return {
    title: '生成式人工智能调用已备案大模型上线备案表',
    blocks: [
      { p: `服务名称：${o.service}` },
      { p: `服务提供者：${o.entity}` },
      { p: `统一社会信用代码：${o.code}` },
      { p: `调用模型：${o.model.name}（${o.model.provider}），备案号 ${o.model.filing}` },
      { p: `服务场景：${o.scenario}` },
      { p: `服务范围：${o.scope}` },
    ],
  };
}

export function filingFormOutline(o) {
  return {
    title: '生成式人工智能服务备案申请表',
    blocks: [
      { p: `服务名称：${o.service}` },
      { p: `服务提供者：${o.entity}` },
      { p: `统一社会信用代码：${o.code}` },
      { p: '模型：灵犀大模型（自研）' },
      { p: '算法备案编号：网信算备110108823483901230031号' },
      { p: `服务场景：${o.scenario}` },
      { p: `服务范围：${o.scope}` },
    ],
  };
}

export function agreementOutline(o) {
  return {
    title: '阿里云百炼大模型服务平台 API 服务协议（摘录）',
    blocks: [
      { p: `甲方：${o.entity}` },
      { p: `乙方：${o.model.provider}` },
      {
        p: `乙方提供的${o.model.name}大模型已完成生成式人工智能服务备案（备案号 ${o.model.filing}）。甲方有权在本协议有效期内通过 API 调用该模型，为其合法业务提供服务。`,
      },
      { p: '（双方盖章页存档于 compliance/contracts/scans/。）' },
    ],
  };
}

export function assessmentOutline(o) {
  return {
    title: `${o.service} 生成式人工智能服务安全评估报告`,
    blocks: [
      { p: `评估主体：${o.entity}` },
      { p: '评估依据：GB/T 45654-2025《网络安全技术 生成式人工智能服务安全基本要求》。' },
      { h: '一、语料安全评估' },
      { p: '训练语料来源、标注与过滤情况见附件。' },
      { h: '二、模型安全评估' },
      { p: '生成内容测试题库、应拒答与非拒答测试结果见附件。' },
      { h: '三、安全措施评估' },
      { p: '内容安全管理制度、投诉举报处理与未成年人保护措施的落实情况。' },
      { h: '四、评估结论' },
      { p: '各项安全要求均已满足。' },
    ],
  };
}

export function contactRows(o) {
  return [
    ['单位名称', o.entity],
    ['联系人', '李安全'],
    ['职务', '内容安全负责人'],
    ['职责', '负责生成式人工智能服务登记材料的准备与对接，内容安全事件的处置与报告'],
    ['联系电话', '0571-8800 0000'],
    ['电子邮箱', 'compliance@example.cn'],
  ];
}
