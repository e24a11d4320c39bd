/** Fuzzing documents in every format (see test/fuzz/). GCG_FUZZ_RUNS sets the cases per target. */
import { describe, it } from 'vitest';
import { checkCase, fuzz } from './fuzz/harness.js';
import { documentTarget } from './fuzz/targets.js';

describe('fuzz: documents in every format', () => {
  it(`${documentTarget.name}: the engine returns a sane report for every case`, async () => {
    await fuzz(documentTarget, checkCase);
  }, 600_000);
});
