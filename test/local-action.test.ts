// The Action runs from its TypeScript source, unbundled, the way `@github/local-action` runs it:
// `local-action run . src/action/main.ts <env file>`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editManifest, exampleRepo, PROJECT_ROOT, tempDir } from './helpers/repo.js';

const LOCAL_ACTION = path.join(
  PROJECT_ROOT,
  'node_modules/@github/local-action/bin/local-action.js',
);

function localAction(workspace: string, inputs: Record<string, string>) {
  const temp = tempDir('gcg-local-action-');
  const envFile = path.join(temp, 'action.env');
  const lines = [
    `GITHUB_WORKSPACE=${workspace}`,
    `RUNNER_TEMP=${temp}`,
    ...Object.entries(inputs).map(([name, value]) => `INPUT_${name.toUpperCase()}=${value}`),
  ];
  writeFileSync(envFile, `${lines.join('\n')}\n`);
  const result = spawnSync(
    process.execPath,
    [LOCAL_ACTION, 'run', '.', 'src/action/main.ts', envFile],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', GITHUB_OUTPUT: '' },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('@github/local-action against src/action/main.ts', () => {
  it('runs the gate from source on the example and sets its outputs', () => {
    const run = localAction(exampleRepo(), { comment: 'never', lang: 'en' });
    expect(run.output).toContain('Running Action');
    expect(run.output).toContain('declared path: registration  required path: registration');
    expect(run.output).toContain('::set-output name=result::passed');
    expect(run.output).not.toMatch(/could not run|require is not defined|does not export/);
    expect(run.status).toBe(0);
  });

  it('fails the step from source when the example drifts to fine-tuning', () => {
    const root = exampleRepo();
    editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    const run = localAction(root, { comment: 'never', lang: 'en' });
    expect(run.output).toContain('::set-output name=required-path::filing');
    expect(run.output).toContain('::set-output name=result::failed');
    expect(run.output).toMatch(/::error::genai-compliance-gate: failed/);
  });
});
