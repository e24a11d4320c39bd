/** Product repositories with real git history for the drift rules: base commit, then a change. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/model/report.js';
import type { Finding } from '../../src/model/finding.js';
import { editManifest, EXAMPLES, exampleRepo } from './repo.js';
import { check } from './run.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }).trim();
}

/** Commits everything in the work tree and returns the commit id. */
export function commit(root: string, message = 'change'): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** A copy of an example as a git repository on `main` with one commit; returns root and base. */
export function driftRepo(example = 'registration-app'): { root: string; base: string } {
  const root = exampleRepo(example);
  git(root, 'init', '-q', '-b', 'main');
  return { root, base: commit(root, 'base') };
}

export async function checkChange(root: string, base: string, head: string): Promise<Report> {
  return check(root, { base, head, lang: 'en' });
}

export function drift(report: Report): Finding[] {
  return report.findings.filter((f) => f.ruleId.startsWith('drift/'));
}

/** The registration example switched to the filing path with what filing requires. */
export function switchToFiling(root: string): void {
  editManifest(root, 'path: registration', 'path: filing');
  editManifest(
    root,
    '  application_form: compliance/materials/生成式人工智能调用已备案大模型上线备案表.md',
    '  application_form: compliance/materials/生成式人工智能调用已备案大模型上线备案表.md\n  security_assessment: compliance/materials/安全评估报告.md',
  );
  editManifest(
    root,
    '  online_number: null',
    '  online_number: null\n  algorithm_filing_number: 网信算备110108823483901230031号',
  );
  const material = 'compliance/materials/安全评估报告.md';
  mkdirSync(path.dirname(path.join(root, material)), { recursive: true });
  copyFileSync(path.join(EXAMPLES, 'filing-self-developed', material), path.join(root, material));
}

export function remove(root: string, rel: string): void {
  rmSync(path.join(root, rel), { recursive: true, force: true });
}
