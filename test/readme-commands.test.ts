/**
 * Every command in the shell blocks of README.md and README.en.md either runs here, as a reader
 * would run it, or is listed below with the reason it cannot (network, the test suite itself).
 * Both READMEs hold the same commands, and every listed command is still in them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../src/data/project.js';
import { PROJECT_ROOT, tempDir } from './helpers/repo.js';

interface Run {
  /** Instead of the command (no network in tests). */
  standIn?: (sandbox: Sandbox) => string;
  /** Appended to the command. */
  extraArgs?: string;
  /** Relative to the clone, where the command runs. */
  cwd?: string;
  status?: number;
  stdout?: RegExp;
}
type Plan = Run | { skip: string };

const CLONE_URL = 'https://github.com/genai-compliance-gate/genai-compliance-gate.git';

const PLANS: Record<string, Plan> = {
  'node dist/cli.js check examples/registration-app': { stdout: /声明路径：登记/ },
  'npm ci && npm test': { skip: 'the test suite itself; .github/workflows/ci.yml runs it' },
  'npm install -g ./genai-compliance-gate-*.tgz': { stdout: /(?:added|changed) 1 package/ },
  'genai-compliance-gate --version': { stdout: new RegExp(`^${TOOL_VERSION}\\n$`) },
  [`git clone ${CLONE_URL}`]: {
    standIn: (sandbox) => `cp -R '${sandbox.clone}' genai-compliance-gate`,
  },
  'cd genai-compliance-gate': {},
  'npm pack': { stdout: /genai-compliance-gate-[\d.]+\.tgz/ },
  'genai-compliance-gate check examples/registration-app': { stdout: /声明路径：登记/ },
  'genai-compliance-gate evaluate . --endpoint https://dashscope.aliyuncs.com/compatible-mode/v1 --model qwen-plus --api-key-env DASHSCOPE_API_KEY --results evaluate-results.jsonl':
    {
      // --dry-run reads the same options and the test set, and sends nothing.
      extraArgs: '--dry-run',
      cwd: 'examples/registration-app',
      stdout: /would send \d+ requests/,
    },
  // In a folder of reports gathered from the product repositories (fleet/reports, made below).
  'genai-compliance-gate fleet reports/ --format html --output dashboard.html': { cwd: 'fleet' },
  'genai-compliance-gate fleet reports/ >> "$GITHUB_STEP_SUMMARY"': { cwd: 'fleet' },
  'genai-compliance-gate fleet reports/ --format json': { cwd: 'fleet', stdout: /^[[{]/ },
  'npm ci': { skip: 'installs the development tools from the registry; CI runs it' },
  'npm test': { skip: 'the test suite itself; .github/workflows/ci.yml runs it' },
  'npm run docs': { skip: 'rewrites the docs; test/docs.test.ts checks they are current' },
  'npm run bench': { skip: 'minutes of timing runs' },
  'npx @github/local-action run . src/action/main.ts test/fixtures/local-action.env': {
    skip: 'test/local-action.test.ts runs it',
  },
};

/** The commands of each ```sh block (indented ones too), comments and continuations resolved. */
export function shellBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  let pending = '';
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (current === undefined) {
      if (line === '```sh') current = [];
      continue;
    }
    if (line === '```') {
      blocks.push(current);
      current = undefined;
      continue;
    }
    const code = line.replace(/(?:^|\s+)#.*$/, '').trim();
    if (code.endsWith('\\')) {
      pending += `${code.slice(0, -1).trim()} `;
      continue;
    }
    const command = `${pending}${code}`.trim();
    pending = '';
    if (command !== '') current.push(command);
  }
  return blocks;
}

const README = {
  'README.md': shellBlocks(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')),
  'README.en.md': shellBlocks(readFileSync(path.join(PROJECT_ROOT, 'README.en.md'), 'utf8')),
};

interface Sandbox {
  /** A copy of what a clone of the repository holds for a user of the CLI. */
  clone: string;
  /** Where a release tarball was downloaded. */
  download: string;
  env: NodeJS.ProcessEnv;
}

let sandbox: Sandbox;

beforeAll(() => {
  const root = tempDir('gcg-readme-');
  const clone = path.join(root, 'clone');
  for (const entry of [
    'dist',
    'schemas',
    'examples',
    'test/fixtures/local-action.env',
    'action.yml',
    'package.json',
    'README.md',
    'README.en.md',
    'CHANGELOG.md',
    'LICENSE',
  ]) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(clone, entry), { recursive: true });
  }
  const download = path.join(root, 'download');
  const global = path.join(root, 'global');
  const shims = path.join(root, 'shims');
  mkdirSync(download);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    // `npm install -g` into the sandbox, never the registry.
    npm_config_prefix: global,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    PATH: [path.join(global, 'bin'), shims, process.env.PATH ?? ''].join(path.delimiter),
    GITHUB_STEP_SUMMARY: path.join(root, 'step-summary.md'),
  };
  // The JSON report of an example, as a product repository's gate run leaves it.
  mkdirSync(path.join(clone, 'fleet/reports'), { recursive: true });
  const report = spawnSync(
    process.execPath,
    [
      'dist/cli.js',
      'check',
      'examples/registration-app',
      '--format',
      'json',
      '--output',
      'fleet/reports/registration-app.json',
    ],
    { cwd: clone, env, encoding: 'utf8' },
  );
  expect(report.status, report.stderr).toBe(0);
  const pack = spawnSync('npm', ['pack', '--pack-destination', download], {
    cwd: clone,
    env,
    encoding: 'utf8',
  });
  expect(pack.status, pack.stderr).toBe(0);
  // Commands after the install sections use the installed command, whichever block runs first:
  // until a block installs the package (into global/bin, first on PATH), the command runs the
  // clone's CLI.
  mkdirSync(shims);
  writeFileSync(
    path.join(shims, 'genai-compliance-gate'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(clone, 'dist/cli.js')}" "$@"\n`,
    { mode: 0o755 },
  );
  sandbox = { clone, download, env };
}, 120_000);

