import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  EvaluateError,
  ResponsesReadError,
  evaluate,
  parsePhraseList
} from "./chunk-BSFRHL5Z.js";
import {
  FatalEndpointError,
  LIVE_DEFAULTS
} from "./chunk-INBLGOCL.js";
import {
  FORMATS,
  formatReport
} from "./chunk-G5ODYUWX.js";
import {
  withCommandsStopped
} from "./chunk-ICF4LVS4.js";
import "./chunk-46VYRSW6.js";
import "./chunk-US5LUY4S.js";
import {
  readTextInRoot
} from "./chunk-4EOT7NHN.js";
import "./chunk-RJYBDDMZ.js";
import "./chunk-SBHQMLNT.js";
import {
  FAIL_ON_VALUES,
  LANG_VALUES,
  createContext
} from "./chunk-MNVSDFJN.js";
import "./chunk-QGBFSLVQ.js";
import {
  TOOL_NAME
} from "./chunk-NT54SZBG.js";
import "./chunk-6OZ242V4.js";
import "./chunk-TPRCU3ZD.js";
import "./chunk-VRLQ5ZPO.js";
import "./chunk-MICBKUUQ.js";
import "./chunk-WRGFFDD4.js";

// src/cli/evaluate.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/evaluate/progress.ts
function eta(startedAt, done, total, fresh) {
  if (fresh === 0 || done >= total) return "";
  let perItem = (Date.now() - startedAt) / fresh, seconds = Math.round(perItem * (total - done) / 1e3), m = Math.floor(seconds / 60);
  return ` \xB7 ETA ${m > 0 ? `${m}m` : ""}${seconds % 60}s`;
}
function createProgress(stream, options) {
  let startedAt = Date.now(), first = options.startAt, lastPlainAt = 0, lastPlainStep = -1, line = (s) => `${s.done}/${s.total} (${s.total === 0 ? 100 : Math.floor(s.done * 100 / s.total)}%)${s.errors > 0 ? ` \xB7 ${s.errors} errors` : ""}${s.retries > 0 ? ` \xB7 ${s.retries} retries` : ""}` + eta(startedAt, s.done, s.total, s.done - first);
  if (options.interactive) {
    let drawnAt = 0, draw = (s) => {
      drawnAt = Date.now();
      let filled = s.total === 0 ? 28 : Math.round(s.done / s.total * 28);
      stream.write(`\r[${"\u2588".repeat(filled)}${"\u2591".repeat(28 - filled)}] ${line(s)}\x1B[K`);
    };
    return {
      update(s) {
        Date.now() - drawnAt >= 100 && draw(s);
      },
      finish(s) {
        draw(s), stream.write(`
`);
      }
    };
  }
  return {
    update(s) {
      let step = s.total === 0 ? 20 : Math.floor(s.done * 20 / s.total), now = Date.now();
      step === lastPlainStep && now - lastPlainAt < 3e4 || (lastPlainStep = step, lastPlainAt = now, stream.write(`evaluate: ${line(s)}
`));
    },
    finish(s) {
      stream.write(`evaluate: done ${line(s)}
`);
    }
  };
}

