import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most tests wait on child processes (the bundled CLI and Action, git): more workers than
    // cores keep both cores busy.
    maxWorkers: 4,
    // A worker loads the gate's modules once for all its test files: no test keeps state in a
    // module or changes process.env, each builds its own temporary repositories.
    isolate: false,
    // Every date rule is judged as of one fixed day, so the committed examples never go stale.
    env: { GENAI_COMPLIANCE_GATE_TODAY: '2026-12-01' },
  },
});
