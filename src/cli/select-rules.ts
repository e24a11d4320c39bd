/**
 * `check --rule`: rule ids and group names, resolved against the catalogue. The manifest's own
 * rules always run: without a readable, valid manifest no selected rule can judge anything, and a
 * run that says so must not pass.
 */
import { UsageError } from '../inputs/options.js';
import { RULE_IDS } from '../rules/index.js';
import { groupOf } from '../data/rule-groups.js';
import { nearest } from '../text/edit-distance.js';

export function selectRules(wanted: readonly string[]): ReadonlySet<string> {
  const selected = new Set([...RULE_IDS].filter((id) => groupOf(id) === 'manifest'));
  for (const name of wanted.flatMap((value) => value.split(',')).map((v) => v.trim())) {
    const matches = name.includes('/')
      ? [...RULE_IDS].filter((id) => id === name)
      : [...RULE_IDS].filter((id) => groupOf(id) === name);
    if (matches.length === 0) {
      const near = nearest(name, [...RULE_IDS, ...new Set([...RULE_IDS].map(groupOf))]);
      const hint = near ? `; did you mean ${near}?` : ` (list them with 'explain')`;
      const hintZh = near ? `，是否要用 ${near}？` : `（用 explain 列出全部规则）`;
      throw new UsageError(
        `--rule ${name}: no such rule or group${hint}`,
        `--rule ${name}：没有这条规则或这个组${hintZh}`,
      );
    }
    for (const id of matches) selected.add(id);
  }
  return selected;
}
