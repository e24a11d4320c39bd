/**
 * Redacts credentials from any text the gate writes: known values, and anything shaped like a
 * credential (URL userinfo, secret-ish query values, Authorization headers, bearer tokens, API
 * keys). Replacements never contain a quote or a backslash, so JSON text stays JSON. Every
 * shape is bounded (prefix and userinfo lengths), so scrubbing stays linear in the text.
 */

export const REDACTED = '***';

/** Names whose value is a credential wherever they appear: query, form, header, JSON key. */
const SECRET_KEY =
  '(?:[A-Za-z0-9_.-]{0,40}[-_.])?(?:api[-_]?key|apikey|access[-_]?key|secret[-_]?key|private[-_]?key|access[-_]?token|refresh[-_]?token|id[-_]?token|token|client[-_]?secret|secret|password|passwd|pwd|signature|authorization|credentials?)';
/** Short names that are credentials only as URL query parameters (`?key=`, `&sig=`, `&auth=`). */
const QUERY_KEY = `(?:${SECRET_KEY}|key|sig|auth|code)`;

/** A value runs to the next separator of a URL, a header list or a JSON string. */
const VALUE = '[^\\s"\'&,;#\\\\<>]+';

const SHAPES: readonly [RegExp, string][] = [
  // https://user:password@host — the whole userinfo.
  [/\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@"'<>\\]{1,512}@/gi, `$1${REDACTED}@`],
  // ?key=…, &sig=… in a query string; api-key=…, token=… anywhere.
  [new RegExp(`([?&;])(${QUERY_KEY})=${VALUE}`, 'gi'), `$1$2=${REDACTED}`],
  [new RegExp(`(?<![A-Za-z0-9_-])(${SECRET_KEY})=${VALUE}`, 'gi'), `$1=${REDACTED}`],
  // "api_key": "…", authorization: …, x-api-key: … (JSON and headers).
  [
    new RegExp(`(["']${SECRET_KEY}["']\\s*:\\s*["']?)(?:token |bearer |basic )?${VALUE}`, 'gi'),
    `$1${REDACTED}`,
  ],
  [
    /\b(authorization|proxy-authorization|x-api-key|api[-_]key|x-access-token|access[-_]token|token)(\s*:\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;\\]+/gi,
    `$1$2${REDACTED}`,
  ],
  // Bearer and Basic credentials: a token-looking word (a digit or token punctuation in it).
  [
    /\b(bearer|basic)(\s+)(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/-]{8,}=*/gi,
    `$1$2${REDACTED}`,
  ],
  // Provider key shapes: OpenAI-style sk-…, GitHub tokens, JSON Web Tokens.
  [/\bsk-[A-Za-z0-9_-]{12,}/g, REDACTED],
  [/\bgh[pousr]_[A-Za-z0-9_]{16,}/g, REDACTED],
  [/\bgithub_pat_[A-Za-z0-9_]{16,}/g, REDACTED],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g, REDACTED],
];

/** Known values shorter than this are not replaced everywhere (they would mangle prose). */
const MIN_KNOWN = 4;

/** Replaces every known secret (and its URL-encoded form) and every credential shape. */
export function scrubSecrets(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const secret of known) {
    if (secret.length < MIN_KNOWN) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
  return out;
}

const SECRET_PARAM = new RegExp(`^${QUERY_KEY}$`, 'i');
/** Endpoint credentials shorter than this are left to the shapes: "user" is a word, not a key. */
const MIN_ENDPOINT_SECRET = 6;

/** Credentials a URL carries: its userinfo and the values of secret-ish query parameters. */
export function urlSecrets(value: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [];
  }
  const found = [decodeURIComponent(url.username), decodeURIComponent(url.password)];
  for (const [name, param] of url.searchParams) if (SECRET_PARAM.test(name)) found.push(param);
  return found.filter((s) => s.length >= MIN_ENDPOINT_SECRET);
}

/** A deep copy of plain data with every string scrubbed; other objects are kept as they are. */
export function scrubData<T>(value: T, known: readonly string[] = []): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrubSecrets(v, known);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return v;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        Object.defineProperty(out, key, {
          value: walk(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
