/**
 * A product repository with real git history, and GitHub event payloads (from
 * @octokit/webhooks-examples) adapted to it: what the runner hands the Action on a pull request,
 * a merge queue or a push.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleRepo, tempDir, writeFile } from './repo.js';
import { webhookExample } from './github-api.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
  }).trim();
}

export interface EventRepo {
  workspace: string;
  base: string;
  head: string;
}

/** The example on `main` (base), then one commit on top (head) changing a harmless file. */
export function eventRepo(example = 'registration-app'): EventRepo {
  const workspace = exampleRepo(example);
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  writeFile(workspace, 'docs/CHANGELOG.md', '# 变更记录\n\n- 更新文案模板\n');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'head');
  const head = git(workspace, 'rev-parse', 'HEAD');
  return { workspace, base, head };
}

/** Commits whatever the test changed, returning the new head. */
export function commitAll(workspace: string, message = 'change'): string {
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', message);
  return git(workspace, 'rev-parse', 'HEAD');
}

export const OWNER = 'octo-org';
export const REPO = 'octo-repo';

function adaptRepository(payload: Record<string, any>): void {
  payload.repository.name = REPO;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.owner.login = OWNER;
}

/** Writes a payload to a temp file and returns the runner variables pointing at it. */
function eventEnv(name: string, payload: Record<string, any>, sha: string): Record<string, string> {
  const file = path.join(tempDir('gcg-event-'), 'event.json');
  writeFileSync(file, JSON.stringify(payload, null, 2));
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '1',
  };
}

export function pullRequestEnv(
  repo: EventRepo,
  options: { action?: 'opened' | 'synchronize'; number?: number } = {},
): Record<string, string> {
  const payload = webhookExample('pull_request', options.action ?? 'opened');
  const number = options.number ?? 7;
  adaptRepository(payload);
  payload.number = number;
  const pr = payload.pull_request;
  pr.number = number;
  pr.url = `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`;
  pr.html_url = `https://github.com/${OWNER}/${REPO}/pull/${number}`;
  pr.base.sha = repo.base;
  pr.base.ref = 'main';
  pr.base.repo.full_name = `${OWNER}/${REPO}`;
  pr.head.sha = repo.head;
  pr.head.ref = 'feature';
  pr.head.repo.full_name = `${OWNER}/${REPO}`;
  return {
    ...eventEnv('pull_request', payload, repo.head),
    GITHUB_REF: `refs/pull/${number}/merge`,
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature',
  };
}

export function mergeGroupEnv(repo: EventRepo): Record<string, string> {
  const payload = webhookExample('merge_group', 'checks_requested');
  adaptRepository(payload);
  payload.merge_group.base_sha = repo.base;
  payload.merge_group.head_sha = repo.head;
  payload.merge_group.base_ref = 'refs/heads/main';
  payload.merge_group.head_commit.id = repo.head;
  return {
    ...eventEnv('merge_group', payload, repo.head),
    GITHUB_REF: payload.merge_group.head_ref,
  };
}

export function pushEnv(repo: EventRepo): Record<string, string> {
  const payload = webhookExample('push');
  adaptRepository(payload);
  payload.ref = 'refs/heads/main';
  payload.before = repo.base;
  payload.after = repo.head;
  payload.created = false;
  return { ...eventEnv('push', payload, repo.head), GITHUB_REF: 'refs/heads/main' };
}

/**
 * A pull request #7 of octo-org/octo-repo whose base and head commits the workspace does not have:
 * the Action must take the change from the REST API at `apiUrl`.
 */
export function restFallbackEnv(changedFiles: number, apiUrl: string): Record<string, string> {
  const payload = webhookExample('pull_request', 'opened');
  payload.number = 7;
  payload.pull_request.number = 7;
  payload.pull_request.base.sha = 'a'.repeat(40);
  payload.pull_request.head.sha = 'b'.repeat(40);
  payload.pull_request.changed_files = changedFiles;
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: writeFile(tempDir('gcg-event-'), 'event.json', JSON.stringify(payload)),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: apiUrl,
  };
}
