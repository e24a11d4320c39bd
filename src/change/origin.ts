/**
 * The repository and commit a checked directory belongs to, read from git in the workspace: the
 * `origin` remote's URL names the repository (no network), `HEAD` the commit.
 */
import path from 'node:path';
import type { ReportOrigin } from '../model/report.js';
import { git } from './git.js';

/** `owner/name` from a remote URL: `https://host/owner/name.git`, `git@host:owner/name`, `ssh://…`. */
export function repositoryFromUrl(url: string): string | undefined {
  const match = /[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/*$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * Only the repository's own configuration is read: the machine's and the user's git
 * configuration stay out of a report, and out of what a run opens beyond the checked tree.
 */
const REPOSITORY_CONFIG_ONLY = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** Empty outside a git repository, or when git is missing or the repository has no commit yet. */
export async function gitOrigin(dir: string): Promise<ReportOrigin> {
  try {
    const [head, remote] = await Promise.all([
      git(dir, ['rev-parse', '--show-toplevel', '--show-prefix', 'HEAD'], {
        timeoutMs: 10_000,
        env: REPOSITORY_CONFIG_ONLY,
      }),
      git(dir, ['config', '--get', 'remote.origin.url'], {
        allowExit: [1],
        timeoutMs: 10_000,
        env: REPOSITORY_CONFIG_ONLY,
      }),
    ]);
    const [top = '', prefix = '', commit = ''] = head.stdout.split('\n').map((l) => l.trim());
    const repository =
      (remote.exitCode === 0 ? repositoryFromUrl(remote.stdout) : undefined) ??
      (top ? path.basename(top) : undefined);
    const directory = prefix.replace(/\/+$/, '');
    return {
      ...(repository ? { repository } : {}),
      ...(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit) ? { commit } : {}),
      ...(directory ? { directory } : {}),
    };
  } catch {
    return {};
  }
}
