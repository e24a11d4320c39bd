/**
 * The repository and commit the Action's report names. For the workflow's own repository: the
 * pull request's head commit (GITHUB_SHA is then a merge commit that no branch holds), else the
 * event's head, else GITHUB_SHA. A workflow that checked out another repository (a fleet's
 * matrix) gets that repository and its HEAD, from git.
 */
import path from 'node:path';
import type { ReportOrigin } from '../model/report.js';
import { changeFromPayload, readPayload } from './event.js';

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function actionOrigin(
  inputs: { workspace: string; workingDirectory: string },
  fromGit: ReportOrigin,
  env: NodeJS.ProcessEnv = process.env,
): ReportOrigin {
  const own = env.GITHUB_REPOSITORY?.trim() ?? '';
  if (fromGit.repository && fromGit.repository.toLowerCase() !== own.toLowerCase()) {
    return fromGit;
  }
  const eventHead = changeFromPayload(
    env.GITHUB_EVENT_NAME ?? '',
    readPayload(env.GITHUB_EVENT_PATH),
  ).head;
  const commit = [eventHead, env.GITHUB_SHA?.trim(), fromGit.commit].find(
    (c) => c !== undefined && SHA.test(c),
  );
  const relative = path
    .relative(inputs.workspace, inputs.workingDirectory)
    .split(path.sep)
    .join('/');
  const directory =
    fromGit.directory ?? (relative === '' || relative.startsWith('..') ? '' : relative);
  return {
    ...(REPOSITORY.test(own) ? { repository: own } : {}),
    ...(commit ? { commit } : {}),
    ...(directory ? { directory } : {}),
  };
}
