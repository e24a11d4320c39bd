/**
 * Base and head of the change from the workflow event, for the drift rules:
 * - `pull_request`, `pull_request_target`: the pull request's base and head commits. Under
 *   `pull_request_target` the workflow runs with the base branch's rights; the gate only reads
 *   the head commit's objects (fetched, never checked out, never run).
 * - `merge_group`: `base_sha` / `head_sha`.
 * - `push`: `before` / `after`; a new branch (all-zero `before`) is compared with the default
 *   branch; a deleted branch has nothing to compare.
 * - `workflow_dispatch`, `schedule` and others: a full audit, drift skipped with a note.
 * The inputs `base-ref` / `head-ref` win over the event.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { text, type Bilingual } from '../model/finding.js';
import type { ChangeFallback } from '../change/rest.js';

export interface EventChange {
  base?: string;
  head?: string;
  /** Fetch missing commits and deepen a shallow checkout from origin. */
  deepen: boolean;
  changeNote?: Bilingual;
  changeFallback?: ChangeFallback;
}

interface PullRequestPayload {
  number?: unknown;
  base?: { sha?: unknown };
  head?: { sha?: unknown };
  changed_files?: unknown;
}

export interface EventPayload {
  pull_request?: PullRequestPayload;
  merge_group?: { base_sha?: unknown; head_sha?: unknown };
  before?: unknown;
  after?: unknown;
  ref?: unknown;
  repository?: { default_branch?: unknown; full_name?: unknown };
}

const ZERO = /^0{40}(?:0{24})?$/;
const EVENT_LIMIT = 25 * 1024 * 1024;

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value)
    ? value
    : undefined;
}

function fullAudit(event: string): Bilingual {
  return text(
    `${event} 事件没有可比较的变更：执行完整审查，跳过漂移规则`,
    `The ${event} event has no change to compare: full audit, drift rules skipped`,
  );
}

/** Base and head as the event names them; no I/O. */
export function changeFromPayload(
  event: string,
  payload: EventPayload,
): Pick<EventChange, 'base' | 'head' | 'changeNote'> {
  switch (event) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const base = sha(payload.pull_request?.base?.sha);
      const head = sha(payload.pull_request?.head?.sha);
      if (base && head) return { base, head };
      break;
    }
    case 'merge_group': {
      const base = sha(payload.merge_group?.base_sha);
      const head = sha(payload.merge_group?.head_sha);
      if (base && head) return { base, head };
      break;
    }
    case 'push': {
      const head = sha(payload.after);
      if (!head || ZERO.test(String(payload.after))) {
        return {
          changeNote: text(
            '推送删除了分支，没有可比较的变更，跳过漂移规则',
            'The push deleted a branch: no change to compare, drift rules skipped',
          ),
        };
      }
      const before = sha(payload.before);
      if (before && !ZERO.test(before)) return { base: before, head };
      const branch = payload.repository?.default_branch;
      const ref = typeof payload.ref === 'string' ? payload.ref : '';
      if (typeof branch === 'string' && branch !== '' && ref !== `refs/heads/${branch}`) {
        return { base: `refs/remotes/origin/${branch}`, head };
      }
      return {
        changeNote: text(
          '新分支的首次推送且无默认分支可比较：执行完整审查，跳过漂移规则',
          'First push of a branch with no default branch to compare with: full audit, drift rules skipped',
        ),
      };
    }
    default:
      return { changeNote: fullAudit(event || 'this') };
  }
  return { changeNote: fullAudit(event) };
}

export function readPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    if (statSync(file).size > EVENT_LIMIT) return {};
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value !== null && typeof value === 'object' ? (value as EventPayload) : {};
  } catch {
    return {};
  }
}

/** The change the Action compares: inputs first, then the event; with the REST fallback for PRs. */
export function eventChange(
  inputs: {
    baseRef?: string;
    headRef?: string;
    token?: string;
    workspace: string;
    workingDirectory: string;
  },
  env: NodeJS.ProcessEnv = process.env,
): EventChange {
  if (inputs.baseRef && inputs.headRef) {
    return { base: inputs.baseRef, head: inputs.headRef, deepen: true };
  }
  const event = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const found = changeFromPayload(event, payload);
  const change: EventChange = { ...found, deepen: true };
  const pr = payload.pull_request;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (found.base && found.head && typeof pr?.number === 'number' && inputs.token && owner && repo) {
    const relative = path
      .relative(inputs.workspace, inputs.workingDirectory)
      .split(path.sep)
      .join('/');
    const prefix = relative === '' ? '' : `${relative}/`;
    const { token } = inputs;
    const number = pr.number;
    const changedFiles = typeof pr.changed_files === 'number' ? pr.changed_files : undefined;
    const [base, head] = [found.base, found.head];
    change.changeFallback = async (manifestPath) => {
      const { pullRequestChange } = await import('../github/pull-files.js');
      return pullRequestChange(
        {
          token,
          owner,
          repo,
          number,
          base,
          head,
          prefix,
          ...(changedFiles !== undefined ? { changedFiles } : {}),
          log: { info: () => undefined, warning: () => undefined },
        },
        manifestPath,
      );
    };
  }
  return change;
}
