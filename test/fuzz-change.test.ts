/** Fuzzing changes: the REST fallback and the git diff stream (see test/fuzz/). GCG_FUZZ_RUNS sets the cases per target. */
import { describe, it } from 'vitest';
import { checkCase, fuzz } from './fuzz/harness.js';
import { changeTarget, diffTarget } from './fuzz/targets.js';

describe('fuzz: changes: the REST fallback and the git diff stream', () => {
  it(`${changeTarget.name}: the engine returns a sane report for every case`, async () => {
    await fuzz(changeTarget, checkCase);
  }, 600_000);
  it(`${diffTarget.name}: the parser builds sane entries from every stream`, async () => {
    await fuzz(diffTarget, checkCase);
  }, 600_000);
});
