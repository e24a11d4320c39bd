/**
 * The gate policy of a compared change: every place the head manifest is looser than the base's,
 * and the policy the change is judged with (the base's wherever the head's is looser). Pure.
 */
import type { FailOn } from '../model/finding.js';
import type { Thresholds } from '../data/profiles.js';
import type { Manifest, RuleSetting, ThresholdOverrides, Waiver } from '../model/manifest.js';
import type { DefaultSeverity, Loosening } from './loosening.js';
import {
  failOnLoosening,
  keptFromBase,
  ruleLoosenings,
  stricterFailOn,
  waiverLoosenings,
} from './rules-and-gate.js';
import { signalLoosenings } from './signals.js';
import { governingThresholds, thresholdLoosenings } from './thresholds.js';

export interface PolicySides {
  base: Manifest;
  /** The head manifest as written. */
  head: Manifest;
  /** The head's waivers with their index as written. */
  headWaivers: readonly { index: number; waiver: Waiver }[];
  ruleDefault: DefaultSeverity;
  signalDefault: DefaultSeverity;
  /** The profile's thresholds for the head's path. */
  profile: Thresholds;
}

export function policyLoosenings(sides: PolicySides): Loosening[] {
  const { base, head } = sides;
  return [
    ...failOnLoosening(base, head),
    ...ruleLoosenings(base, head, sides.ruleDefault),
    ...thresholdLoosenings(base.thresholds, head.thresholds, sides.profile),
    ...signalLoosenings(base.signals, head.signals, sides.signalDefault),
    ...waiverLoosenings(base, sides.headWaivers),
  ];
}

/** Set only for a compared change with a valid base manifest. */
export interface GoverningPolicy {
  /** The base's `rules:`: a finding keeps the stricter of the two settings. */
  ruleFloor: Record<string, RuleSetting>;
  thresholds: ThresholdOverrides | undefined;
  failOn: FailOn;
  /** The head's waivers that base already had. */
  waivers: Waiver[];
}

export function governingPolicy(
  base: Manifest,
  head: Manifest,
  headWaivers: readonly Waiver[],
  profile: Thresholds,
): GoverningPolicy {
  return {
    ruleFloor: base.rules ?? {},
    thresholds: governingThresholds(base.thresholds, head.thresholds, profile),
    failOn: stricterFailOn(base, head),
    waivers: headWaivers.filter((waiver) => keptFromBase(waiver, base.waivers)),
  };
}
