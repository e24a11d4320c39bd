/**
 * REST fallback for the change of a pull request when git history is not available: the
 * paginated list of the pull request's files (with their patches) and the base-side manifest.
 * GitHub lists at most 3,000 files per pull request; beyond that the change is marked
 * truncated. Loaded lazily, by the Action only.
 */
import type { RestChangeInput, RestFile } from '../change/rest.js';
import { attemptsMade, createClient, type GitHubLog } from './client.js';
import { describeError, statusOf } from './scrub.js';

/** GitHub's cap on `GET /pulls/{number}/files`. */
export const PULL_FILES_CAP = 3000;

export interface PullFilesRequest {
  token: string;
  owner: string;
  repo: string;
  number: number;
  base: string;
  head: string;
  /** The checked directory inside the repository: '' or ending in '/'. */
  prefix: string;
  /** Number of files the pull request changes, from the event (to tell a truncated list). */
  changedFiles?: number;
  log: GitHubLog;
}

export async function pullRequestChange(
  request: PullFilesRequest,
  manifestPath: string,
): Promise<RestChangeInput> {
  const client = await createClient(request.token, request.log);
  const listed: RestFile[] = [];
  try {
    for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, {
      owner: request.owner,
      repo: request.repo,
      pull_number: request.number,
      per_page: 100,
    })) {
      for (const file of page.data) {
        listed.push({
          filename: file.filename,
          status: file.status,
          additions: file.additions,
          ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
          ...(file.patch !== undefined ? { patch: file.patch } : {}),
        });
      }
      if (listed.length >= PULL_FILES_CAP) break;
    }
  } catch (error) {
    throw new Error(
      `listing the pull request's files failed after ${attemptsMade(client, error)} attempt(s): ${describeError(error, [request.token])}`,
      { cause: error },
    );
  }
  const { prefix } = request;
  const files = listed
    .filter((f) => f.filename.startsWith(prefix))
    .map((f) => ({
      ...f,
      filename: f.filename.slice(prefix.length),
      ...(f.previous_filename?.startsWith(prefix)
        ? { previous_filename: f.previous_filename.slice(prefix.length) }
        : {}),
    }));
  const truncated =
    listed.length >= PULL_FILES_CAP ||
    (request.changedFiles !== undefined && request.changedFiles > listed.length);

  let baseManifest: Uint8Array | null | undefined;
  try {
    const { data } = await client.rest.repos.getContent({
      owner: request.owner,
      repo: request.repo,
      path: `${prefix}${manifestPath}`,
      ref: request.base,
    });
    baseManifest =
      !Array.isArray(data) && data.type === 'file' && typeof data.content === 'string'
        ? Buffer.from(data.content, 'base64')
        : undefined;
  } catch (error) {
    baseManifest = statusOf(error) === 404 ? null : undefined;
  }
  return { base: request.base, head: request.head, files, truncated, baseManifest };
}
