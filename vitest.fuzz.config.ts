import { defineConfig } from 'vitest/config';

/** The long fuzz run (`npm run fuzz`): the fuzz targets only, with GCG_FUZZ_RUNS cases each. */
export default defineConfig({
  test: {
    include: ['test/fuzz-*.test.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every date rule is judged as of one fixed day, so the committed examples never go stale.
    env: { GENAI_COMPLIANCE_GATE_TODAY: '2026-12-01' },
  },
});
