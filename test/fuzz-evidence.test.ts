/** Fuzzing lexicons and test sets in every format (see test/fuzz/). GCG_FUZZ_RUNS sets the cases per target. */
import { describe, it } from 'vitest';
import { checkCase, fuzz } from './fuzz/harness.js';
import { lexiconTarget, testsetTarget } from './fuzz/targets.js';

describe('fuzz: lexicons and test sets in every format', () => {
  it(`${lexiconTarget.name}: the engine returns a sane report for every case`, async () => {
    await fuzz(lexiconTarget, checkCase);
  }, 600_000);
  it(`${testsetTarget.name}: the engine returns a sane report for every case`, async () => {
    await fuzz(testsetTarget, checkCase);
  }, 600_000);
});
