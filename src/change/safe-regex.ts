/**
 * Accepts only regular expressions whose matching time stays linear-ish on hostile input:
 * no back-references and no unbounded quantifier over a group that itself repeats or
 * alternates (star height ≤ 1), which rules out the classic catastrophic shapes
 * `(a+)+`, `(a|a)*`, `(.*a){20}`.
 */

export type RegexProblem =
  | 'syntax'
  | 'too-long'
  | 'back-reference'
  | 'nested-quantifier'
  | 'too-many-wildcards'
  | 'empty-match'
  | 'slow'
  /** Ran out of its time budget while matching changed lines. */
  | 'out-of-time';

const MAX_LENGTH = 500;
/** A bounded repetition above this counts as unbounded. */
const BIG_REPEAT = 20;
const WIDE_REPEAT = /(?:\.|\\[SWD]|\[\^[^\]]*\])(?:\*|\+|\{\d+,\})/g;

interface Frame {
  /** The group contains a quantifier or an alternation. */
  risky: boolean;
}

export function regexProblem(source: string, flags = ''): RegexProblem | undefined {
  if (source.length > MAX_LENGTH) return 'too-long';
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, flags);
  } catch {
    return 'syntax';
  }
  if (compiled.test('')) return 'empty-match';
  // Chained wildcards (`.*a.*b.*c`) backtrack polynomially; two are plenty for a signal.
  if ((source.match(WIDE_REPEAT) ?? []).length > 2) return 'too-many-wildcards';
  const stack: Frame[] = [{ risky: false }];
  /** Whether the last atom was a group that repeats or alternates inside. */
  let lastGroupRisky = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return 'back-reference';
      i++;
      lastGroupRisky = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      lastGroupRisky = false;
      continue;
    }
    if (c === '(') {
      stack.push({ risky: false });
      if (source[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') {
          i = source.indexOf('>', i);
        } else if (source[i + 1] === '<') {
          i += 2;
        } else {
          i++;
        }
      }
      lastGroupRisky = false;
      continue;
    }
    if (c === ')') {
      const frame = stack.pop() ?? { risky: false };
      lastGroupRisky = frame.risky;
      const parent = stack[stack.length - 1];
      if (parent && frame.risky) parent.risky = true;
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1]!.risky = true;
      lastGroupRisky = false;
      continue;
    }
    const quantifier = readQuantifier(source, i);
    if (quantifier) {
      if (quantifier.unbounded && lastGroupRisky) return 'nested-quantifier';
      stack[stack.length - 1]!.risky = true;
      i = quantifier.end;
      if (source[i + 1] === '?') i++;
      lastGroupRisky = false;
      continue;
    }
    lastGroupRisky = false;
  }
  return undefined;
}

function readQuantifier(
  source: string,
  i: number,
): { unbounded: boolean; max: number; end: number } | undefined {
  const c = source[i];
  if (c === '*' || c === '+') return { unbounded: true, max: Infinity, end: i };
  if (c === '?') return { unbounded: false, max: 1, end: i };
  if (c !== '{') return undefined;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
  return { unbounded: max > BIG_REPEAT, max, end: i + match[0].length - 1 };
}
