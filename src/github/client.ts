/**
 * The GitHub REST client: @actions/github's Octokit (GITHUB_API_URL, proxy settings) with retries
 * on 5xx and rate limits. Loaded with `await import()` so runs that never talk to GitHub skip it.
 */
import type { getOctokit } from '@actions/github';
import { scrub } from './scrub.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  /** Retries after 5xx and network errors; the waits grow as 1, 4, 9 × `retryBaseMs`. */
  retries?: number;
  retryBaseMs?: number;
  /** Longest wait a rate limit may impose before the call is given up, in seconds. */
  maxRateLimitWaitSeconds?: number;
}

export async function createClient(
  token: string,
  log: GitHubLog,
  options: ClientOptions = {},
): Promise<GitHubClient> {
  const [{ getOctokit: make }, { defaults }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@actions/github/lib/utils'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const secrets = [token];
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const what = `${request.method} ${scrub(request.url, secrets)}`;
      if (count < 2 && retryAfter <= maxWait) {
        log.info(`GitHub API ${kind} on ${what}; retrying after ${retryAfter}s`);
        return true;
      }
      log.info(`GitHub API ${kind} on ${what}; giving up after ${count + 1} attempt(s)`);
      return false;
    };
  // The proxy-aware fetch of @actions/github, wrapped to log every failed attempt (retries included).
  const baseFetch = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  const loggingFetch: typeof fetch = async (input, init) => {
    const response = await baseFetch(input, init);
    if (response.status >= 500 || response.status === 429) {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      log.info(
        `GitHub API ${init?.method ?? 'GET'} ${scrub(url, secrets)} answered HTTP ${response.status}${response.headers.get('retry-after') ? ` (retry-after ${response.headers.get('retry-after')}s)` : ''}`,
      );
    }
    return response;
  };
  return make(
    token,
    {
      request: { ...defaults.request, fetch: loggingFetch },
      retry: {
        retries: options.retries ?? 2,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        // 429 belongs to the throttling plugin, which honours retry-after.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => log.info(scrub(String(message), secrets)),
        error: (message: string) => log.info(scrub(String(message), secrets)),
      },
    },
    retry,
    throttling,
  );
}
