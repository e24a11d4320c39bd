/**
 * The lexicon matcher: keywords (with their category) compiled into one automaton that finds
 * them in questions and answers despite spacing, punctuation, zero-width characters, full-width
 * letters, case and traditional characters.
 */
import { Automaton, type OnMatch, type Pattern } from './automaton.js';
import { foldTables, keywordPattern, type FoldTables } from './fold.js';
import { phraseVariants } from './variants.js';

export interface KeywordEntry {
  keyword: string;
  category?: string | undefined;
}

export interface KeywordMatch {
  /** Index of the keyword in the entries the matcher was built from. */
  index: number;
  keyword: string;
  category: string | undefined;
  /** UTF-16 offsets into the scanned text; `end` is exclusive. */
  start: number;
  end: number;
}

export interface MatcherOptions {
  /** Add opencc-js phrase variants of each keyword (default true). */
  variants?: boolean;
}

export class Matcher {
  constructor(
    private readonly entries: readonly KeywordEntry[],
    /** Every keyword without punctuation of its own: all separators are stepped over. */
    readonly automaton: Automaton,
    /** Keywords that keep their punctuation (`C++`, `法?`), only when there are any. */
    readonly literal: Automaton | undefined,
    /** Keywords that can never match: separators only, or nothing after folding. */
    readonly unmatchable: readonly number[],
    /** How far around such punctuation a keyword keeping it can reach, separators included. */
    private readonly reach = 0,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  /**
   * Streams `(index, start, end)`; the fastest way to count. Keywords that keep their own
   * punctuation are reported after the others.
   */
  scan(text: string, onMatch: OnMatch): void {
    const marks: number[] | undefined = this.literal ? [] : undefined;
    if (!this.automaton.scan(text, onMatch, 0, text.length, marks) || !this.literal) return;
    // Keywords with punctuation of their own are looked for only around that punctuation.
    const { literal, reach } = this;
    let start = -1;
    let end = -1;
    for (const i of marks!) {
      const from = Math.max(0, i - reach);
      const to = Math.min(text.length, i + reach + 1);
      if (start !== -1 && from <= end) {
        end = to;
        continue;
      }
      if (start !== -1) literal.scan(text, onMatch, start, end);
      start = from;
      end = to;
    }
    if (start !== -1) literal.scan(text, onMatch, start, end);
  }

  /** Every match, ordered by where it ends. */
  findAll(text: string): KeywordMatch[] {
    const out: KeywordMatch[] = [];
    this.scan(text, (index, start, end) => {
      const entry = this.entries[index]!;
      out.push({ index, keyword: entry.keyword, category: entry.category, start, end });
    });
    if (this.literal) out.sort((a, b) => a.end - b.end);
    return out;
  }

  entry(index: number): KeywordEntry | undefined {
    return this.entries[index];
  }
}

function compile(entries: readonly KeywordEntry[], variants: string[][] | undefined): Matcher {
  const tables = foldTables();
  const plain: Pattern[] = [];
  const literal: Pattern[] = [];
  const unmatchable: number[] = [];
  entries.forEach(({ keyword }, index) => {
    const pattern = keywordPattern(keyword, tables);
    if (pattern.text.length === 0) {
      unmatchable.push(index);
      return;
    }
    // A keyword's own punctuation must not stop the others from stepping over it.
    const into = pattern.literal ? literal : plain;
    into.push({ text: pattern.text, keyword: index });
    for (const variant of variants?.[index] ?? []) {
      if (variant.length > 0) into.push({ text: variant, keyword: index });
    }
  });
  if (literal.length === 0) {
    return new Matcher(
      entries,
      new Automaton(plain, entries.length, tables),
      undefined,
      unmatchable,
    );
  }
  const marked = punctuationOf(literal, tables);
  const longest = literal.reduce((max, p) => Math.max(max, p.text.length), 0);
  return new Matcher(
    entries,
    new Automaton(plain, entries.length, tables, marked),
    new Automaton(literal, entries.length, tables),
    unmatchable,
    // Room for blanks and other separators stepped over inside a match.
    4 * longest + 16,
  );
}

/** Every unit that folds to punctuation some keyword keeps. */
function punctuationOf(patterns: readonly Pattern[], { fold, separator }: FoldTables): Uint8Array {
  const kept = new Uint8Array(65536);
  for (const { text } of patterns) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (separator[unit] !== 0) kept[unit] = 1;
    }
  }
  const marked = new Uint8Array(65536);
  for (let unit = 0; unit < 65536; unit++) {
    if (separator[unit] !== 0 && kept[fold[unit]!]) marked[unit] = 1;
  }
  return marked;
}

export async function buildMatcher(
  entries: readonly KeywordEntry[],
  options: MatcherOptions = {},
): Promise<Matcher> {
  if (options.variants === false) return compile(entries, undefined);
  const variantsOf = await phraseVariants(foldTables());
  return compile(entries, variantsOf(entries.map((e) => e.keyword)));
}

/** Without phrase variants (character-level traditional folding still applies). */
export function buildMatcherSync(entries: readonly KeywordEntry[]): Matcher {
  return compile(entries, undefined);
}

export type { OnMatch };
