/**
 * The numbers help texts quote, read from the threshold profiles so that a text never states a
 * figure the rules do not enforce.
 */
import { PROFILES, type ProfileName } from '../../data/profiles.js';
import type { ThresholdKey } from '../../model/manifest.js';

/** A threshold of a profile as the help texts write it: a count, or a ratio as a percentage. */
export function quoted(profile: ProfileName, key: ThresholdKey): string {
  const value = PROFILES[profile].thresholds[key].value;
  if (value === null) throw new Error(`profile ${profile} sets no ${key}`);
  return value > 0 && value < 1 ? `${Math.round(value * 100)}%` : String(value);
}

/** The same with thousands separated, for English texts. */
export function quotedEn(profile: ProfileName, key: ThresholdKey): string {
  const text = quoted(profile, key);
  return /^\d+$/.test(text) ? Number(text).toLocaleString('en-US') : text;
}
