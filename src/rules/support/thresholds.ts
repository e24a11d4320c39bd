/** The profile's thresholds with the manifest's overrides, and whether one applies. */
import {
  effectiveThresholds,
  severityOf,
  type Threshold,
  type Thresholds,
} from '../../data/profiles.js';
import type { RuleContext } from '../rule.js';

export function thresholdsOf(context: RuleContext): Thresholds {
  return effectiveThresholds(context.profile, context.manifest.thresholds);
}

/** A threshold that applies (a number), with the severity its source status gives. */
export function active(
  threshold: Threshold,
): { value: number; severity: 'error' | 'warning' } | undefined {
  return threshold.value === null
    ? undefined
    : { value: threshold.value, severity: severityOf(threshold.status) };
}

/** An error when any of the thresholds a finding exceeds has an error's status, else a warning. */
export function severityOfExceeded(...used: Threshold[]): 'error' | 'warning' {
  return used.some((t) => severityOf(t.status) === 'error') ? 'error' : 'warning';
}
