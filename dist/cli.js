#!/usr/bin/env node
import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  FORMATS,
  formatReport,
  preloadFormatter
} from "./chunks/chunk-G5ODYUWX.js";
import {
  withCommandsStopped
} from "./chunks/chunk-ICF4LVS4.js";
import {
  run
} from "./chunks/chunk-46VYRSW6.js";
import "./chunks/chunk-US5LUY4S.js";
import "./chunks/chunk-4EOT7NHN.js";
import "./chunks/chunk-RJYBDDMZ.js";
import "./chunks/chunk-SBHQMLNT.js";
import {
  FAIL_ON_VALUES,
  LANG_VALUES,
  createContext
} from "./chunks/chunk-MNVSDFJN.js";
import "./chunks/chunk-QGBFSLVQ.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunks/chunk-NT54SZBG.js";
import "./chunks/chunk-6OZ242V4.js";
import "./chunks/chunk-TPRCU3ZD.js";
import "./chunks/chunk-VRLQ5ZPO.js";
import "./chunks/chunk-MICBKUUQ.js";
import "./chunks/chunk-WRGFFDD4.js";

// src/cli/main.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
var USAGE = `Usage: ${TOOL_NAME} check [DIR] [options]
       ${TOOL_NAME} init [DIR] [options]       start: compliance.yml, templates, workflow (init --help)
       ${TOOL_NAME} explain [RULE-ID] [--lang zh-CN|en]   a rule's documentation; no id lists them
       ${TOOL_NAME} evaluate [DIR] --responses FILE | --endpoint URL --model NAME
                                        run the test set against the service (evaluate --help)

  --manifest PATH                    manifest, relative to DIR (default compliance.yml)
  --base REF --head REF              compare a change (git); enables drift rules
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)
  -h, --help                         show this help
  -v, --version                      show the version

Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`, UsageError = class extends Error {
};
function oneOf(name, value, allowed) {
  if (value !== void 0) {
    if (!allowed.includes(value))
      throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got ${value})`);
    return value;
  }
}
async function check(args) {
  let { values, positionals } = parseArgs({
    args,
    allowPositionals: !0,
    options: {
      manifest: { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      "fail-on": { type: "string" },
      lang: { type: "string" }
    }
  });
  if (positionals.length > 1)
    throw new UsageError(`expected one directory, got ${positionals.length}`);
  if (values.base === void 0 != (values.head === void 0))
    throw new UsageError("--base and --head go together");
  let format = oneOf("format", values.format, FORMATS) ?? "text";
  preloadFormatter(format);
  let context = createContext({
    dir: positionals[0],
    manifest: values.manifest,
    base: values.base,
    head: values.head,
    lang: oneOf("lang", values.lang, LANG_VALUES),
    failOn: oneOf("fail-on", values["fail-on"], FAIL_ON_VALUES)
  }), report = await run(context), color = values.output === void 0 && process.stdout.isTTY === !0 && !process.env.NO_COLOR, body = await formatReport(report, format, { color });
  return values.output !== void 0 ? writeFileSync(values.output, body) : process.stdout.write(process.env.GITHUB_ACTIONS === "true" ? withCommandsStopped(body) : body), report.passed ? 0 : 1;
}
async function main(argv) {
  let [command, ...rest] = argv;
  if (command === "-v" || command === "--version")
    return process.stdout.write(`${TOOL_VERSION}
`), 0;
  if (command === "init") return (await import("./chunks/init-WTBT7WMZ.js")).init(rest);
  if (command === "explain") return (await import("./chunks/explain-GK6GSVBG.js")).explain(rest);
  if (command === "evaluate") return (await import("./chunks/evaluate-MQ6QNAHA.js")).evaluateCommand(rest);
  if (command === void 0 || command === "-h" || command === "--help" || rest.includes("--help") || rest.includes("-h"))
    return process.stdout.write(USAGE), command === void 0 ? 2 : 0;
  if (command === "check") return check(rest);
  throw new UsageError(`unknown command ${command}`);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    let usage = error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(
      `${TOOL_NAME}: ${error instanceof Error ? error.message : String(error)}
`
    ), usage && process.stderr.write(`Run '${TOOL_NAME} --help' for usage.
`), process.env.GCG_DEBUG && error instanceof Error && process.stderr.write(`${error.stack}
`), process.exitCode = 2;
  }
);
