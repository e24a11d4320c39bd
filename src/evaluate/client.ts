/**
 * One question to an OpenAI-compatible chat-completions endpoint (global fetch): a timeout per
 * attempt, retries with exponential backoff on 429 (honouring Retry-After), 5xx, timeouts and
 * network errors. A provider's content filter (finish_reason `content_filter`, an inspection
 * error such as DashScope's `data_inspection_failed`) counts as the service refusing. The API
 * key is sent in the Authorization header only and redacted from every message kept; so are the
 * endpoint's own credentials (userinfo, which is never sent, and secret query parameters).
 */
import { scrubSecrets, urlSecrets } from '../text/secrets.js';
import type { Outcome } from '../model/evaluation.js';

/** Defaults for a live run, shared by the CLI flags and the Action inputs. */
export const LIVE_DEFAULTS = {
  apiKeyEnv: 'OPENAI_API_KEY',
  concurrency: 4,
  timeoutSeconds: 120,
  retries: 4,
  backoffMs: 1000,
} as const;

export interface ClientOptions {
  /** Base URL (…/v1) or the full …/chat/completions URL. */
  endpoint: string;
  model: string;
  apiKey?: string;
  system?: string;
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff; doubles per retry, with jitter, capped at MAX_BACKOFF_MS. */
  backoffMs: number;
}

export interface Answer {
  outcome: Outcome;
  attempts: number;
}

/** Authentication or a wrong URL: every further request would fail the same way. */
export class FatalEndpointError extends Error {}

const MAX_BACKOFF_MS = 30_000;
const MAX_RETRY_AFTER_MS = 120_000;
const DETAIL_MAX = 300;
const FILTER_CODES =
  /data_inspection_failed|content[_ ]?filter|content_policy|sensitive|inappropriate|risk[_ ]?control|敏感|违规|不安全/i;

export function completionsUrl(endpoint: string): string {
  const url = new URL(endpoint);
  // fetch refuses credentials in a URL, and its error would quote them.
  url.username = '';
  url.password = '';
  if (!/\/chat\/completions\/?$/.test(url.pathname)) {
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/chat/completions`;
  }
  return url.toString();
}

/** An endpoint as it may be shown and stored: no credentials, no query string. */
export function displayEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    url.username = '';
    url.password = '';
    url.search = '';
    return url.toString();
  } catch {
    return '(invalid URL)';
  }
}

/** The values to redact for one endpoint: the API key and the URL's own credentials. */
export function endpointSecrets(options: Pick<ClientOptions, 'endpoint' | 'apiKey'>): string[] {
  return [...(options.apiKey ? [options.apiKey] : []), ...urlSecrets(options.endpoint)];
}

/** Redacted first, then cut, so a cut never leaves half a secret behind. */
export function redact(value: string, secrets: string | undefined | readonly string[]): string {
  const clean = scrubSecrets(value, typeof secrets === 'string' ? [secrets] : (secrets ?? []));
  return clean.length > DETAIL_MAX ? `${clean.slice(0, DETAIL_MAX)}…` : clean;
}

function retryAfterMs(headers: Headers): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms);
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function backoff(options: ClientOptions, attempt: number): number {
  const base = Math.min(MAX_BACKOFF_MS, options.backoffMs * 2 ** (attempt - 1));
  return base * (0.8 + Math.random() * 0.4);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Parsed = { outcome: Outcome } | { retry: string };

function contentOf(message: unknown): string | undefined {
  if (message === null || typeof message !== 'object') return undefined;
  const content = (message as { content?: unknown }).content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (typeof part === 'string' ? part : (part as { text?: unknown })?.text))
      .filter((part): part is string => typeof part === 'string')
      .join('');
  }
  return content === null || content === undefined ? '' : undefined;
}

function parseSuccess(body: string, secrets: readonly string[]): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { retry: 'response is not JSON' };
  }
  const data = json as {
    choices?: { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown }[];
    error?: { message?: unknown; code?: unknown };
  };
  if (data.error) {
    const detail = redact(`${data.error.code ?? ''} ${data.error.message ?? ''}`.trim(), secrets);
    if (FILTER_CODES.test(detail)) return { outcome: { kind: 'filtered', detail } };
    return { outcome: { kind: 'error', error: detail } };
  }
  const choice = data.choices?.[0];
  if (!choice) return { retry: 'response has no choices' };
  if (choice.finish_reason === 'content_filter') {
    return { outcome: { kind: 'filtered', detail: 'finish_reason: content_filter' } };
  }
  if (typeof choice.message?.refusal === 'string' && choice.message.refusal.length > 0) {
    return { outcome: { kind: 'filtered', detail: redact(choice.message.refusal, secrets) } };
  }
  const text = contentOf(choice.message);
  if (text === undefined) return { retry: 'response has no message content' };
  // An endpoint that echoes the key in an answer must not get it into results or reports.
  const kept = scrubSecrets(text, secrets);
  return { outcome: { kind: 'response', text: kept } };
}

async function attempt(
  question: string,
  options: ClientOptions,
  url: string,
  secrets: readonly string[],
): Promise<Parsed & { waitMs?: number }> {
  const messages = [
    ...(options.system ? [{ role: 'system', content: options.system }] : []),
    { role: 'user', content: question },
  ];
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: options.model, messages, stream: false }),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
    body = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    const reason =
      name === 'TimeoutError' || name === 'AbortError'
        ? `timed out after ${options.timeoutMs} ms`
        : redact(String((error as Error).cause ?? (error as Error).message), secrets);
    return { retry: reason };
  }
  const status = response.status;
  if (status === 401 || status === 403 || status === 404) {
    throw new FatalEndpointError(
      `HTTP ${status} from ${displayEndpoint(url)}: ${redact(body, secrets)}`,
    );
  }
  if (status === 429 || status === 408 || status >= 500) {
    const waitMs = retryAfterMs(response.headers);
    return { retry: `HTTP ${status}`, ...(waitMs !== undefined ? { waitMs } : {}) };
  }
  if (status >= 400) {
    const detail = redact(body.trim(), secrets);
    if (FILTER_CODES.test(detail))
      return { outcome: { kind: 'filtered', detail: `HTTP ${status} ${detail}` } };
    return { outcome: { kind: 'error', error: `HTTP ${status} ${detail}` } };
  }
  return parseSuccess(body, secrets);
}

export async function ask(question: string, options: ClientOptions): Promise<Answer> {
  const url = completionsUrl(options.endpoint);
  const secrets = endpointSecrets(options);
  let last = '';
  for (let n = 1; n <= options.retries + 1; n++) {
    const result = await attempt(question, options, url, secrets);
    if ('outcome' in result) return { outcome: result.outcome, attempts: n };
    last = result.retry;
    if (n <= options.retries) {
      const wait =
        result.waitMs !== undefined
          ? Math.min(result.waitMs, MAX_RETRY_AFTER_MS)
          : backoff(options, n);
      await sleep(wait);
    }
  }
  return {
    outcome: { kind: 'error', error: `${last} (after ${options.retries + 1} attempts)` },
    attempts: options.retries + 1,
  };
}
