/**
 * The counts the lexicon rules and the coverage table share: distinct keywords per risk and
 * duplicates after folding, within a category and across the whole lexicon. Pure, computed once
 * per loaded lexicon.
 */
import type { Lexicon } from '../../evidence/lexicon.js';
import { DUPLICATES_KEPT, type Duplicate } from './duplicate.js';
import { foldText } from '../../text/fold.js';

export interface LexiconStats {
  /** Distinct keywords after folding. */
  distinct: number;
  /** Distinct keywords per risk id. */
  perRisk: Map<string, number>;
  /** Same folded keyword again within its category (its risk, else its label as written). */
  duplicates: Duplicate[];
  duplicateCount: number;
  /** Keywords whose folded form appeared before anywhere in the lexicon, whatever the category. */
  acrossLexicon: number;
}

const lexiconCache = new WeakMap<Lexicon, LexiconStats>();

function hashText(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * First occurrence of each folded keyword: an open-addressing table of keyword indices,
 * a few bytes per keyword where a Map of strings would cost tens.
 */
class FirstIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(
    capacity: number,
    private readonly keyAt: (index: number) => string,
  ) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The index first holding `key`, or -1 after recording `index` as its first. */
  firstOrAdd(key: string, index: number): number {
    let slot = hashText(key) & this.mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === -1) {
        this.slots[slot] = index;
        this.size++;
        return -1;
      }
      if (this.keyAt(held) === key) return held;
      slot = (slot + 1) & this.mask;
    }
  }
}

export function lexiconStats(lexicon: Lexicon): LexiconStats {
  const cached = lexiconCache.get(lexicon);
  if (cached) return cached;
  // Folded forms are kept only where they differ from the keyword (rare in Chinese lexicons).
  const folded = new Map<number, string>();
  const keyAt = (index: number) => folded.get(index) ?? lexicon.keywords[index]!;
  const first = new FirstIndex(lexicon.size, keyAt);
  const crossRisk = new Set<string>();
  const perRisk = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  let duplicateCount = 0;
  // Unmapped categories stay apart: pooling them would count words of unrelated lists as repeats.
  const categoryKeys = lexicon.categories.map(
    (category, index) =>
      category.risk ?? (category.label !== '' ? `=${category.label}` : `#${index}`),
  );
  const categoryOf = (index: number) => categoryKeys[lexicon.category[index]!]!;
  const riskOf = (index: number) => lexicon.categories[lexicon.category[index]!]!.risk;
  const count = (risk: string | undefined) => {
    if (risk !== undefined) perRisk.set(risk, (perRisk.get(risk) ?? 0) + 1);
  };
  for (let i = 0; i < lexicon.size; i++) {
    const keyword = lexicon.keywords[i]!;
    const key = foldText(keyword);
    if (key !== keyword) folded.set(i, key);
    const seen = first.firstOrAdd(key, i);
    const risk = riskOf(i);
    if (seen === -1) {
      count(risk);
      continue;
    }
    if (key !== keyword) folded.delete(i);
    const category = categoryOf(i);
    if (categoryOf(seen) !== category) {
      // The same word in another category counts for that category too, once.
      const crossKey = `${category}\u0000${key}`;
      if (!crossRisk.has(crossKey)) {
        crossRisk.add(crossKey);
        count(risk);
        continue;
      }
    }
    duplicateCount++;
    if (duplicates.length < DUPLICATES_KEPT) duplicates.push({ index: i, first: seen });
  }
  const stats = {
    distinct: first.size,
    perRisk,
    duplicates,
    duplicateCount,
    acrossLexicon: lexicon.size - first.size,
  };
  lexiconCache.set(lexicon, stats);
  return stats;
}
