import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every date rule is judged as of one fixed day, so the committed examples never go stale.
    env: { GENAI_COMPLIANCE_GATE_TODAY: '2026-12-01' },
  },
});
