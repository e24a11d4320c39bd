/**
 * The 31 safety risks of Appendix A of TC260-003-2024 and GB/T 45654-2025 (docs/domain.md#risks, V),
 * with the loose names real lexicon and test-set files use for them. Data only: the resolver
 * lives in src/evidence/risk-names.ts.
 */

export type RiskGroupId = 'A1' | 'A2' | 'A3' | 'A4' | 'A5';

export interface RiskGroup {
  id: RiskGroupId;
  /** As written in the standard and in 一级分类 columns: A.1 .. A.5. */
  label: string;
  zh: string;
  en: string;
  /** Other names 一级分类 columns use. */
  aliases: readonly string[];
}

export interface Risk {
  /** Stable id: A1a .. A5b. */
  id: string;
  group: RiskGroupId;
  zh: string;
  en: string;
  /** Short forms and variants seen in real files (侵害/侵犯 and a trailing 内容 are handled by the resolver). */
  aliases: readonly string[];
}

export const RISK_GROUPS: readonly RiskGroup[] = [
  {
    id: 'A1',
    label: 'A.1',
    zh: '违反社会主义核心价值观的内容',
    en: 'content violating the core socialist values',
    // JADE 核心价值观 / 违法犯罪, CHiSafetyBench 违反社会核心价值观内容 / 违背价值观.
    aliases: [
      '违反社会主义核心价值观',
      '违背社会主义核心价值观',
      '违反社会核心价值观',
      '核心价值观',
      '违背价值观',
      '违反核心价值观',
      '违法犯罪',
      '违法违规',
    ],
  },
  {
    id: 'A2',
    label: 'A.2',
    zh: '歧视性内容',
    en: 'discriminatory content',
    // JADE 歧视偏见, Flames Fairness.
    aliases: ['歧视', '歧视性', '包含歧视性内容', '歧视偏见', '偏见歧视', 'fairness', 'bias'],
  },
  {
    id: 'A3',
    label: 'A.3',
    zh: '商业违法违规',
    en: 'commercial violations',
    aliases: ['商业违法违规行为', '商业违法违规风险'],
  },
  {
    id: 'A4',
    label: 'A.4',
    zh: '侵犯他人合法权益',
    en: 'infringing the lawful rights of others',
    // JADE 侵犯权益.
    aliases: ['侵犯合法权益', '侵害他人合法权益', '侵犯权益', '侵犯个人权益', '个人权益'],
  },
  {
    id: 'A5',
    label: 'A.5',
    zh: '无法满足特定服务类型的安全需求',
    en: 'failing the safety needs of specific service types',
    aliases: ['特定服务类型的安全需求', '不能满足特定服务类型的安全需求'],
  },
];

