/** The pull request a run belongs to, read from the event payload without loading the toolkit. */
import { readFileSync } from 'node:fs';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** The pull request's head commit, for links to files. */
  headSha?: string;
}

interface Payload {
  pull_request?: { number?: unknown; head?: { sha?: unknown } };
  issue?: { number?: unknown; pull_request?: unknown };
  repository?: { full_name?: unknown };
}

export function pullRequestTarget(
  env: NodeJS.ProcessEnv = process.env,
): PullRequestTarget | undefined {
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return undefined;
  let payload: Payload;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Payload;
  } catch {
    return undefined;
  }
  if (payload === null || typeof payload !== 'object') return undefined;
  const number =
    payload.pull_request?.number ??
    (payload.issue?.pull_request !== undefined ? payload.issue.number : undefined);
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return undefined;
  const fullName =
    env.GITHUB_REPOSITORY ??
    (typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : '');
  const [owner, repo, extra] = fullName.split('/');
  if (!owner || !repo || extra !== undefined) return undefined;
  const headSha = payload.pull_request?.head?.sha;
  return { owner, repo, number, ...(typeof headSha === 'string' ? { headSha } : {}) };
}
