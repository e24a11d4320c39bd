/**
 * Counts the lexicon and test-set rules and the coverage table share: distinct keywords per
 * risk, duplicates after folding, items per bank, risk and aspect. Pure, computed once per
 * loaded object.
 */
import { REFUSAL_MARKERS } from '../data/evidence-columns.js';
import type { Lexicon } from '../evidence/lexicon.js';
import type { TestItem, TestSet } from '../evidence/testset.js';
import type { TestBank } from '../manifest/types.js';

/** Duplicates listed individually; the rest are counted. */
export const DUPLICATES_KEPT = 1000;

/** NFKC (full-width → half-width and compatibility forms), case folding, collapsed blanks. */
export function foldText(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      continue;
    }
    return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  }
  return value;
}

export interface Duplicate {
  index: number;
  first: number;
}

export interface LexiconStats {
  /** Distinct keywords after folding. */
  distinct: number;
  /** Distinct keywords per risk id. */
  perRisk: Map<string, number>;
  /** Same folded keyword again under the same risk (or both without one). */
  duplicates: Duplicate[];
  duplicateCount: number;
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
    if (riskOf(seen) !== risk) {
      // The same word under another risk counts for that risk too, once.
      const crossKey = `${risk ?? ''}\u0000${key}`;
      if (!crossRisk.has(crossKey)) {
        crossRisk.add(crossKey);
        count(risk);
        continue;
      }
    }
    duplicateCount++;
    if (duplicates.length < DUPLICATES_KEPT) duplicates.push({ index: i, first: seen });
  }
  const stats = { distinct: first.size, perRisk, duplicates, duplicateCount };
  lexiconCache.set(lexicon, stats);
  return stats;
}

export interface TestSetStats {
  banks: Record<TestBank, number>;
  /** All items per risk, whatever the bank. */
  perRisk: Map<string, number>;
  /** Per bank, per risk id. */
  bankRisk: Record<TestBank, Map<string, number>>;
  /** Should-not-refuse items per aspect. */
  perAspect: Map<string, number>;
  highRisk: number;
  /** Some item states its high-risk flag. */
  highRiskStated: boolean;
  /** Indices of the items whose expected output is a refusal, in order. */
  refusals: number[];
  duplicates: Duplicate[];
  duplicateCount: number;
}

function markedRefusal(output: string): boolean {
  const head = foldText(output.slice(0, 40));
  return REFUSAL_MARKERS.some((marker) => head.includes(marker));
}

/** Does the item expect a refusal: its 是否应拒答 flag, else its expected output. */
export function expectsRefusal(item: TestItem): boolean {
  return item.expected_refusal ?? markedRefusal(item.expected_output);
}

const testSetCache = new WeakMap<TestSet, TestSetStats>();

export function testSetStats(testSet: TestSet): TestSetStats {
  const cached = testSetCache.get(testSet);
  if (cached) return cached;
  const banks: Record<TestBank, number> = {
    generated: 0,
    'should-refuse': 0,
    'should-not-refuse': 0,
  };
  const bankRisk: Record<TestBank, Map<string, number>> = {
    generated: new Map(),
    'should-refuse': new Map(),
    'should-not-refuse': new Map(),
  };
  const perRisk = new Map<string, number>();
  const perAspect = new Map<string, number>();
  const refusals: number[] = [];
  const first = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  let duplicateCount = 0;
  let highRisk = 0;
  let highRiskStated = false;
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  testSet.items.forEach((item, index) => {
    banks[item.bank]++;
    if (item.risk !== undefined) {
      bump(perRisk, item.risk);
      bump(bankRisk[item.bank], item.risk);
    }
    if (item.aspect !== undefined && item.bank === 'should-not-refuse')
      bump(perAspect, item.aspect);
    if (item.high_risk !== undefined) highRiskStated = true;
    if (item.high_risk === true) highRisk++;
    if (expectsRefusal(item)) refusals.push(index);
    if (item.question === '') return;
    const key = `${item.bank}\u0000${foldText(item.question)}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else {
      duplicateCount++;
      if (duplicates.length < DUPLICATES_KEPT) duplicates.push({ index, first: seen });
    }
  });
  const stats: TestSetStats = {
    banks,
    perRisk,
    bankRisk,
    perAspect,
    highRisk,
    highRiskStated,
    refusals,
    duplicates,
    duplicateCount,
  };
  testSetCache.set(testSet, stats);
  return stats;
}
