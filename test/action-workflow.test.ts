/** The example workflow: the events, least privilege, history for drift, and real Action inputs. */
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/repo.js';

const load = (rel: string) =>
  yaml.load(readFileSync(path.join(PROJECT_ROOT, rel), 'utf8')) as Record<string, any>;

describe('examples/workflows/compliance.yml', () => {
  const workflow = load('examples/workflows/compliance.yml');
  const action = load('action.yml');
  const job = workflow.jobs.gate;
  const steps: Record<string, any>[] = job.steps;
  const gate = steps.find((s) => s.id === 'gate')!;
  const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif'))!;

  it('runs on pull requests, the merge queue and pushes, never on pull_request_target', () => {
    expect(Object.keys(workflow.on)).toEqual(
      expect.arrayContaining(['pull_request', 'merge_group', 'push']),
    );
    expect(workflow.on).not.toHaveProperty('pull_request_target');
  });

  it('grants only what each feature needs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      'security-events': 'write',
    });
  });

  it('checks out the history drift needs and passes only inputs the Action has', () => {
    const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@'))!;
    expect(checkout.with['fetch-depth']).toBe(0);
    expect(checkout.with['persist-credentials']).toBe(false);
    for (const input of Object.keys(gate.with)) expect(action.inputs).toHaveProperty(input);
    expect(['always', 'on-failure', 'never']).toContain(gate.with.comment);
  });

  it('uploads the SARIF the gate wrote, even when the gate failed, but not from forks', () => {
    expect(upload.with.sarif_file).toBe(gate.with.sarif);
    expect(upload.if).toContain('!cancelled()');
    expect(upload.if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(gate));
  });

  it('uses checkout and upload-sarif on their Node.js 24 majors', () => {
    const source = readFileSync(
      path.join(PROJECT_ROOT, 'examples/workflows/compliance.yml'),
      'utf8',
    );
    const major = (action: string) =>
      Number(new RegExp(`uses: ${action}@[0-9a-f]{40} # v(\\d+)\\.`).exec(source)?.[1]);
    expect(major('actions/checkout')).toBeGreaterThanOrEqual(5);
    expect(major('github/codeql-action/upload-sarif')).toBe(4);
  });
});
