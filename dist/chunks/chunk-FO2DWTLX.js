import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  scrub
} from "./chunk-3MONQ2RI.js";

// src/github/client.ts
async function createClient(token, log, options = {}) {
  let [{ getOctokit: make }, { defaults }, { retry }, { throttling }] = await Promise.all([
    import("./github-VNGHYEJ3.js"),
    import("./utils-WKBGHQXN.js"),
    import("./dist-bundle-LLJA45PN.js"),
    import("./dist-bundle-UIU7MRPU.js")
  ]), secrets = [token], maxWait = options.maxRateLimitWaitSeconds ?? 120, onLimit = (kind) => (retryAfter, request, _o, count) => {
    let what = `${request.method} ${scrub(request.url, secrets)}`;
    return count < 2 && retryAfter <= maxWait ? (log.info(`GitHub API ${kind} on ${what}; retrying after ${retryAfter}s`), !0) : (log.info(`GitHub API ${kind} on ${what}; giving up after ${count + 1} attempt(s)`), !1);
  }, baseFetch = defaults.request?.fetch ?? fetch, loggingFetch = async (input, init) => {
    let response = await baseFetch(input, init);
    if (response.status >= 500 || response.status === 429) {
      let url = typeof input == "string" ? input : input instanceof URL ? input.href : input.url;
      log.info(
        `GitHub API ${init?.method ?? "GET"} ${scrub(url, secrets)} answered HTTP ${response.status}${response.headers.get("retry-after") ? ` (retry-after ${response.headers.get("retry-after")}s)` : ""}`
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
        retryAfterBaseValue: options.retryBaseMs ?? 1e3,
        // 429 belongs to the throttling plugin, which honours retry-after.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit")
      },
      log: {
        debug: () => {
        },
        info: () => {
        },
        warn: (message) => log.info(scrub(String(message), secrets)),
        error: (message) => log.info(scrub(String(message), secrets))
      }
    },
    retry,
    throttling
  );
}

export {
  createClient
};
