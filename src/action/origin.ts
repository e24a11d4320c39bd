/**
 * The repository and commit the Action's report names, from the workflow's environment: the
 * pull request's head commit (GITHUB_SHA is then a merge commit that no branch holds), else the
 * event's head, else GITHUB_SHA.
 */
import path from 'node:path';
import type { ReportOrigin } from '../model/report.js';
import { changeFromPayload, readPayload } from './event.js';

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function actionOrigin(
  inputs: { workspace: string; workingDirectory: string },
  env: NodeJS.ProcessEnv = process.env,
): ReportOrigin {
  const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
  const eventHead = changeFromPayload(
    env.GITHUB_EVENT_NAME ?? '',
    readPayload(env.GITHUB_EVENT_PATH),
  ).head;
  const commit = [eventHead, env.GITHUB_SHA?.trim()].find((c) => c !== undefined && SHA.test(c));
  const relative = path
    .relative(inputs.workspace, inputs.workingDirectory)
    .split(path.sep)
    .join('/');
  const directory = relative === '' || relative.startsWith('..') ? '' : relative;
  return {
    ...(REPOSITORY.test(repository) ? { repository } : {}),
    ...(commit ? { commit } : {}),
    ...(directory ? { directory } : {}),
  };
}
