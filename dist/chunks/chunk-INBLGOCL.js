import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/evaluate/client.ts
var LIVE_DEFAULTS = {
  apiKeyEnv: "OPENAI_API_KEY",
  concurrency: 4,
  timeoutSeconds: 120,
  retries: 4,
  backoffMs: 1e3
}, FatalEndpointError = class extends Error {
}, MAX_BACKOFF_MS = 3e4, MAX_RETRY_AFTER_MS = 12e4, DETAIL_MAX = 300, FILTER_CODES = /data_inspection_failed|content[_ ]?filter|content_policy|sensitive|inappropriate|risk[_ ]?control|\u654F\u611F|\u8FDD\u89C4|\u4E0D\u5B89\u5168/i;
function completionsUrl(endpoint) {
  let url = new URL(endpoint);
  return /\/chat\/completions\/?$/.test(url.pathname) || (url.pathname = `${url.pathname.replace(/\/+$/, "")}/chat/completions`), url.toString();
}
function displayEndpoint(endpoint) {
  try {
    let url = new URL(endpoint);
    return url.username = "", url.password = "", url.search = "", url.toString();
  } catch {
    return "(invalid URL)";
  }
}
function redact(value, secret) {
  let cut = value.length > DETAIL_MAX ? `${value.slice(0, DETAIL_MAX)}\u2026` : value;
  return secret && secret.length >= 4 ? cut.split(secret).join("***") : cut;
}
function retryAfterMs(headers) {
  let ms = headers.get("retry-after-ms");
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms);
  let value = headers.get("retry-after");
  if (value === null) return;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1e3;
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
}
function backoff(options, attempt2) {
  return Math.min(MAX_BACKOFF_MS, options.backoffMs * 2 ** (attempt2 - 1)) * (0.8 + Math.random() * 0.4);
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function contentOf(message) {
  if (message === null || typeof message != "object") return;
  let content = message.content;
  return typeof content == "string" ? content : Array.isArray(content) ? content.map((part) => typeof part == "string" ? part : part?.text).filter((part) => typeof part == "string").join("") : content == null ? "" : void 0;
}
function parseSuccess(body, secret) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return { retry: "response is not JSON" };
  }
  let data = json;
  if (data.error) {
    let detail = redact(`${data.error.code ?? ""} ${data.error.message ?? ""}`.trim(), secret);
    return FILTER_CODES.test(detail) ? { outcome: { kind: "filtered", detail } } : { outcome: { kind: "error", error: detail } };
  }
  let choice = data.choices?.[0];
  if (!choice) return { retry: "response has no choices" };
  if (choice.finish_reason === "content_filter")
    return { outcome: { kind: "filtered", detail: "finish_reason: content_filter" } };
  if (typeof choice.message?.refusal == "string" && choice.message.refusal.length > 0)
    return { outcome: { kind: "filtered", detail: redact(choice.message.refusal, secret) } };
  let text = contentOf(choice.message);
  return text === void 0 ? { retry: "response has no message content" } : { outcome: { kind: "response", text: secret && secret.length >= 4 ? text.split(secret).join("***") : text } };
}
async function attempt(question, options, url) {
  let messages = [
    ...options.system ? [{ role: "system", content: options.system }] : [],
    { role: "user", content: question }
  ], response, body;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}
      },
      body: JSON.stringify({ model: options.model, messages, stream: !1 }),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: "error"
    }), body = await response.text();
  } catch (error) {
    let name = error.name;
    return { retry: name === "TimeoutError" || name === "AbortError" ? `timed out after ${options.timeoutMs} ms` : redact(String(error.cause ?? error.message), options.apiKey) };
  }
  let status = response.status;
  if (status === 401 || status === 403 || status === 404)
    throw new FatalEndpointError(
      `HTTP ${status} from ${displayEndpoint(url)}: ${redact(body, options.apiKey)}`
    );
  if (status === 429 || status === 408 || status >= 500) {
    let waitMs = retryAfterMs(response.headers);
    return { retry: `HTTP ${status}`, ...waitMs !== void 0 ? { waitMs } : {} };
  }
  if (status >= 400) {
    let detail = redact(body.trim(), options.apiKey);
    return FILTER_CODES.test(detail) ? { outcome: { kind: "filtered", detail: `HTTP ${status} ${detail}` } } : { outcome: { kind: "error", error: `HTTP ${status} ${detail}` } };
  }
  return parseSuccess(body, options.apiKey);
}
async function ask(question, options) {
  let url = completionsUrl(options.endpoint), last = "";
  for (let n = 1; n <= options.retries + 1; n++) {
    let result = await attempt(question, options, url);
    if ("outcome" in result) return { outcome: result.outcome, attempts: n };
    if (last = result.retry, n <= options.retries) {
      let wait = result.waitMs !== void 0 ? Math.min(result.waitMs, MAX_RETRY_AFTER_MS) : backoff(options, n);
      await sleep(wait);
    }
  }
  return {
    outcome: { kind: "error", error: `${last} (after ${options.retries + 1} attempts)` },
    attempts: options.retries + 1
  };
}

export {
  LIVE_DEFAULTS,
  FatalEndpointError,
  completionsUrl,
  displayEndpoint,
  redact,
  ask
};
