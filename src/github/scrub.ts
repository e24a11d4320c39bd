/** Keeps tokens out of anything the Action prints: error messages may carry headers or URLs. */
import { scrubSecrets } from '../text/secrets.js';

/** Replaces every known secret and anything shaped like a credential with `***`. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  return scrubSecrets(text, secrets);
}

/** One short line describing a failed GitHub API call: status and message, never headers. */
export function describeError(error: unknown, secrets: readonly string[] = []): string {
  const status = (error as { status?: unknown } | null)?.status;
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split('\n', 1)[0] ?? '';
  const message = scrub(firstLine, secrets).slice(0, 300);
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
