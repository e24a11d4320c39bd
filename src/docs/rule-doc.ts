/**
 * What the docs say about one rule, built only from the rule's own metadata, so the pages, the
 * README table and `explain` cannot drift from the code.
 */
import type { Bilingual, Lang, Severity } from '../model/finding.js';
import { text } from '../model/finding.js';
import { ruleHelpUri } from '../data/project.js';
import { labels } from '../i18n/labels.js';
import type { RuleMeta, SourceStatus } from '../rules/rule.js';
import { isWaivable } from '../rules/support/waiver-status.js';

export const SEVERITY_NAMES: Record<Severity, Bilingual> = {
  error: text(labels('zh-CN').severity.error, labels('en').severity.error),
  warning: text(labels('zh-CN').severity.warning, labels('en').severity.warning),
  note: text(labels('zh-CN').severity.note, labels('en').severity.note),
};

export const STATUS_NAMES: Record<SourceStatus, Bilingual> = {
  seed: text('seed：登记材料要求原文', 'seed: the registration requirements'),
  V: text('V：已在公开标准或多个独立来源中核实', 'V: verified in the standard or several sources'),
  S: text('S：单一二手来源或一致的审核实践', "S: one secondary source or reviewers' practice"),
  U: text('U：未经核实', 'U: unverified'),
  structural: text('清单格式约定', 'manifest contract'),
};

/** Short status labels for tables. */
export const STATUS_SHORT: Record<SourceStatus, Bilingual> = {
  seed: text('seed', 'seed'),
  V: text('V', 'V'),
  S: text('S', 'S'),
  U: text('U', 'U'),
  structural: text('格式', 'format'),
};

const DEFAULT_SOURCES: Record<SourceStatus, Bilingual> = {
  seed: text(
    '生成式人工智能服务登记（调用已备案大模型上线备案）的材料要求：主体材料、上线备案表、调用协议、内容安全材料（拦截关键词库、评估测试题集、内容安全管理制度）、用户权益文件与测试账号。',
    'The material requirements for registering a service that calls a filed model (登记): entity documents, the application form, the calling agreement, content-safety materials (interception lexicon, evaluation test set, management system), user-rights documents and test access.',
  ),
  V: text(
    '《生成式人工智能服务管理暂行办法》（2023）与 GB/T 45654-2025《网络安全技术 生成式人工智能服务安全基本要求》（原 TC260-003-2024）。',
    'The Interim Measures for generative-AI services (2023) and GB/T 45654-2025, the basic security requirements for generative-AI services (formerly TC260-003-2024).',
  ),
  S: text(
    '公开的二手资料与一致的审核实践；数值可在清单中调整，因此默认级别为警告。',
    "Secondary public sources and consistent reviewers' practice; the numbers are configurable, so the rule defaults to a warning.",
  ),
  U: text(
    '尚未在公开文本中核实的常见要求；因此默认级别为警告。',
    'A common requirement not yet verified in a published text; so the rule defaults to a warning.',
  ),
  structural: text(
    '本工具的清单格式 `schemas/compliance.schema.json`：门禁要能读懂清单与豁免，才能检查其余内容。',
    "The gate's manifest format, `schemas/compliance.schema.json`: the gate must be able to read the manifest and its waivers before it can check anything else.",
  ),
};

export function ruleSource(rule: RuleMeta): Bilingual {
  return rule.source ?? DEFAULT_SOURCES[rule.status];
}

/** The finding as the text report prints it; without an example, just its severity and title. */
export function exampleFinding(rule: RuleMeta, lang: Lang): string {
  const l = labels(lang);
  const severity = l.severity[rule.defaultSeverity].padEnd(7);
  const example = rule.example;
  if (!example) return `${severity} ${rule.title[lang]}  ${rule.id}`;
  const where = example.line === undefined ? '-' : `${example.line}:${example.column ?? 1}`;
  return [
    example.file ?? l.general,
    `  ${where.padEnd(8)} ${severity} ${example.message[lang]}  ${rule.id}`,
  ].join('\n');
}

export function waiverYaml(rule: RuleMeta, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const severity = ['rules:', `  ${rule.id}: warning   # error | warning | note | off`];
  if (!isWaivable(rule.id)) return severity.join('\n');
  return [
    'waivers:',
    `  - rule: ${rule.id}`,
    `    reason: ${zh ? '说明为何暂时接受以及何时解决' : 'why this is accepted for now and when it will be fixed'}`,
    `    owner: ${zh ? '法务 李安全' : 'Legal, Li An'}`,
    '    expires: 2027-01-31',
    ...(rule.example?.file === undefined
      ? []
      : [
          `    files: [${rule.example.file}]   # ${zh ? '可选：只豁免这些文件中的问题' : 'optional: only findings in these files'}`,
        ]),
    ...severity,
  ].join('\n');
}

export function waiverNote(rule: RuleMeta, lang: Lang): string {
  if (isWaivable(rule.id)) {
    return lang === 'zh-CN'
      ? '在 `waivers:` 中豁免单个问题（须有理由、负责人与到期日，过期后门禁失败），或在 `rules:` 中调整该规则的级别：'
      : "Waive a finding under `waivers:` (a reason, an owner and an expiry date; an expired waiver fails the gate), or change the rule's severity under `rules:`:";
  }
  return lang === 'zh-CN'
    ? '该规则不可豁免：门禁必须能读懂清单及其豁免。可在 `rules:` 中调整级别：'
    : 'This rule cannot be waived: the gate must be able to read the manifest and its waivers. Its severity can be changed under `rules:`:';
}

export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export { ruleHelpUri };