/** Runs a block's commands in order, as a reader pastes them; `cd` carries over. */
function runBlock(commands: string[], start: string) {
  let cwd = start;
  for (const command of commands) {
    const plan = PLANS[command]!;
    if ('skip' in plan) continue;
    const cd = /^cd (\S+)$/.exec(command);
    if (cd) {
      cwd = path.resolve(cwd, cd[1]!);
      continue;
    }
    const line =
      plan.standIn?.(sandbox) ?? `${command}${plan.extraArgs ? ` ${plan.extraArgs}` : ''}`;
    const where = plan.cwd ? path.join(cwd, plan.cwd) : cwd;
    const result = spawnSync('sh', ['-c', line], {
      cwd: where,
      env: sandbox.env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const shown = `${command}\n${result.stdout}${result.stderr}`;
    expect(result.status, shown).toBe(plan.status ?? 0);
    if (plan.stdout) expect(result.stdout, shown).toMatch(plan.stdout);
  }
}

/** Where a block starts: a clone starts from an empty directory, an install from the download. */
function startOf(commands: string[]): string {
  if (commands[0]?.startsWith('git clone ')) return tempDir('gcg-readme-clone-');
  if (commands[0]?.startsWith('npm install -g ./')) return sandbox.download;
  return sandbox.clone;
}

describe('README commands', () => {
  it('are the same in both languages', () => {
    expect(README['README.en.md']).toEqual(README['README.md']);
  });

  it('are each run here or listed with the reason they cannot be', () => {
    const commands = Object.values(README).flat(2);
    expect(commands.filter((command) => !(command in PLANS))).toEqual([]);
    expect(Object.keys(PLANS).filter((command) => !commands.includes(command))).toEqual([]);
  });

  describe.each(README['README.md'].map((block, i) => [i + 1, block] as const))(
    'block %i',
    (_, block) => {
      it(`runs: ${block.join(' ; ')}`, () => {
        runBlock(block, startOf(block));
      }, 180_000);
    },
  );
});
