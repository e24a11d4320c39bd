/** Keeps tokens out of anything the Action prints: error messages may carry headers or URLs. */

const TOKEN_SHAPES: readonly [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9_]{16,}/g, '***'],
  [/\bgithub_pat_[A-Za-z0-9_]{16,}/g, '***'],
  [
    /\b(authorization|x-access-token|access_token|token)(["']?\s*[:=]\s*["']?)(?:token |bearer |basic )?[^\s"',&]+/gi,
    '$1$2***',
  ],
];

/** Replaces every known secret and anything shaped like a credential with `***`. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement);
  return out;
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
