/**
 * The rule catalogue. Ids are a public contract (SARIF, docs, waivers): add, never rename.
 * Each group lives in its own file; this list is the order rules run in.
 */
import { manifestMissing, manifestParse, manifestSchema } from './manifest.js';
import {
  pathAlgorithmFiling,
  pathExemptReason,
  pathFilingNumberFormat,
  pathRequired,
  pathUnfiledModel,
} from './path.js';
import { materialsCreditCode, materialsMissing } from './materials.js';
import { waiverExpired, waiverInvalid } from './waiver.js';
import { EVALUATE_RULES } from './evaluate.js';
import { LEXICON_RULES } from './lexicon.js';
import { TESTSET_RULES } from './testset.js';
import { DRIFT_RULES } from './drift.js';
import { DRIFT_SCAN_RULES } from './drift-scan.js';
import { POLICY_RULES } from './policy.js';
import { DISPLAY_RULES } from './display.js';
import { materialsEntityMismatch } from './materials-entity.js';
import { materialsVagueScenario } from './materials-scenario.js';
import type { AnyRule, ManifestRule, Rule } from './rule.js';

export const MANIFEST_RULES: readonly ManifestRule[] = [
  manifestParse,
  manifestSchema,
  manifestMissing,
  waiverInvalid,
  waiverExpired,
];

export const MAIN_RULES: readonly Rule[] = [
  pathRequired,
  pathUnfiledModel,
  pathFilingNumberFormat,
  pathAlgorithmFiling,
  pathExemptReason,
  materialsMissing,
  materialsCreditCode,
  materialsEntityMismatch,
  materialsVagueScenario,
  ...LEXICON_RULES,
  ...TESTSET_RULES,
  ...EVALUATE_RULES,
  ...DRIFT_RULES,
  ...DRIFT_SCAN_RULES,
  ...POLICY_RULES,
  ...DISPLAY_RULES,
];

export const RULES: readonly AnyRule[] = [...MANIFEST_RULES, ...MAIN_RULES];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}
