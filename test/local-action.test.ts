// The Action runs from its TypeScript source, unbundled, the way `@github/local-action` runs it:
// `npx @github/local-action run . src/action/main.ts <env file>` (the recipe in CONTRIBUTING.md).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir } from './helpers/repo.js';

const LOCAL_ACTION = path.join(
  PROJECT_ROOT,
  'node_modules/@github/local-action/bin/local-action.js',
);

function localAction(envFile: string) {
  const result = spawnSync(
    process.execPath,
    [LOCAL_ACTION, 'run', '.', 'src/action/main.ts', envFile],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NO_COLOR: '1',
        // local-action replaces @actions/core by its path under node_modules; when node_modules
        // is a link (a shared install), Node must load modules by that path, not the link's target.
        NODE_OPTIONS: [process.env.NODE_OPTIONS, '--preserve-symlinks'].filter(Boolean).join(' '),
        RUNNER_TEMP: tempDir('gcg-local-action-'),
        GITHUB_WORKSPACE: PROJECT_ROOT,
        GITHUB_STEP_SUMMARY: '',
        GITHUB_OUTPUT: '',
      },
      encoding: 'utf8',
      timeout: 200_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('@github/local-action against src/action/main.ts', () => {
  it('runs the documented recipe: the gate from source on the example, outputs set', () => {
    const run = localAction('test/fixtures/local-action.env');
    expect(run.output).toContain('Running Action');
    expect(run.output).toContain('declared path: registration  required path: registration');
    expect(run.output).toContain('::set-output name=result::passed');
    // The outputs local-action collected through its @actions/core stand-in.
    const collected = run.output.slice(run.output.indexOf('Action Outputs'));
    expect(collected).toMatch(/'result'\s*│\s*'passed'/);
    expect(collected).toMatch(/'required-path'\s*│\s*'registration'/);
    expect(run.output).not.toMatch(/could not run|require is not defined|does not export/);
    expect(run.status).toBe(0);
    // tsx compiles the source on the fly: slow on a loaded machine, hence the generous hang guard.
  }, 240_000);
});
