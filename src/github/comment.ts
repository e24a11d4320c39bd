/**
 * The sticky pull-request comment: one per gate step, found by its hidden marker and its
 * author, edited in place instead of re-posted. Failures become warnings, never a failed gate.
 */
import type { Lang } from '../model/finding.js';
import {
  attemptsMade,
  createClient,
  type ClientOptions,
  type GitHubClient,
  type GitHubLog,
} from './client.js';
import type { PullRequestTarget } from './pull-request.js';
import { describeError, scrub, statusOf } from './scrub.js';

/** GitHub's limit for an issue or pull-request comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/** Whose comments to look at when the token cannot read its own user (installation tokens). */
export const FALLBACK_LOGIN = 'github-actions[bot]';

export type CommentMode = 'always' | 'on-failure' | 'never';

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  url?: string;
  /** What the user should know when the comment could not be written. */
  problem?: string;
}

/** The hidden marker; `key` tells apart several gate steps on one pull request. */
export function commentMarker(key: string): string {
  const safe = key.replace(/-{2,}/g, '-').replace(/[<>\r\n]/g, '');
  return `<!-- genai-compliance-gate: ${safe} -->`;
}

function t(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

export async function ownLogin(
  client: GitHubClient,
  log: GitHubLog,
  lang: Lang,
  secrets: readonly string[],
): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    // Only a token that may not read its user falls back; an API that is down fails the comment.
    const status = statusOf(error);
    if (status === undefined || status >= 500 || status === 429) throw error;
    log.info(
      t(
        lang,
        `GET /user 失败（${describeError(error, secrets)}）；按 ${FALLBACK_LOGIN} 查找已有评论。`,
        `GET /user failed (${describeError(error, secrets)}); looking for comments by ${FALLBACK_LOGIN}.`,
      ),
    );
    return FALLBACK_LOGIN;
  }
}

async function findComment(
  client: GitHubClient,
  target: PullRequestTarget,
  marker: string,
  login: string,
): Promise<{ id: number; body: string } | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      if (comment.user?.login === login && comment.body?.includes(marker)) {
        return { id: comment.id, body: comment.body };
      }
    }
  }
  return undefined;
}

/** How many times the failed call was sent, in words: "1 attempt, not retried" or "3 attempts". */
function attemptsText(lang: Lang, attempts: number): string {
  if (attempts <= 1) return t(lang, '仅尝试 1 次，未重试', '1 attempt, not retried');
  return t(lang, `共尝试 ${attempts} 次`, `${attempts} attempts`);
}

function problemText(
  error: unknown,
  lang: Lang,
  secrets: readonly string[],
  attempts: number,
): string {
  const status = statusOf(error);
  const detail = `${describeError(error, secrets)}${t(lang, '；', '; ')}${attemptsText(lang, attempts)}`;
  if (status === 403) {
    return t(
      lang,
      `无法写入拉取请求评论（${detail}）：来自 fork 的拉取请求只有只读令牌，或工作流缺少 \`permissions: pull-requests: write\`。门禁结论不受影响，完整报告见作业摘要。`,
      `Could not write the pull-request comment (${detail}): a fork's pull request gets a read-only token, or the workflow lacks \`permissions: pull-requests: write\`. The gate's verdict is unchanged; the full report is in the job summary.`,
    );
  }
  if (status === 404) {
    return t(
      lang,
      `无法写入拉取请求评论（${detail}）：令牌无权访问该仓库或拉取请求。门禁结论不受影响。`,
      `Could not write the pull-request comment (${detail}): the token cannot see this repository or pull request. The gate's verdict is unchanged.`,
    );
  }
  return t(
    lang,
    `无法写入拉取请求评论（${detail}）。门禁结论不受影响。`,
    `Could not write the pull-request comment (${detail}). The gate's verdict is unchanged.`,
  );
}

/**
 * Creates or edits the comment. With `on-failure` a passing run creates nothing but still edits
 * an earlier comment, so a fixed pull request does not keep showing an old failure.
 */
export async function publishComment(options: {
  token: string;
  target: PullRequestTarget;
  marker: string;
  body: string;
  mode: Exclude<CommentMode, 'never'>;
  passed: boolean;
  lang: Lang;
  log: GitHubLog;
  client?: ClientOptions;
}): Promise<CommentOutcome> {
  const { target, marker, lang, log } = options;
  const secrets = [options.token];
  const body = `${marker}\n${scrub(options.body, secrets)}`;
  const createIfMissing = options.mode === 'always' || !options.passed;
  let client: GitHubClient | undefined;
  try {
    client = await createClient(options.token, log, options.client);
    const login = await ownLogin(client, log, lang, secrets);
    const existing = await findComment(client, target, marker, login);
    if (existing) {
      if (existing.body === body) return { action: 'unchanged' };
      const { data } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', url: data.html_url };
    }
    if (!createIfMissing) return { action: 'skipped' };
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body,
    });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    return {
      action: 'failed',
      problem: problemText(error, lang, secrets, attemptsMade(client, error)),
    };
  }
}
