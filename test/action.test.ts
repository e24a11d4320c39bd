import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { editManifest, exampleRepo, lineOf } from './helpers/repo.js';

describe('Action (dist/index.js)', () => {
  it('passes the example and writes every output', () => {
    const workspace = exampleRepo();
    const run = runAction({ workspace });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'passed',
      'declared-path': 'registration',
      'required-path': 'registration',
      errors: '0',
      warnings: '0',
    });
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ passed: true, path: { declared: 'registration' } });
  });

  it('annotates the manifest line relative to the workspace and fails the step', () => {
    const workspace = path.dirname(exampleRepo());
    const root = path.join(workspace, 'registration-app');
    const text = editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    const run = runAction({
      workspace,
      inputs: { 'working-directory': 'registration-app', lang: 'en' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `::error title=path/required,file=registration-app/compliance.yml,line=${lineOf(text, 'path:')},endLine=${lineOf(text, 'path:')},col=7::Declared path is registration`,
    );
    expect(run.outputs).toMatchObject({ result: 'failed', 'required-path': 'filing', errors: '1' });
    expect(run.stdout).toMatch(/::error::genai-compliance-gate: failed/);
  });

  it('rejects an invalid input value without a stack trace', () => {
    const run = runAction({ workspace: exampleRepo(), inputs: { 'fail-on': 'sometimes' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /::error::genai-compliance-gate could not run: input 'fail-on' must be one of/,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
