/**
 * The GitHub REST client: @actions/github's Octokit (GITHUB_API_URL, proxy settings) with retries
 * on 5xx, on GitHub's rate limits, and on a plain 429 from a proxy in front of the API. Every
 * attempt is counted, so a final failure can say how many were made. Loaded with `await import()`
 * so runs that never talk to GitHub skip it.
 */
import type { getOctokit } from '@actions/github';
import { isGitHubRateLimit, retryAfterSeconds } from './retry-after.js';
import { scrub } from './scrub.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  /**
   * Retries after 5xx, network errors and a plain 429; the waits grow as 1, 4, 9 × `retryBaseMs`
   * unless a 429's Retry-After says how long.
   */
  retries?: number;
  retryBaseMs?: number;
  /** Longest wait a rate limit may impose before the call is given up, in seconds. */
  maxRateLimitWaitSeconds?: number;
}

/** Attempts made so far for each request (method and URL) that has not yet succeeded. */
const attemptsByClient = new WeakMap<object, Map<string, number>>();

function requestKey(method: string | undefined, url: string): string {
  return `${(method ?? 'GET').toUpperCase()} ${url}`;
}

/** How many times the request behind a failed call was sent (1 when it is unknown). */
export function attemptsMade(client: GitHubClient | undefined, error: unknown): number {
  const request = (error as { request?: { method?: string; url?: string } } | null)?.request;
  if (!client || !request?.url) return 1;
  return attemptsByClient.get(client)?.get(requestKey(request.method, request.url)) ?? 1;
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
  const retries = options.retries ?? 2;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const attempts = new Map<string, number>();
  // The proxy-aware fetch of @actions/github, wrapped to count and log every attempt (retries
  // included) and to retry a 429 that GitHub's rate-limit handling would not recognise.
  const baseFetch = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  const countingFetch: typeof fetch = async (input, init) => {
    const url = urlOf(input);
    const key = requestKey(init?.method, url);
    const what = `${init?.method ?? 'GET'} ${scrub(url, secrets)}`;
    for (let attempt = 1; ; attempt++) {
      attempts.set(key, (attempts.get(key) ?? 0) + 1);
      const response = await baseFetch(input, init);
      if (response.ok) attempts.delete(key);
      if (response.status < 500 && response.status !== 429) return response;
      const retryAfter = response.headers.get('retry-after');
      log.info(
        `GitHub API ${what} answered HTTP ${response.status}${retryAfter ? ` (retry-after ${retryAfter}s)` : ''}`,
      );
      if (response.status !== 429 || (await isGitHubRateLimit(response))) return response;
      const made = attempts.get(key)!;
      const wait = retryAfterSeconds(retryAfter) ?? (attempt * attempt * retryBaseMs) / 1000;
      if (attempt > retries) {
        log.info(`GitHub API HTTP 429 on ${what}; giving up after ${made} attempt(s)`);
        return response;
      }
      if (wait > maxWait) {
        log.info(
          `GitHub API HTTP 429 on ${what} asks to wait ${wait}s, more than ${maxWait}s; giving up after ${made} attempt(s)`,
        );
        return response;
      }
      log.info(`GitHub API HTTP 429 on ${what}; attempt ${made + 1} after ${wait}s`);
      await response.body?.cancel();
      await sleep(wait * 1000);
    }
  };
  const client = make(
    token,
    {
      request: { ...defaults.request, fetch: countingFetch },
      retry: {
        retries,
        retryAfterBaseValue: retryBaseMs,
        // 429 belongs to the throttling plugin (GitHub's limits) and to countingFetch (the rest).
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
  attemptsByClient.set(client, attempts);
  return client;
}
