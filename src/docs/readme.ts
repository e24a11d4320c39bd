/** The generated sections of the READMEs, spliced between `<!-- generated:NAME -->` markers. */
import type { Lang } from '../model/finding.js';
import type { RuleMeta } from '../rules/rule.js';
import { SEVERITY_NAMES, STATUS_SHORT, ruleDocPath } from './rule-doc.js';

/** Rules in catalogue order, each group kept together where it first appears. */
export function groupedRules<T extends RuleMeta>(rules: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const rule of rules) {
    const group = rule.id.split('/')[0]!;
    groups.set(group, [...(groups.get(group) ?? []), rule]);
  }
  return [...groups.values()].flat();
}

/** Links are relative to the repository root (where the READMEs live). */
export function ruleTable(rules: readonly RuleMeta[], lang: Lang): string {
  const zh = lang === 'zh-CN';
  const lines = [
    zh ? '| 规则 | 默认级别 | 依据 | 检查内容 |' : '| rule | default | basis | what it catches |',
    '| --- | --- | --- | --- |',
  ];
  for (const rule of groupedRules(rules)) {
    lines.push(
      `| [\`${rule.id}\`](${ruleDocPath(rule.id)}) | ${SEVERITY_NAMES[rule.defaultSeverity][lang]} | ${STATUS_SHORT[rule.status][lang]} | ${rule.title[lang]} |`,
    );
  }
  return lines.join('\n');
}

export class MarkerError extends Error {}

/** Replaces the text between `<!-- generated:name -->` and `<!-- /generated:name -->`. */
export function splice(document: string, name: string, content: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = document.indexOf(open);
  const end = document.indexOf(close);
  if (start === -1 || end === -1 || end < start) {
    throw new MarkerError(`missing ${open} ... ${close}`);
  }
  return `${document.slice(0, start + open.length)}\n${content}\n${document.slice(end)}`;
}
