/**
 * The rule catalogue. Ids are a public contract (SARIF, docs, waivers): add, never rename.
 * Each rule lives in `src/rules/<group>/<name>.ts`, found by the build; rules run, and reports
 * list them, in the order of their groups (`src/data/rule-groups.ts`).
 */
import { CATALOGUE } from '../generated/rule-catalogue.js';
import { groupOf, groupRank } from '../data/rule-groups.js';
import type { AnyRule, ManifestRule, Rule } from './rule.js';

export const RULES: readonly AnyRule[] = CATALOGUE.map(([, rule]) => rule)
  .map((rule, index) => ({ rule, index }))
  .sort(
    (a, b) => groupRank(groupOf(a.rule.id)) - groupRank(groupOf(b.rule.id)) || a.index - b.index,
  )
  .map(({ rule }) => rule);

export const MANIFEST_RULES: readonly ManifestRule[] = RULES.filter(
  (rule): rule is ManifestRule => rule.stage === 'manifest',
);

export const MAIN_RULES: readonly Rule[] = RULES.filter(
  (rule): rule is Rule => rule.stage === 'main',
);

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
