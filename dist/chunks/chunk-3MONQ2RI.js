import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/github/scrub.ts
var TOKEN_SHAPES = [
  [/\bgh[pousr]_[A-Za-z0-9_]{16,}/g, "***"],
  [/\bgithub_pat_[A-Za-z0-9_]{16,}/g, "***"],
  [
    /\b(authorization|x-access-token|access_token|token)(["']?\s*[:=]\s*["']?)(?:token |bearer |basic )?[^\s"',&]+/gi,
    "$1$2***"
  ]
];
function scrub(text, secrets = []) {
  let out = text;
  for (let secret of secrets)
    secret.length >= 4 && (out = out.split(secret).join("***"));
  for (let [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement);
  return out;
}
function describeError(error, secrets = []) {
  let status = error?.status, firstLine = (error instanceof Error ? error.message : String(error)).split(`
`, 1)[0] ?? "", message = scrub(firstLine, secrets).slice(0, 300);
  return typeof status == "number" ? `HTTP ${status}: ${message}` : message;
}
function statusOf(error) {
  let status = error?.status;
  return typeof status == "number" ? status : void 0;
}

export {
  scrub,
  describeError,
  statusOf
};
