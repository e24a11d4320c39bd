/**
 * The domain notes, docs/domain.md (zh-CN) and docs/domain.en.md: which section is the basis of
 * each rule, and the tables generated into them from src/data/.
 */
import type { Bilingual, Lang } from '../model/finding.js';
import { text } from '../model/finding.js';
import { LEXICON_RISK_GROUPS, NON_REFUSAL_ASPECTS, RISK_GROUPS, RISKS } from '../data/risks.js';
import type { RuleMeta } from '../rules/rule.js';
import { groupedRules } from './readme.js';
import { SEVERITY_NAMES, STATUS_SHORT, ruleDocPath } from './rule-doc.js';

/** The domain notes in each language, relative to the repository root. */
export const DOMAIN_DOCS: Record<Lang, string> = {
  'zh-CN': 'docs/domain.md',
  en: 'docs/domain.en.md',
};

/** The sections rules link to; each is an `<a id="…">` anchor in both files. */
export const DOMAIN_SECTIONS = {
  status: text('依据强度与默认级别', 'How sure each requirement is'),
  texts: text('法规与标准', 'Governing texts'),
  path: text('应走哪条路径', 'Which path a service must take'),
  drift: text('守住申报路径', 'Staying on the declared path'),
  materials: text('登记材料', 'Materials for registration'),
  entity: text('主体材料与申请表', 'Entity documents and application form'),
  lexicon: text('拦截关键词库', 'Interception keyword lexicon'),
  'test-set': text('评估测试题集', 'Evaluation test set'),
  'safety-management': text('内容安全管理制度', 'Content-safety management system'),
  'privacy-policy': text('隐私政策', 'Privacy policy'),
  'service-agreement': text('用户服务协议', 'Service agreement'),
  'online-number': text('上线编号的展示', 'Displaying the online number'),
  risks: text('31 类安全风险', 'The 31 safety risks'),
  thresholds: text('两种阈值档位', 'Two threshold profiles'),
  numbers: text('编号格式', 'Number formats'),
} satisfies Record<string, Bilingual>;

export type DomainSection = keyof typeof DOMAIN_SECTIONS;

/** Rules whose basis differs from their group's. */
const RULE_SECTIONS: Record<string, DomainSection> = {
  'path/filing-number-format': 'numbers',
  'path/online-number': 'numbers',
  'materials/credit-code': 'numbers',
  'materials/entity-mismatch': 'entity',
  'materials/vague-scenario': 'entity',
  'lexicon/category-size': 'thresholds',
  'lexicon/total-size': 'thresholds',
  'testset/category-coverage': 'thresholds',
  'evaluate/should-refuse-rate': 'thresholds',
  'evaluate/over-refusal': 'thresholds',
  'evaluate/output-lexicon-hit': 'lexicon',
  'policy/agreement-terms': 'service-agreement',
  'policy/complaint-deadline': 'service-agreement',
  'policy/safety-management': 'safety-management',
};

const GROUP_SECTIONS: Record<string, DomainSection> = {
  path: 'path',
  materials: 'materials',
  lexicon: 'lexicon',
  testset: 'test-set',
  evaluate: 'test-set',
  drift: 'drift',
  policy: 'privacy-policy',
  display: 'online-number',
};

/** The section of the domain notes a rule rests on; manifest-format rules rest on `status`. */
export function ruleBasis(ruleId: string): DomainSection {
  return RULE_SECTIONS[ruleId] ?? GROUP_SECTIONS[ruleId.split('/')[0]!] ?? 'status';
}

/** A link from a rule's page (docs/rules/<group>/<name>.md) to its basis. */
export function ruleBasisLink(ruleId: string, lang: Lang): string {
  const section = ruleBasis(ruleId);
  const up = '../'.repeat(ruleId.split('/').length);
  const target = `${up}${DOMAIN_DOCS[lang].replace(/^docs\//, '')}#${section}`;
  const title = DOMAIN_SECTIONS[section][lang];
  return lang === 'zh-CN'
    ? `领域说明：[${title}](${target})。`
    : `Domain notes: [${title}](${target}).`;
}

const cell = (value: string) => value.replace(/\|/g, '\\|');

function risksTable(lang: Lang): string {
  const zh = lang === 'zh-CN';
  const lexicon = new Set(LEXICON_RISK_GROUPS);
  const lines = [
    zh
      ? '| ID | 类别 | 风险（标准原文） | 英文释义 | 属于 17 类 |'
      : '| id | group | risk (as the standard writes it) | gloss | one of the 17 |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const group of RISK_GROUPS) {
    for (const risk of RISKS.filter((candidate) => candidate.group === group.id)) {
      const seventeen = lexicon.has(group.id) ? (zh ? '是' : 'yes') : '';
      lines.push(
        `| \`${risk.id}\` | ${group.label} ${cell(zh ? group.zh : group.en)} | ${cell(risk.zh)} | ${cell(risk.en)} | ${seventeen} |`,
      );
    }
  }
  return lines.join('\n');
}

function aspectsLine(lang: Lang): string {
  const zh = lang === 'zh-CN';
  const names = NON_REFUSAL_ASPECTS.map((aspect) =>
    zh ? aspect.zh : `${aspect.zh} (${aspect.en})`,
  );
  return zh ? `${names.join('、')}。` : `${names.join(', ')}.`;
}

function basisTable(rules: readonly RuleMeta[], lang: Lang): string {
  const zh = lang === 'zh-CN';
  const lines = [
    zh ? '| 规则 | 默认级别 | 依据强度 | 依据章节 |' : '| rule | default | basis | section |',
    '| --- | --- | --- | --- |',
  ];
  for (const rule of groupedRules(rules)) {
    const section = ruleBasis(rule.id);
    const page = ruleDocPath(rule.id).replace(/^docs\//, '');
    lines.push(
      `| [\`${rule.id}\`](${page}) | ${SEVERITY_NAMES[rule.defaultSeverity][lang]} | ${STATUS_SHORT[rule.status][lang]} | [${DOMAIN_SECTIONS[section][lang]}](#${section}) |`,
    );
  }
  return lines.join('\n');
}

/** The generated sections of the domain notes (the profiles table is added by the caller). */
export function domainSections(rules: readonly RuleMeta[], lang: Lang): Record<string, string> {
  return {
    risks: risksTable(lang),
    aspects: aspectsLine(lang),
    basis: basisTable(rules, lang),
  };
}
