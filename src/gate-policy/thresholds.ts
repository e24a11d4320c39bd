/**
 * `thresholds:` of the base and head manifests compared. A `*_min_*` threshold loosens when it
 * goes down, a `*_max_*` one when it goes up, and null (no requirement) is the loosest of all.
 * An unset threshold is the profile's value.
 */
import type { Thresholds } from '../data/profiles.js';
import { THRESHOLD_KEYS, type ThresholdKey, type ThresholdOverrides } from '../model/manifest.js';
import { ownValue, pointerOf, type Loosening } from './loosening.js';

function valueOf(
  overrides: ThresholdOverrides | undefined,
  key: ThresholdKey,
  profile: Thresholds,
): number | null {
  const written = ownValue(overrides as Record<string, number | null> | undefined, key);
  return written !== undefined ? written : profile[key].value;
}

function looser(key: ThresholdKey, head: number | null, base: number | null): boolean {
  if (base === null) return false;
  if (head === null) return true;
  return key.includes('_max_') ? head > base : head < base;
}

function looseKeys(
  base: ThresholdOverrides | undefined,
  head: ThresholdOverrides | undefined,
  profile: Thresholds,
): ThresholdKey[] {
  return THRESHOLD_KEYS.filter((key) =>
    looser(key, valueOf(head, key, profile), valueOf(base, key, profile)),
  );
}

export function thresholdLoosenings(
  base: ThresholdOverrides | undefined,
  head: ThresholdOverrides | undefined,
  profile: Thresholds,
): Loosening[] {
  return looseKeys(base, head, profile).map((key) => {
    const written = ownValue(head as Record<string, number | null> | undefined, key) !== undefined;
    const before = valueOf(base, key, profile);
    const after = valueOf(head, key, profile);
    return {
      pointer: written ? pointerOf('thresholds', key) : pointerOf('thresholds'),
      key: `thresholds.${key}`,
      before: before === null ? null : String(before),
      after: after === null ? null : String(after),
    };
  });
}

/** The thresholds a compared change is judged with: the base's wherever the head's are looser. */
export function governingThresholds(
  base: ThresholdOverrides | undefined,
  head: ThresholdOverrides | undefined,
  profile: Thresholds,
): ThresholdOverrides | undefined {
  const keys = looseKeys(base, head, profile);
  if (keys.length === 0) return head;
  const governing: ThresholdOverrides = { ...head };
  for (const key of keys) {
    const onBase = ownValue(base as Record<string, number | null> | undefined, key);
    if (onBase === undefined) delete governing[key];
    else governing[key] = onBase;
  }
  return governing;
}
