/** What comparing the base manifest's gate policy with the head's yields, and how strictness is ranked. */
import type { FailOn, Severity } from '../model/finding.js';
import type { RuleSetting } from '../model/manifest.js';
import { escapePointerToken } from '../manifest/positions.js';

export interface Loosening {
  /** Where the head manifest writes the looser value (JSON pointer). */
  pointer: string;
  /** The manifest key, as the message names it. */
  key: string;
  /** Base and head values as written in the message; null: not set. */
  before: string | null;
  after: string | null;
}

/** A built-in default severity by id (rules, signals); undefined when the id is unknown. */
export type DefaultSeverity = (id: string) => Severity | undefined;

const SETTING_RANK: Record<RuleSetting, number> = { off: 0, note: 1, warning: 2, error: 3 };

/** Higher fails more changes: `note` fails on anything, `never` on nothing. */
const FAIL_ON_RANK: Record<FailOn, number> = { never: 0, error: 1, warning: 2, note: 3 };

export function looserSetting(head: RuleSetting, base: RuleSetting): boolean {
  return SETTING_RANK[head] < SETTING_RANK[base];
}

export function stricterSetting<T extends RuleSetting>(a: T, b: T): T {
  return SETTING_RANK[a] >= SETTING_RANK[b] ? a : b;
}

export function looserFailOn(head: FailOn, base: FailOn): boolean {
  return FAIL_ON_RANK[head] < FAIL_ON_RANK[base];
}

export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(String(t))}`).join('');
}

/** Own keys only: an id such as `__proto__` or `constructor` must not reach Object.prototype. */
export function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function listText(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? `[${values.join(', ')}]` : null;
}
