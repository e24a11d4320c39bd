/**
 * How far a glob from the manifest may expand through its braces, counted without expanding
 * it: `{a,b}` repeated twenty times would otherwise become a million patterns.
 */

/** Patterns one glob may expand to (`{a,b}` twice makes four). */
export const BRACE_EXPANSION_LIMIT = 256;
export const GLOB_LENGTH_LIMIT = 1024;
const RANGE = /^(-?\d+|[^\d])\.\.(-?\d+|[^\d])(?:\.\.-?(\d+))?$/;

export type GlobProblem = 'too-long' | 'too-many-expansions' | 'invalid';

/** Index of the `}` closing each `{` (backslash escapes respected); unmatched ones are literal. */
function closingBraces(glob: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === '{') open.push(i);
    else if (glob[i] === '}' && open.length > 0) closes.set(open.pop()!, i);
  }
  return closes;
}

function rangeSize(body: string): number | undefined {
  const range = RANGE.exec(body);
  if (!range) return undefined;
  const value = (s: string) => (/\d/.test(s) ? Number(s) : s.codePointAt(0)!);
  const span = Math.abs(value(range[2]!) - value(range[1]!)) + 1;
  return Math.ceil(span / Math.max(1, Number(range[3] ?? 1)));
}

/**
 * How many patterns brace expansion makes of `glob[start, end)`, counted without expanding and
 * never below the real number; anything above the limit counts as limit + 1.
 */
function expansions(glob: string, start: number, end: number, closes: Map<number, number>): number {
  const cap = BRACE_EXPANSION_LIMIT + 1;
  let product = 1;
  for (let i = start; i < end && product < cap; i++) {
    if (glob[i] === '\\') {
      i++;
      continue;
    }
    const close = glob[i] === '{' ? closes.get(i) : undefined;
    if (close === undefined || close >= end) continue;
    let alternatives = 0;
    let from = i + 1;
    let commas = 0;
    for (let j = i + 1; j <= close; j++) {
      if (glob[j] === '\\') j++;
      else if (glob[j] === '{' && closes.has(j)) j = closes.get(j)!;
      else if (glob[j] === ',' || j === close) {
        if (glob[j] === ',') commas++;
        alternatives = Math.min(cap, alternatives + expansions(glob, from, j, closes));
        from = j + 1;
      }
    }
    const group = commas > 0 ? alternatives : (rangeSize(glob.slice(i + 1, close)) ?? alternatives);
    product = Math.min(cap, product * Math.max(1, group));
    i = close;
  }
  return product;
}

/** Why a glob is too big to compile, or undefined. */
export function expansionProblem(glob: string): 'too-long' | 'too-many-expansions' | undefined {
  if (glob.length > GLOB_LENGTH_LIMIT) return 'too-long';
  if (expansions(glob, 0, glob.length, closingBraces(glob)) > BRACE_EXPANSION_LIMIT) {
    return 'too-many-expansions';
  }
  return undefined;
}
