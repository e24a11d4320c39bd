/**
 * The bundled Action run as the runner runs it, against a stand-in GitHub API: the sticky PR
 * comment, retries, permission problems, and no token in anything the Action prints or writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runActionAsync, type ActionRun } from './helpers/action.js';
import {
  commitAll,
  eventRepo,
  mergeGroupEnv,
  pullRequestEnv,
  pushEnv,
  type EventRepo,
} from './helpers/event-repo.js';
import { describeError, scrub } from '../src/github/scrub.js';
import { GITHUB_ERRORS, startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';
import { editManifest, lineOf, readManifest } from './helpers/repo.js';

const MARKER = '<!-- genai-compliance-gate: .:compliance.yml -->';

function breakPath(repo: EventRepo): void {
  editManifest(repo.workspace, 'fine_tuning: none', 'fine_tuning: lora');
  repo.head = commitAll(repo.workspace, 'fine-tune');
}

function run(
  repo: EventRepo,
  fake: FakeGitHub,
  env: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runActionAsync({
    workspace: repo.workspace,
    inputs: { token: fake.token, lang: 'en', ...inputs },
    env: { GITHUB_API_URL: fake.url, ...env },
  });
}

/** The runner consumes `::add-mask::` itself; nothing else may carry the token. */
function expectNoToken(result: ActionRun, fake: FakeGitHub): void {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  expect(result.stdout).toContain(`::add-mask::${fake.token}`);
  for (const text of [
    stdout,
    result.stderr,
    result.summary,
    JSON.stringify(result.outputs),
    result.outputs.report ? readFileSync(result.outputs.report, 'utf8') : '',
    ...fake.comments.map((c) => c.body),
  ]) {
    expect(text).not.toContain(fake.token);
    expect(text).not.toContain(fake.token.slice(4, 20));
  }
}

function calls(fake: FakeGitHub): string[] {
  return fake.requests.map((r) => `${r.method} ${r.path}`);
}

