/** Fuzzing manifests, field by field and byte by byte (see test/fuzz/). GCG_FUZZ_RUNS sets the cases per target. */
import { describe, it } from 'vitest';
import { checkCase, fuzz } from './fuzz/harness.js';
import { manifestFieldsTarget, manifestBytesTarget } from './fuzz/targets.js';

describe('fuzz: manifests, field by field and byte by byte', () => {
  it(`${manifestFieldsTarget.name}: the engine returns a sane report for every case`, async () => {
    await fuzz(manifestFieldsTarget, checkCase);
  }, 600_000);
  it(`${manifestBytesTarget.name}: the engine returns a sane report for every case`, async () => {
    await fuzz(manifestBytesTarget, checkCase);
  }, 600_000);
});