export const RISKS: readonly Risk[] = [
  {
    id: 'A1a',
    group: 'A1',
    zh: '煽动颠覆国家政权、推翻社会主义制度',
    en: 'inciting subversion of state power',
    aliases: ['煽动颠覆国家政权', '颠覆国家政权', '推翻社会主义制度'],
  },
  {
    id: 'A1b',
    group: 'A1',
    zh: '危害国家安全和利益、损害国家形象',
    en: 'endangering national security, harming national image',
    aliases: [
      '危害国家安全和利益',
      '危害国家安全',
      '损害国家形象',
      '国家安全',
      '危害国家利益',
      '国家利益',
      '国家形象',
    ],
  },
  {
    id: 'A1c',
    group: 'A1',
    zh: '煽动分裂国家、破坏国家统一和社会稳定',
    en: 'inciting secession, undermining unity and stability',
    aliases: ['煽动分裂国家', '分裂国家', '破坏国家统一和社会稳定', '破坏国家统一'],
  },
  {
    id: 'A1d',
    group: 'A1',
    zh: '宣扬恐怖主义、极端主义',
    en: 'terrorism, extremism',
    aliases: ['恐怖主义、极端主义', '恐怖主义', '极端主义', '暴恐'],
  },
  {
    id: 'A1e',
    group: 'A1',
    zh: '宣扬民族仇恨',
    en: 'ethnic hatred',
    aliases: ['民族仇恨'],
  },
  {
    id: 'A1f',
    group: 'A1',
    zh: '宣扬暴力、淫秽色情',
    en: 'violence, obscenity',
    aliases: ['暴力、淫秽色情', '暴力色情', '淫秽色情', '暴力', '色情'],
  },
  {
    id: 'A1g',
    group: 'A1',
    zh: '传播虚假有害信息',
    en: 'false and harmful information',
    aliases: ['虚假有害信息', '虚假信息'],
  },
  {
    id: 'A1h',
    group: 'A1',
    zh: '其他法律、行政法规禁止的内容',
    en: 'other prohibited content',
    aliases: ['其他法律行政法规禁止的内容', '法律、行政法规禁止的内容', '其他违法内容'],
  },
  {
    id: 'A2a',
    group: 'A2',
    zh: '民族歧视',
    en: 'ethnic discrimination',
    aliases: [],
  },
  {
    id: 'A2b',
    group: 'A2',
    zh: '信仰歧视',
    en: 'belief discrimination',
    aliases: ['宗教歧视', '宗教信仰歧视'],
  },
  {
    id: 'A2c',
    group: 'A2',
    zh: '国别歧视',
    en: 'nationality discrimination',
    aliases: ['国籍歧视'],
  },
  {
    id: 'A2d',
    group: 'A2',
    zh: '地域歧视',
    en: 'regional discrimination',
    aliases: [],
  },
  {
    id: 'A2e',
    group: 'A2',
    zh: '性别歧视',
    en: 'gender discrimination',
    aliases: [],
  },
  {
    id: 'A2f',
    group: 'A2',
    zh: '年龄歧视',
    en: 'age discrimination',
    aliases: [],
  },
  {
    id: 'A2g',
    group: 'A2',
    zh: '职业歧视',
    en: 'occupation discrimination',
    aliases: [],
  },
  {
    id: 'A2h',
    group: 'A2',
    zh: '健康歧视',
    en: 'health discrimination',
    aliases: [],
  },
  {
    id: 'A2i',
    group: 'A2',
    zh: '其他方面歧视',
    en: 'other discrimination',
    aliases: ['其他歧视', 'bias and discrimination'],
  },
  {
    id: 'A3a',
    group: 'A3',
    zh: '侵犯他人知识产权',
    en: 'IP infringement',
    aliases: ['侵犯知识产权', '知识产权'],
  },
  {
    id: 'A3b',
    group: 'A3',
    zh: '违反商业道德',
    en: 'business ethics',
    aliases: ['商业道德'],
  },
  {
    id: 'A3c',
    group: 'A3',
    zh: '泄露他人商业秘密',
    en: 'trade secrets',
    aliases: ['泄露商业秘密', '商业秘密'],
  },
  {
    id: 'A3d',
    group: 'A3',
    zh: '利用算法、数据、平台等优势实施垄断和不正当竞争',
    en: 'monopoly, unfair competition',
    aliases: ['垄断和不正当竞争', '实施垄断和不正当竞争', '垄断', '不正当竞争'],
  },
  {
    id: 'A3e',
    group: 'A3',
    zh: '其他商业违法违规行为',
    en: 'other commercial violations',
    aliases: ['其他商业违法违规'],
  },
  {
    id: 'A4a',
    group: 'A4',
    zh: '危害他人身心健康',
    en: 'physical / mental health',
    aliases: ['危害身心健康', '身心健康'],
  },
  {
    id: 'A4b',
    group: 'A4',
    zh: '侵害他人肖像权',
    en: 'portrait rights',
    aliases: ['侵害肖像权', '肖像权'],
  },
  {
    id: 'A4c',
    group: 'A4',
    zh: '侵害他人名誉权',
    en: 'reputation rights',
    aliases: ['侵害名誉权', '名誉权'],
  },
  {
    id: 'A4d',
    group: 'A4',
    zh: '侵害他人荣誉权',
    en: 'honour rights',
    aliases: ['侵害荣誉权', '荣誉权'],
  },
  {
    id: 'A4e',
    group: 'A4',
    zh: '侵害他人隐私权',
    en: 'privacy rights',
    aliases: ['侵害隐私权', '隐私权', '隐私', 'privacy'],
  },
  {
    id: 'A4f',
    group: 'A4',
    zh: '侵害他人个人信息权益',
    en: 'personal information rights',
    aliases: [
      '侵害个人信息权益',
      '个人信息权益',
      '个人信息',
      'data protection',
      'personal information',
    ],
  },
  {
    id: 'A4g',
    group: 'A4',
    zh: '侵犯他人其他合法权益',
    en: 'other lawful rights',
    aliases: ['侵犯其他合法权益', '其他合法权益'],
  },
  {
    id: 'A5a',
    group: 'A5',
    zh: '内容不准确，严重不符合科学常识或主流认知',
    en: 'inaccurate content (high-stakes services)',
    aliases: ['内容不准确', '严重不符合科学常识或主流认知'],
  },
  {
    id: 'A5b',
    group: 'A5',
    zh: '内容不可靠，无法对使用者形成帮助',
    en: 'unreliable content',
    aliases: ['内容不可靠', '无法对使用者形成帮助'],
  },
];

/** "17 categories" of the registration article: A.1 (8) + A.2 (9). */
export const LEXICON_RISK_GROUPS: readonly RiskGroupId[] = ['A1', 'A2'];

/** The 13 aspects of the should-not-refuse bank (GB/T 45654, V). */
export const NON_REFUSAL_ASPECTS: readonly { id: string; zh: string; en: string }[] = [
  { id: 'system', zh: '制度', en: 'system' },
  { id: 'belief', zh: '信仰', en: 'belief' },
  { id: 'image', zh: '形象', en: 'image' },
  { id: 'culture', zh: '文化', en: 'culture' },
  { id: 'custom', zh: '习俗', en: 'customs' },
  { id: 'ethnicity', zh: '民族', en: 'ethnicity' },
  { id: 'geography', zh: '地理', en: 'geography' },
  { id: 'history', zh: '历史', en: 'history' },
  { id: 'heroes', zh: '英烈', en: 'heroes and martyrs' },
  { id: 'gender', zh: '性别', en: 'gender' },
  { id: 'age', zh: '年龄', en: 'age' },
  { id: 'occupation', zh: '职业', en: 'occupation' },
  { id: 'health', zh: '健康', en: 'health' },
];

export const RISK_BY_ID: ReadonlyMap<string, Risk> = new Map(RISKS.map((risk) => [risk.id, risk]));

export function risksOf(groups: readonly RiskGroupId[]): Risk[] {
  return RISKS.filter((risk) => groups.includes(risk.group));
}
