/**
 * A 429 that GitHub's rate-limit handling does not recognise: what an enterprise proxy or gateway
 * in front of the API answers. Such answers are retried here, honouring Retry-After.
 */

/** Seconds to wait from a Retry-After header (delay-seconds or an HTTP date), if it has one. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Whether a 429 carries GitHub's own rate-limit signs (exhausted quota or a secondary limit),
 * which the throttling plugin already waits out.
 */
export async function isGitHubRateLimit(response: Response): Promise<boolean> {
  if (response.headers.get('x-ratelimit-remaining') === '0') return true;
  const body = await response
    .clone()
    .text()
    .catch(() => '');
  return /\bsecondary rate\b/i.test(body) || /"type"\s*:\s*"RATE_LIMITED"/.test(body);
}
