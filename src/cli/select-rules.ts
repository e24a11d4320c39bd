/**
 * `check --rule`: rule ids and group names, resolved against the catalogue. The manifest's own
 * rules always run: without a readable, valid manifest no selected rule can judge anything, and a
 * run that says so must not pass.
 */
import { UsageError } from '../inputs/options.js';
import { RULE_IDS } from '../rules/index.js';
import { groupOf } from '../data/rule-groups.js';

export function selectRules(wanted: readonly string[]): ReadonlySet<string> {
  const selected = new Set([...RULE_IDS].filter((id) => groupOf(id) === 'manifest'));
  for (const name of wanted.flatMap((value) => value.split(',')).map((v) => v.trim())) {
    const matches = name.includes('/')
      ? [...RULE_IDS].filter((id) => id === name)
      : [...RULE_IDS].filter((id) => groupOf(id) === name);
    if (matches.length === 0) {
      throw new UsageError(`--rule ${name}: no such rule or group (list them with 'explain')`);
    }
    for (const id of matches) selected.add(id);
  }
  return selected;
}
