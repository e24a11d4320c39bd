/**
 * The counts the test-set rules and the coverage table share: items per bank, risk and aspect,
 * refusals and duplicates. Pure, computed once per loaded test set.
 */
import type { TestSet } from '../../evidence/testset.js';
import type { TestBank } from '../../model/manifest.js';
import { DUPLICATES_KEPT, type Duplicate } from './duplicate.js';
import { foldText } from '../../text/fold.js';
import { expectsRefusal } from '../../evidence/expected-refusal.js';

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
    // A multi-label item counts for every risk it names.
    for (const risk of item.risks ?? (item.risk !== undefined ? [item.risk] : [])) {
      bump(perRisk, risk);
      bump(bankRisk[item.bank], risk);
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
