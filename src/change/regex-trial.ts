/**
 * A trial run of a line pattern from the manifest on the lines that make a backtracking engine
 * slow: long runs of one character (each character the pattern writes literally, and common
 * letters, digits, spaces and punctuation), as long as the part of a line such a pattern is given.
 * Each run is time-limited in a separate context, so a pattern that polynomial backtracking would
 * stall (`a*a*b`, `.*a.*b`, `\w*\w*\w*!`) is refused before any changed line is matched.
 */
import vm from 'node:vm';

/** Characters of a line a pattern from the manifest is matched against. */
export const USER_LINE_LIMIT = 4096;
/** Time one trial subject may take. */
export const TRIAL_MS = 100;

const COMMON = ['a', 'A', '0', ' ', '_', '-', '.', '/', ':', '"', '中'];
const trial = new vm.Script('regex.lastIndex = 0; regex.test(subject)');

function literalCharacters(source: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[++i];
      if (next !== undefined && !/[A-Za-z0-9]/.test(next)) found.add(next);
      continue;
    }
    if (!/[()[\]{}|*+?^$]/.test(c)) found.add(c);
  }
  return [...found].slice(0, 64);
}

/** Whether matching takes longer than TRIAL_MS on one of the trial subjects. */
export function slowOnHostileLines(regex: RegExp): boolean {
  const characters = new Set([...COMMON, ...literalCharacters(regex.source)]);
  const context = vm.createContext({ regex: new RegExp(regex.source, regex.flags), subject: '' });
  for (const c of characters) {
    context.subject = c.repeat(USER_LINE_LIMIT);
    try {
      trial.runInContext(context, { timeout: TRIAL_MS });
    } catch {
      return true;
    }
  }
  return false;
}
