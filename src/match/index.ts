/**
 * The lexicon matcher: keywords (with their category) compiled into one automaton that finds
 * them in questions and answers despite spacing, punctuation, zero-width characters, full-width
 * letters, case and traditional characters.
 */
import { Automaton, type OnMatch, type Pattern } from './automaton.js';
import { foldKeyword, foldTables } from './fold.js';
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
    readonly automaton: Automaton,
    /** Keywords made only of separators: they can never match. */
    readonly unmatchable: readonly number[],
  ) {}

  get size(): number {
    return this.entries.length;
  }

  /** Streams `(index, start, end)`; the fastest way to count. */
  scan(text: string, onMatch: OnMatch): void {
    this.automaton.scan(text, onMatch);
  }

  findAll(text: string): KeywordMatch[] {
    const out: KeywordMatch[] = [];
    this.automaton.scan(text, (index, start, end) => {
      const entry = this.entries[index]!;
      out.push({ index, keyword: entry.keyword, category: entry.category, start, end });
    });
    return out;
  }

  entry(index: number): KeywordEntry | undefined {
    return this.entries[index];
  }
}

function compile(entries: readonly KeywordEntry[], variants: string[][] | undefined): Matcher {
  const tables = foldTables();
  const patterns: Pattern[] = [];
  const unmatchable: number[] = [];
  entries.forEach(({ keyword }, index) => {
    const text = foldKeyword(keyword, tables);
    if (text.length === 0) {
      unmatchable.push(index);
      return;
    }
    patterns.push({ text, keyword: index });
    for (const variant of variants?.[index] ?? []) {
      if (variant.length > 0) patterns.push({ text: variant, keyword: index });
    }
  });
  return new Matcher(entries, new Automaton(patterns, entries.length, tables), unmatchable);
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