describe('Action on a pull request, against a stand-in GitHub API', () => {
  it('creates one comment, edits it on the next run, and edits it again once the PR is fixed', async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    breakPath(repo);
    const text = readManifest(repo.workspace);
    const pathLine = lineOf(text, 'path:');

    const first = await run(repo, fake, pullRequestEnv(repo));
    expect(first.status).toBe(1);
    expect(first.stdout).toContain(
      `::error title=path/required,file=compliance.yml,line=${pathLine},endLine=${pathLine},col=7::Declared path is registration`,
    );
    // The pull request itself declares the fine-tuning: the drift finding is annotated first.
    expect(first.stdout).toMatch(
      /\n::error title=drift\/manifest-fine-tuning,file=compliance\.yml,line=\d+,[^\n]*\n::error title=path\/required,/,
    );
    expect(first.stdout).toMatch(/::error::genai-compliance-gate: failed — 2 error/);
    expect(first.stdout).toMatch(
      /GET \/user failed \(HTTP 403: Resource not accessible by integration/,
    );
    expect(first.stdout).toMatch(
      /Pull-request comment created: https:\/\/github\.com\/octo-org\/octo-repo\/pull\/7#issuecomment-\d+/,
    );
    expect(first.outputs).toMatchObject({
      result: 'failed',
      'declared-path': 'registration',
      'required-path': 'filing',
      errors: '2',
      warnings: '0',
    });
    expect(JSON.parse(readFileSync(first.outputs.report!, 'utf8'))).toMatchObject({
      passed: false,
      counts: { error: 2 },
    });
    expect(first.summary).toContain('### Drift in this change `drift` (1)');
    expect(first.summary).toContain(`| Head | \`${repo.head.slice(0, 7)}\` |`);
    expect(first.summary).toContain('## ❌ GenAI compliance gate: failed');
    expect(first.summary).toContain('[`path/required`](https://github.com/');
    expect(first.summary).toContain(
      `[\`compliance.yml:${pathLine}\`](https://github.com/octo-org/octo-repo/blob/${repo.head}/compliance.yml#L${pathLine})`,
    );
    expect(calls(fake)).toEqual([
      'GET /user',
      'GET /repos/octo-org/octo-repo/issues/7/comments',
      'POST /repos/octo-org/octo-repo/issues/7/comments',
    ]);
    const post = fake.requests[2]!;
    expect(post.headers.authorization).toBe(`token ${fake.token}`);
    expect(post.headers['user-agent']).toMatch(/octokit/);
    expect(post.headers['content-type']).toMatch(/^application\/json/);
    expect(fake.comments).toHaveLength(1);
    const comment = fake.comments[0]!;
    expect(comment.login).toBe('github-actions[bot]');
    expect(comment.body.startsWith(`${MARKER}\n## ❌ GenAI compliance gate: failed`)).toBe(true);
    expect(comment.body).toContain('path/required');
    expectNoToken(first, fake);

    // A new push to the pull request: the same comment is edited, not a second one posted.
    editManifest(repo.workspace, 'waivers: []', 'waivers: [] # reviewed');
    repo.head = commitAll(repo.workspace, 'touch');
    const second = await run(repo, fake, pullRequestEnv(repo, { action: 'synchronize' }));
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(
      /Pull-request comment updated: https:\/\/github\.com\/.*#issuecomment-/,
    );
    expect(calls(fake).slice(3)).toEqual([
      'GET /user',
      'GET /repos/octo-org/octo-repo/issues/7/comments',
      `PATCH /repos/octo-org/octo-repo/issues/comments/${comment.id}`,
    ]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain(repo.head);
    expectNoToken(second, fake);

    // Fixed: with the default `on-failure` a passing run still updates the earlier comment.
    editManifest(repo.workspace, 'fine_tuning: lora', 'fine_tuning: none');
    repo.head = commitAll(repo.workspace, 'fix');
    const third = await run(repo, fake, pullRequestEnv(repo, { action: 'synchronize' }));
    expect(third.status).toBe(0);
    expect(third.outputs.result).toBe('passed');
    expect(fake.comments).toHaveLength(1);
    expect(
      fake.comments[0]!.body.startsWith(`${MARKER}\n## ✅ GenAI compliance gate: passed`),
    ).toBe(true);
    expect(third.stdout).not.toContain('::error');
  });

  it('does not post on a passing run with on-failure, and posts with always', async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    const quiet = await run(repo, fake, pullRequestEnv(repo));
    expect(quiet.status).toBe(0);
    expect(calls(fake)).toEqual(['GET /user', 'GET /repos/octo-org/octo-repo/issues/7/comments']);
    expect(fake.comments).toHaveLength(0);

    const loud = await run(repo, fake, pullRequestEnv(repo), { comment: 'always' });
    expect(loud.status).toBe(0);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('✅');

    const never = await run(repo, fake, pullRequestEnv(repo), { comment: 'never' });
    expect(never.status).toBe(0);
    expect(fake.requests).toHaveLength(5);
  });

  it("finds its comment by marker and the token's own login across pages, ignoring others", async () => {
    const fake = await startFakeGitHub({ userLogin: 'compliance-bot' });
    const repo = eventRepo();
    breakPath(repo);
    for (let i = 0; i < 130; i++) fake.addComment(7, `reviewer${i % 3}`, `LGTM ${i}`);
    const quoted = fake.addComment(7, 'reviewer1', `> ${MARKER}\n> quoted the gate`);
    const ours = fake.addComment(7, 'compliance-bot', `${MARKER}\nold report`);
    const result = await run(repo, fake, pullRequestEnv(repo));
    expect(result.status).toBe(1);
    expect(calls(fake)).toEqual([
      'GET /user',
      'GET /repos/octo-org/octo-repo/issues/7/comments',
      'GET /repositories/1296269/issues/7/comments',
      `PATCH /repos/octo-org/octo-repo/issues/comments/${ours.id}`,
    ]);
    expect(fake.requests[1]!.query.get('per_page')).toBe('100');
    expect(fake.requests[2]!.query.get('page')).toBe('2');
    expect(quoted.body).toBe(`> ${MARKER}\n> quoted the gate`);
    expect(ours.body).toContain('path/required');
    expect(fake.comments).toHaveLength(132);
  });

  it("turns a fork's read-only 403 into a warning, never a changed verdict, and leaks no token", async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    // A hostile proxy echoing the credential back must not get it printed.
    fake.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      body: {
        ...GITHUB_ERRORS.forbidden,
        message: `Resource not accessible by integration (authorization: token ${fake.token})`,
      },
      times: 10,
    });
    const passing = await run(repo, fake, pullRequestEnv(repo), { comment: 'always' });
    expect(passing.status).toBe(0);
    expect(passing.outputs.result).toBe('passed');
    expect(passing.stdout).toMatch(
      /::warning::Could not write the pull-request comment \(HTTP 403: Resource not accessible by integration/,
    );
    expect(passing.stdout).toContain('pull-requests: write');
    expect(passing.summary).toContain('Could not write the pull-request comment');
    expect(fake.comments).toHaveLength(0);
    expectNoToken(passing, fake);

    breakPath(repo);
    const failing = await run(repo, fake, pullRequestEnv(repo));
    expect(failing.status).toBe(1);
    expect(failing.outputs.result).toBe('failed');
    expect(failing.stdout).toMatch(
      /::warning::Could not write the pull-request comment \(HTTP 403/,
    );
    expectNoToken(failing, fake);
  });

  it('turns a 404 into a warning', async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    breakPath(repo);
    fake.faults.push({
      method: 'GET',
      path: /\/issues\/7\/comments$/,
      status: 404,
      body: GITHUB_ERRORS.notFound,
      times: 1,
    });
    const result = await run(repo, fake, pullRequestEnv(repo));
    expect(result.status).toBe(1);
    expect(result.outputs.result).toBe('failed');
    expect(result.stdout).toMatch(
      /::warning::Could not write the pull-request comment \(HTTP 404: Not Found.*cannot see this repository/,
    );
    expect(fake.comments).toHaveLength(0);
    expectNoToken(result, fake);
  });

  it('retries a 500 and then succeeds, saying so in the log', async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    breakPath(repo);
    fake.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 500,
      body: GITHUB_ERRORS.serverError,
      times: 1,
    });
    const result = await run(repo, fake, pullRequestEnv(repo));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /GitHub API POST \S+\/repos\/octo-org\/octo-repo\/issues\/7\/comments answered HTTP 500\n/,
    );
    expect(result.stdout).toMatch(/Pull-request comment created/);
    expect(result.stdout).not.toContain('::warning');
    expect(calls(fake).filter((c) => c.startsWith('POST'))).toHaveLength(2);
    expect(fake.comments).toHaveLength(1);
    expectNoToken(result, fake);
  });

  it('gives up on an API that keeps failing, with a warning and the verdict unchanged', async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    breakPath(repo);
    fake.faults.push({
      method: 'GET',
      path: /^\/user$/,
      status: 502,
      body: { message: 'Server Error' },
      times: 100,
    });
    const result = await run(repo, fake, pullRequestEnv(repo));
    expect(result.status).toBe(1);
    expect(result.outputs.result).toBe('failed');
    expect(calls(fake)).toEqual(['GET /user', 'GET /user', 'GET /user']);
    expect(result.stdout.match(/GitHub API GET \S+\/user answered HTTP 502/g)).toHaveLength(3);
    expect(result.stdout).toMatch(
      /::warning::Could not write the pull-request comment \(HTTP 502: Server Error; 3 attempts\)/,
    );
    expectNoToken(result, fake);
  });

  it('waits out a 429 with retry-after and then succeeds', async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    breakPath(repo);
    fake.faults.push({
      method: 'GET',
      path: /\/issues\/7\/comments$/,
      status: 429,
      headers: { 'retry-after': '1' },
      body: GITHUB_ERRORS.secondaryRateLimit,
      times: 1,
    });
    const result = await run(repo, fake, pullRequestEnv(repo));
    expect(result.status).toBe(1);
    expect(result.outputs.result).toBe('failed');
    expect(result.stdout).toMatch(
      /answered HTTP 429 \(retry-after 1s\)\n.*secondary rate limit on GET \S+\/issues\/7\/comments\S*; retrying after 1s/,
    );
    expect(result.stdout).toMatch(/Pull-request comment created/);
    expect(fake.comments).toHaveLength(1);
    expectNoToken(result, fake);
  });
});

