/**
 * The bundled Action against a stand-in GitHub API behind a proxy that answers a plain 429 (no
 * GitHub rate-limit headers, no GitHub error body) with Retry-After: retried within bounds, and
 * every message about a failed call says how many attempts were made.
 */
import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from '../src/github/retry-after.js';
import { runActionAsync, type ActionRun } from './helpers/action.js';
import { commitAll, eventRepo, pullRequestEnv, type EventRepo } from './helpers/event-repo.js';
import { startFakeGitHub, type Fault, type FakeGitHub } from './helpers/github-api.js';
import { editManifest } from './helpers/repo.js';

const PROXY_TEXT = 'Too Many Requests: rate limit of the enterprise proxy exceeded\n';

function proxy429(retryAfter: string, times: number): Fault {
  return {
    method: 'POST',
    path: /\/issues\/7\/comments$/,
    status: 429,
    headers: { 'retry-after': retryAfter },
    proxyText: PROXY_TEXT,
    times,
  };
}

async function failingPullRequest(fake: FakeGitHub, lang = 'en'): Promise<ActionRun> {
  const repo: EventRepo = eventRepo();
  editManifest(repo.workspace, 'fine_tuning: none', 'fine_tuning: lora');
  repo.head = commitAll(repo.workspace, 'fine-tune');
  return runActionAsync({
    workspace: repo.workspace,
    inputs: { token: fake.token, lang },
    env: { GITHUB_API_URL: fake.url, ...pullRequestEnv(repo) },
  });
}

function posts(fake: FakeGitHub): number {
  return fake.requests.filter((r) => r.method === 'POST').length;
}

describe('Action behind a proxy that answers 429 with Retry-After', () => {
  it('retries, honouring Retry-After in seconds and as a date, and then writes the comment', async () => {
    const fake = await startFakeGitHub();
    const past = new Date(Date.now() - 60_000).toUTCString();
    fake.faults.push(proxy429('0', 1), proxy429(past, 1));
    const result = await failingPullRequest(fake);
    expect(result.status).toBe(1);
    expect(result.outputs.result).toBe('failed');
    expect(result.stdout).toMatch(
      /GitHub API POST \S+\/issues\/7\/comments answered HTTP 429 \(retry-after 0s\)\n.*HTTP 429 on POST \S+\/issues\/7\/comments; attempt 2 after 0s\n/,
    );
    expect(result.stdout).toMatch(/HTTP 429 on POST \S+; attempt 3 after 0s\n/);
    expect(result.stdout).toMatch(/Pull-request comment created/);
    expect(result.stdout).not.toContain('::warning');
    expect(posts(fake)).toBe(3);
    expect(fake.comments).toHaveLength(1);
  });

  it('gives up after the bounded number of attempts and says how many were made', async () => {
    const fake = await startFakeGitHub();
    fake.faults.push(proxy429('0', 100));
    const result = await failingPullRequest(fake, 'zh-CN');
    expect(result.status).toBe(1);
    expect(result.outputs.result).toBe('failed');
    expect(posts(fake)).toBe(3);
    expect(result.stdout).toMatch(/HTTP 429 on POST \S+; giving up after 3 attempt\(s\)/);
    expect(result.stdout).toMatch(
      /::warning::无法写入拉取请求评论（HTTP 429: [^\n]*；共尝试 3 次）/,
    );
    expect(result.stdout).not.toMatch(/重试后仍失败/);
    expect(fake.comments).toHaveLength(0);
  });

  it('does not wait longer than the cap: a Retry-After of an hour is one attempt, said so', async () => {
    const fake = await startFakeGitHub();
    fake.faults.push(proxy429('3600', 100));
    const result = await failingPullRequest(fake);
    expect(result.status).toBe(1);
    expect(posts(fake)).toBe(1);
    expect(result.stdout).toMatch(
      /HTTP 429 on POST \S+ asks to wait 3600s, more than 120s; giving up after 1 attempt\(s\)/,
    );
    expect(result.stdout).toMatch(
      /::warning::Could not write the pull-request comment \(HTTP 429: [^\n]*; 1 attempt, not retried\)/,
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('7', now)).toBe(7);
    expect(retryAfterSeconds(' 0 ', now)).toBe(0);
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
