/**
 * The rule catalogue. Ids are a public contract (SARIF, docs, waivers): add, never rename.
 * Each rule lives in `src/rules/<group>/<name>.ts`; they run in the order of their groups.
 */
import { CATALOGUE } from '../generated/rule-catalogue.js';
import { groupOf, groupRank } from '../data/rule-groups.js';
import { manifestMissing, manifestParse, manifestSchema } from './manifest.js';
import { waiverExpired, waiverInvalid } from './waiver.js';
import { manifestTimeBudget } from './time-budget.js';
import type { AnyRule, ManifestRule, Rule } from './rule.js';

const DISCOVERED: readonly AnyRule[] = CATALOGUE.map(([, rule]) => rule);

function inGroupOrder<T extends AnyRule>(rules: readonly T[]): T[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort(
      (a, b) => groupRank(groupOf(a.rule.id)) - groupRank(groupOf(b.rule.id)) || a.index - b.index,
    )
    .map(({ rule }) => rule);
}

export const MANIFEST_RULES: readonly ManifestRule[] = inGroupOrder([
  ...DISCOVERED.filter((rule): rule is ManifestRule => rule.stage === 'manifest'),
  manifestParse,
  manifestSchema,
  manifestMissing,
  waiverInvalid,
  waiverExpired,
  manifestTimeBudget,
]);

export const MAIN_RULES: readonly Rule[] = inGroupOrder([
  ...DISCOVERED.filter((rule): rule is Rule => rule.stage === 'main'),
]);

export const RULES: readonly AnyRule[] = [...MANIFEST_RULES, ...MAIN_RULES];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