describe('Action on merge_group and push', () => {
  it.each([
    ['merge_group', mergeGroupEnv],
    ['push', pushEnv],
  ] as const)('%s: audits without calling the API', async (_name, envFor) => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    breakPath(repo);
    const result = await run(repo, fake, envFor(repo), { comment: 'always' });
    expect(result.status).toBe(1);
    expect(result.outputs).toMatchObject({ result: 'failed', errors: '2' });
    expect(result.stdout).toContain('::error title=drift/manifest-fine-tuning,file=compliance.yml');
    expect(result.summary).toContain('## ❌ GenAI compliance gate: failed');
    expect(result.stdout).toContain('::error title=path/required,file=compliance.yml');
    expect(fake.requests).toHaveLength(0);
    expectNoToken(result, fake);
  });
});

describe('scrub', () => {
  it('removes known secrets and anything shaped like a credential', () => {
    const secret = 'my-own-secret-value';
    expect(
      scrub(
        `a ${secret} b ghp_${'x'.repeat(36)} github_pat_${'Y'.repeat(40)} authorization: token abc123 Authorization: "Bearer eyJhbGciOi" ?access_token=zzz&page=2`,
        [secret],
      ),
    ).toBe('a *** b *** *** authorization: *** Authorization: "***" ?access_token=***&page=2');
    expect(scrub('tokens: 3 left, see token docs')).toBe('tokens: 3 left, see token docs');
  });

  it('describes an API error by status and first line only', () => {
    const error = Object.assign(
      new Error(`Bad credentials\nheaders: { authorization: 'token ghs_${'q'.repeat(36)}' }`),
      {
        status: 401,
      },
    );
    expect(describeError(error)).toBe('HTTP 401: Bad credentials');
    expect(describeError(new Error('x'.repeat(500))).length).toBe(300);
  });
});
