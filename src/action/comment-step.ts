/**
 * Decides whether this run talks to GitHub about a pull request, and only then loads the toolkit
 * (the plain audit of push, schedule and dispatch runs never does).
 */
import type { Report } from '../model/report.js';
import type { CommentOutcome, CommentMode } from '../github/comment.js';
import type { GitHubLog } from '../github/client.js';
import type { PullRequestTarget } from '../github/pull-request.js';
import { formatMarkdown, type MarkdownOptions } from '../report/markdown.js';

export async function commentStep(options: {
  report: Report;
  mode: CommentMode;
  token: string | undefined;
  target: PullRequestTarget | undefined;
  markerKey: string;
  markdown: MarkdownOptions;
  log: GitHubLog;
}): Promise<CommentOutcome> {
  const { report, mode, token, target, log } = options;
  if (mode === 'never' || target === undefined) return { action: 'skipped' };
  if (!token) {
    return {
      action: 'failed',
      problem:
        report.lang === 'en'
          ? 'No token: the pull-request comment was not written (input `token`).'
          : '未提供令牌，未写入拉取请求评论（输入 `token`）。',
    };
  }
  const { COMMENT_LIMIT, commentMarker, publishComment } = await import('../github/comment.js');
  const marker = commentMarker(options.markerKey);
  // The marker goes on its own line above the body.
  const body = formatMarkdown(report, {
    ...options.markdown,
    limit: { max: COMMENT_LIMIT - marker.length - 1, unit: 'chars' },
  });
  return publishComment({
    token,
    target,
    marker,
    body,
    mode,
    passed: report.passed,
    lang: report.lang,
    log,
  });
}
