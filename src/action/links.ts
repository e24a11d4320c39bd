/** Links into GitHub for the job summary and the comment, from the runner's environment. */
import type { PullRequestTarget } from '../github/pull-request.js';

function base(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
  const repo = env.GITHUB_REPOSITORY;
  return server && repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? `${server}/${repo}` : undefined;
}

/** A file at the checked commit; `repoPath` maps a finding's file to the repository. */
export function fileLinker(
  repoPath: (file: string) => string | undefined,
  pullRequest: PullRequestTarget | undefined,
  env: NodeJS.ProcessEnv = process.env,
): ((file: string, line?: number) => string | undefined) | undefined {
  const repoUrl = base(env);
  const sha = pullRequest?.headSha ?? env.GITHUB_SHA;
  if (!repoUrl || !sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  return (file, line) => {
    const rel = repoPath(file);
    if (rel === undefined) return undefined;
    const encoded = rel.split('/').map(encodeURIComponent).join('/');
    return `${repoUrl}/blob/${sha}/${encoded}${line !== undefined ? `#L${line}` : ''}`;
  };
}

/** The workflow run, where the full job summary lives. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repoUrl = base(env);
  const id = env.GITHUB_RUN_ID;
  if (!repoUrl || !id || !/^\d+$/.test(id)) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return `${repoUrl}/actions/runs/${id}${attempt && /^\d+$/.test(attempt) ? `/attempts/${attempt}` : ''}`;
}