// src/cli/evaluate.ts
var EVALUATE_USAGE = `Usage: ${TOOL_NAME} evaluate [DIR] (--responses FILE | --endpoint URL --model NAME) [options]

  --responses FILE                   JSONL from your pipeline: {"id": ..., "response": ...} per line
  --endpoint URL --model NAME        ask an OpenAI-compatible chat-completions endpoint
  --api-key-env NAME                 environment variable holding the API key (default OPENAI_API_KEY)
  --concurrency N                    requests in flight (default 4)
  --timeout SECONDS                  per request (default 120)
  --retries N                        retries on 429, 5xx, timeouts (default 4)
  --backoff MS                       first retry delay, doubling (default 1000; Retry-After wins)
  --system TEXT                      system prompt sent with every question
  --results FILE                     append-only results; a rerun resumes where it stopped
  --dry-run                          show how many requests would be sent, send none
  --refusal-phrases FILE             refusal phrases, one per line (replaces the built-in list)
  --manifest PATH                    manifest, relative to DIR (default compliance.yml)
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)

The API key is read from the environment only, never from the manifest or the command line.
Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`, EvaluateUsageError = class extends Error {
};
function oneOf(name, value, allowed) {
  if (value !== void 0) {
    if (!allowed.includes(value))
      throw new EvaluateUsageError(`--${name} must be one of ${allowed.join(", ")} (got ${value})`);
    return value;
  }
}
function positive(name, value, fallback, min = 1) {
  if (value === void 0) return fallback;
  let n = Number(value);
  if (!Number.isFinite(n) || n < min)
    throw new EvaluateUsageError(`--${name} must be a number \u2265 ${min} (got ${value})`);
  return n;
}
function readPhrases(file) {
  let abs = path.resolve(file), read = readTextInRoot(path.dirname(abs), path.basename(abs), 4 * 1024 * 1024);
  if (!read.ok) throw new EvaluateUsageError(`cannot read ${file}: ${read.problem.code}`);
  let phrases = parsePhraseList(read.value.text);
  if (phrases.length === 0) throw new EvaluateUsageError(`${file} holds no phrases`);
  return phrases;
}
function dryRunText(dry) {
  let lines = [`evaluate --dry-run: ${dry.items} questions in the test set`];
  return dry.endpoint !== void 0 ? (lines.push(`  already answered (results file): ${dry.done}`), lines.push(`  would send ${dry.requests} requests to ${dry.endpoint} (model ${dry.model})`)) : (lines.push(`  responses found: ${dry.done}, missing: ${dry.items - dry.done}`), lines.push("  no requests are sent with --responses")), `${lines.join(`
`)}
`;
}
async function run(args) {
  let { values, positionals } = parseArgs({
    args,
    allowPositionals: !0,
    options: {
      responses: { type: "string" },
      endpoint: { type: "string" },
      model: { type: "string" },
      "api-key-env": { type: "string" },
      concurrency: { type: "string" },
      timeout: { type: "string" },
      retries: { type: "string" },
      backoff: { type: "string" },
      system: { type: "string" },
      results: { type: "string" },
      "dry-run": { type: "boolean" },
      "refusal-phrases": { type: "string" },
      manifest: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      "fail-on": { type: "string" },
      lang: { type: "string" }
    }
  });
  if (positionals.length > 1)
    throw new EvaluateUsageError(`expected one directory, got ${positionals.length}`);
  let live = values.endpoint !== void 0 || values.model !== void 0;
  if (values.responses !== void 0 === live)
    throw new EvaluateUsageError("give either --responses FILE or --endpoint URL --model NAME");
  if (live && (values.endpoint === void 0 || values.model === void 0))
    throw new EvaluateUsageError("--endpoint and --model go together");
  if (!live && values.results !== void 0)
    throw new EvaluateUsageError("--results goes with --endpoint");
  let format = oneOf("format", values.format, FORMATS) ?? "text", dryRun = values["dry-run"] === !0, source;
  if (live) {
    try {
      let url = new URL(values.endpoint);
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
    } catch {
      throw new EvaluateUsageError("--endpoint must be an http(s) URL");
    }
    let keyEnv = values["api-key-env"] ?? LIVE_DEFAULTS.apiKeyEnv, apiKey = process.env[keyEnv];
    if (!dryRun && (apiKey === void 0 || apiKey === ""))
      throw new EvaluateUsageError(`environment variable ${keyEnv} (the API key) is not set`);
    source = {
      kind: "endpoint",
      concurrency: Math.floor(
        positive("concurrency", values.concurrency, LIVE_DEFAULTS.concurrency)
      ),
      ...values.results !== void 0 ? { resultsFile: values.results } : {},
      client: {
        endpoint: values.endpoint,
        model: values.model,
        ...apiKey ? { apiKey } : {},
        ...values.system !== void 0 ? { system: values.system } : {},
        timeoutMs: positive("timeout", values.timeout, LIVE_DEFAULTS.timeoutSeconds, 1e-3) * 1e3,
        retries: Math.floor(positive("retries", values.retries, LIVE_DEFAULTS.retries, 0)),
        backoffMs: positive("backoff", values.backoff, LIVE_DEFAULTS.backoffMs, 0)
      }
    };
  } else
    source = { kind: "responses", file: values.responses };
  let context = createContext({
    dir: positionals[0],
    manifest: values.manifest,
    lang: oneOf("lang", values.lang, LANG_VALUES),
    failOn: oneOf("fail-on", values["fail-on"], FAIL_ON_VALUES)
  }), interactive = process.stderr.isTTY === !0 && !process.env.CI, options = {
    context,
    source,
    ...values["refusal-phrases"] !== void 0 ? { refusalPhrases: readPhrases(values["refusal-phrases"]) } : {},
    progress: (total, startAt) => createProgress(process.stderr, { interactive, startAt })
  };
  if (dryRun)
    return process.stdout.write(dryRunText(await evaluate(options, !0))), 0;
  let report = await evaluate(options), color = values.output === void 0 && process.stdout.isTTY === !0 && !process.env.NO_COLOR, body = await formatReport(report, format, { color });
  return values.output !== void 0 ? writeFileSync(values.output, body) : process.stdout.write(process.env.GITHUB_ACTIONS === "true" ? withCommandsStopped(body) : body), report.passed ? 0 : 1;
}
async function evaluateCommand(args) {
  if (args.includes("--help") || args.includes("-h"))
    return process.stdout.write(EVALUATE_USAGE), 0;
  try {
    return await run(args);
  } catch (error) {
    if (!(error instanceof EvaluateUsageError || error instanceof EvaluateError || error instanceof FatalEndpointError || error instanceof ResponsesReadError || error.code?.startsWith("ERR_PARSE_ARGS"))) throw error;
    return process.stderr.write(`${TOOL_NAME} evaluate: ${error.message}
`), (error instanceof EvaluateUsageError || error.code) && process.stderr.write(`Run '${TOOL_NAME} evaluate --help' for usage.
`), 2;
  }
}
export {
  EVALUATE_USAGE,
  evaluateCommand
};
