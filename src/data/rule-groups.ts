/**
 * The groups of the rule catalogue, in the order reports list them. A rule's group is the part of
 * its id before the slash, and the folder under `src/rules/` that holds it.
 */
import { text, type Bilingual, type Lang } from '../model/finding.js';

export interface RuleGroup {
  id: string;
  name: Bilingual;
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { id: 'manifest', name: text('清单', 'Manifest') },
  { id: 'path', name: text('申报路径', 'Filing path') },
  { id: 'materials', name: text('申报材料', 'Materials') },
  { id: 'lexicon', name: text('拦截关键词库', 'Keyword lexicon') },
  { id: 'testset', name: text('评估测试题集', 'Evaluation test set') },
  { id: 'policy', name: text('用户权益文件', 'User-rights documents') },
  { id: 'display', name: text('上线编号展示', 'Online number display') },
  { id: 'drift', name: text('变更漂移', 'Drift in this change') },
  { id: 'evaluate', name: text('技术验证', 'Technical verification') },
  { id: 'waiver', name: text('豁免', 'Waivers') },
];

export function groupOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash === -1 ? ruleId : ruleId.slice(0, slash);
}

/** A group's name in the report's language; an unknown group is shown by its id. */
export function groupName(group: string, lang: Lang): string {
  return RULE_GROUPS.find((g) => g.id === group)?.name[lang] ?? group;
}

/** Position of a group in report order; unknown groups go last. */
export function groupRank(group: string): number {
  const index = RULE_GROUPS.findIndex((g) => g.id === group);
  return index === -1 ? RULE_GROUPS.length : index;
}
