/**
 * The lexicon-quality report: categories with their keyword counts, the whitelists and stop-word
 * lists left out, duplicates within a category and across the lexicon, and the keywords the
 * matcher cannot use well (too short) or at all (never matching). Pure, computed once per lexicon.
 */
import { lexiconEntry, type Lexicon } from '../../evidence/lexicon.js';
import { keywordShape } from '../../match/keyword-shape.js';
import type { LexiconKeywordPlace, LexiconQuality } from '../../model/summary.js';
import { lexiconStats } from './lexicon-stats.js';

/** Keywords listed by name in each list of the report; the rest are counted. */
export const QUALITY_LISTED = 20;
/** Categories listed in the report. */
export const CATEGORIES_LISTED = 200;

export interface KeywordShapes {
  /** Indexes of the keywords too short to be useful. */
  short: number[];
  /** Indexes of the keywords that can never match. */
  unmatchable: number[];
}

const shapesCache = new WeakMap<Lexicon, KeywordShapes>();

export function keywordShapes(lexicon: Lexicon): KeywordShapes {
  const cached = shapesCache.get(lexicon);
  if (cached) return cached;
  const shapes: KeywordShapes = { short: [], unmatchable: [] };
  for (let i = 0; i < lexicon.size; i++) {
    const shape = keywordShape(lexicon.keywords[i]!);
    if (shape !== 'usable') shapes[shape].push(i);
  }
  shapesCache.set(lexicon, shapes);
  return shapes;
}

function places(lexicon: Lexicon, indexes: number[]): LexiconKeywordPlace[] {
  return indexes.slice(0, QUALITY_LISTED).map((index) => {
    const entry = lexiconEntry(lexicon, index);
    return {
      keyword: entry.keyword,
      file: entry.file,
      ...(entry.sheet !== undefined ? { sheet: entry.sheet } : {}),
      line: entry.line,
    };
  });
}

export function buildLexiconQuality(lexicon: Lexicon | undefined): LexiconQuality | undefined {
  if (!lexicon || (lexicon.size === 0 && lexicon.excluded.length === 0)) return undefined;
  const stats = lexiconStats(lexicon);
  const shapes = keywordShapes(lexicon);
  const sourceOf = (index: number) => lexicon.sources[index]!;
  return {
    keywords: lexicon.size,
    distinct: stats.distinct,
    categories: lexicon.categories.slice(0, CATEGORIES_LISTED).map((category) => {
      const source = sourceOf(category.source);
      return {
        label: category.label,
        ...(category.risk !== undefined ? { risk: category.risk } : {}),
        file: source.file,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        line: category.line,
        keywords: category.count,
      };
    }),
    moreCategories: Math.max(0, lexicon.categories.length - CATEGORIES_LISTED),
    excluded: lexicon.excluded.map((list) => {
      const source = sourceOf(list.source);
      return {
        file: source.file,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        kind: list.kind,
        entries: list.entries,
      };
    }),
    duplicates: { withinCategory: stats.duplicateCount, acrossLexicon: stats.acrossLexicon },
    short: { count: shapes.short.length, listed: places(lexicon, shapes.short) },
    unmatchable: { count: shapes.unmatchable.length, listed: places(lexicon, shapes.unmatchable) },
  };
}
