/**
 * File names and manifest values that would inject workflow commands into the Actions log:
 * newlines followed by `::command::`, and the legacy `##[command]` form the runner accepts
 * anywhere in a line. The bundled Action (and the CLI run inside a workflow) must leave the
 * runner nothing to execute but its own commands. The runner's parser is reproduced in
 * helpers/workflow-commands.ts: command names in any capitalisation, lines split at CR as at LF.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { runnerCommands, type Command } from './helpers/workflow-commands.js';
import { editManifest } from './helpers/repo.js';
import {
  expectCompleted,
  expectConfined,
  hostileRepo,
  TRACER,
  tracedCli,
} from './helpers/hostile.js';

const INJECTIONS = [
  'x\n::warning title=INJECTED::pwned\n.txt',
  'y ##[error]INJECTED-LEGACY.txt',
  'v\r::ERROR title=INJECTED-CR::upper\r.txt',
  'u ##[Warning]INJECTED-MIXED.txt',
  'z\n::stop-commands::INJECTEDTOKEN\n.txt',
  'w\n::add-mask::INJECTED-MASK\n.txt',
];

function injectedRepo() {
  const repo = hostileRepo();
  const folder = path.join(repo.root, 'compliance/keywords');
  mkdirSync(folder, { recursive: true });
  for (const name of INJECTIONS) writeFileSync(path.join(folder, name), '词\n');
  editManifest(
    repo.root,
    'compliance/content-safety/附件4-拦截关键词列表.xlsx',
    'compliance/keywords',
  );
  editManifest(
    repo.root,
    'compliance/materials/联系人信息表.md',
    '"missing\\n::error title=INJECTED::from the manifest\\n##[warning]INJECTED-MANIFEST.md"',
  );
  return repo;
}

function expectNothingInjected(stdout: string): Command[] {
  const executed = runnerCommands(stdout);
  for (const command of executed) {
    expect(command.command, JSON.stringify(command)).not.toBe('stop-commands');
    expect(command.command, JSON.stringify(command)).not.toBe('add-mask');
    expect(command.properties.title ?? '', JSON.stringify(command)).not.toContain('INJECTED');
    expect(command.data.startsWith('INJECTED'), JSON.stringify(command)).toBe(false);
  }
  return executed;
}

describe('workflow-command injection through file names and manifest values', () => {
  it('the runner parser reproduced here does see an injection in plain output', () => {
    const executed = runnerCommands(
      'lexicon problem in x\n::warning title=INJECTED::pwned\nfile y ##[error]INJECTED-LEGACY\n' +
        'z\r::ERROR title=INJECTED-UPPER::a\u2028 ::Notice title=INJECTED-SEP::b ##[Error]INJECTED-MIXED\n',
    );
    expect(executed.map((c) => [c.command, c.properties.title ?? c.data])).toEqual([
      ['warning', 'INJECTED'],
      ['error', 'INJECTED-LEGACY'],
      ['error', 'INJECTED-UPPER'],
      ['notice', 'INJECTED-SEP'],
    ]);
  });

  it('the Action annotates the hostile files and the runner executes nothing injected', () => {
    const repo = injectedRepo();
    const result = runAction({ workspace: repo.root, inputs: { lang: 'en', comment: 'never' } });
    expect(result.status).toBe(1);
    const executed = expectNothingInjected(result.stdout);
    const annotations = executed.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
    expect(annotations.length).toBeGreaterThan(0);
    const files = annotations.map((c) => c.properties.file);
    expect(files).toContain('compliance/keywords/x\n::warning title=INJECTED::pwned\n.txt');
    expect(result.stdout).toContain('INJECTED-LEGACY');
  });

  it(`the CLI inside a workflow prints its report with commands stopped (confinement by ${TRACER})`, () => {
    const repo = injectedRepo();
    const run = tracedCli(['check', repo.root, '--lang', 'en'], {
      cwd: repo.root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true' },
    });
    expectCompleted(run);
    expectConfined(run, repo);
    expect(run.stdout).toContain('pwned');
    expect(expectNothingInjected(run.stdout)).toEqual([]);
  });
});
