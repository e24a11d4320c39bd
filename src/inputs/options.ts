/**
 * Reading what the user asked for, the same way for the CLI's flags (`--lang`) and the Action's
 * inputs (`input 'lang'`): one usage error and one parser per kind of value.
 */

import { nearest } from '../text/edit-distance.js';

/**
 * A flag or input the gate cannot use: exit 2 from the CLI, a failed step in the Action. The
 * message is English; `zh` says the same in Chinese.
 */
export class UsageError extends Error {
  readonly zh: string;
  constructor(en: string, zh?: string) {
    super(en);
    this.zh = zh ?? en;
  }
}

/** How a value is named in messages: `--lang` for a flag, `input 'lang'` for an Action input. */
export type OptionName = string;

export function flag(name: string): OptionName {
  return `--${name}`;
}

export function input(name: string): OptionName {
  return `input '${name}'`;
}

/** One of a fixed set of words, or undefined when not given. */
export function oneOf<T extends string>(
  name: OptionName,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const near = nearest(value, allowed);
    throw new UsageError(
      `${name} must be one of ${allowed.join(', ')} (got ${value})${near ? `; did you mean ${near}?` : ''}`,
      `${name} 须为 ${allowed.join('、')} 之一（收到 ${value}）${near ? `；是否要用 ${near}？` : ''}`,
    );
  }
  return value as T;
}

/** A number of at least `min`, or the fallback when not given. */
export function atLeast(
  name: OptionName,
  value: string | undefined,
  fallback: number,
  min = 1,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) {
    throw new UsageError(
      `${name} must be a number ≥ ${min} (got ${value})`,
      `${name} 须为不小于 ${min} 的数（收到 ${value}）`,
    );
  }
  return n;
}

/** A time limit in seconds, more than 0 and at most a day, or undefined when not given. */
export function seconds(name: OptionName, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 86_400)) {
    throw new UsageError(
      `${name} must be a number of seconds in (0, 86400] (got ${value})`,
      `${name} 须为 (0, 86400] 之间的秒数（收到 ${value}）`,
    );
  }
  return parsed;
}
