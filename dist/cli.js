#!/usr/bin/env node
import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a as E,b as y}from"./chunks/shared-report-index.js";import{a as b,c as a,d as R,f as v}from"./chunks/shared-entities-decode-codepoint.js";import"./chunks/shared-report-markdown-escape.js";import"./chunks/shared-evidence-doc-text.js";import{a as i,c as h}from"./chunks/shared-text-secrets.js";import{d as w}from"./chunks/shared-files-write-output.js";import"./chunks/shared-i18n-labels.js";import"./chunks/shared-data-number-formats.js";import"./chunks/shared-change-glob-expansion.js";import"./chunks/shared-data-evidence-columns.js";import"./chunks/shared-ajv-formats-formats.js";import"./chunks/shared-data-paths.js";import"./chunks/shared-model-finding.js";import"./chunks/shared-evidence-xlsx.js";import{d as p,e as c,f as l}from"./chunks/shared-src-context.js";import"./chunks/shared-generated-schema-facts.js";import"./chunks/shared-data-risks.js";import{a as r,b as g}from"./chunks/shared-.-package.json.js";import"./chunks/shared-runtime.js";import{parseArgs as T}from"node:util";import{setFlagsFromString as $}from"node:v8";var x=3e5;function O(){$(`--interrupt-budget=${x}`)}var F=`Usage: ${r} check [DIR] [options]
       ${r} init [DIR] [options]       start: compliance.yml, templates, workflow (init --help)
       ${r} explain [RULE-ID] [--lang zh-CN|en]   a rule's documentation; no id lists them
       ${r} evaluate [DIR] --responses FILE | --endpoint URL --model NAME
                                        run the test set against the service (evaluate --help)

  --manifest PATH                    manifest, relative to DIR (default compliance.yml)
  --base REF --head REF              compare a change (git); enables drift rules
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)
  --time-budget SECONDS              time budget of the run (default gate.time_budget_seconds, 600)
  -h, --help                         show this help
  -v, --version                      show the version

Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`,o=class extends Error{};function d(n,e,t){if(e!==void 0){if(!t.includes(e))throw new o(`--${n} must be one of ${t.join(", ")} (got ${e})`);return e}}function _(n,e){if(e===void 0)return;let t=Number(e);if(!(t>0&&t<=86400))throw new o(`--${n} must be a number of seconds in (0, 86400] (got ${e})`);return t}async function L(n){let{values:e,positionals:t}=T({args:n,allowPositionals:!0,options:{manifest:{type:"string"},base:{type:"string"},head:{type:"string"},format:{type:"string"},output:{type:"string"},"fail-on":{type:"string"},lang:{type:"string"},"time-budget":{type:"string"}}});if(t.length>1)throw new o(`expected one directory, got ${t.length}`);if(e.base===void 0!=(e.head===void 0))throw new o("--base and --head go together");let u=d("format",e.format,E)??"text",S=l({dir:t[0],manifest:e.manifest,base:e.base,head:e.head,lang:d("lang",e.lang,c),failOn:d("fail-on",e["fail-on"],p),timeBudgetSeconds:_("time-budget",e["time-budget"])}),f=h(await b(S)),m=e.output===void 0&&process.stdout.isTTY===!0&&!process.env.NO_COLOR,s=R(i(await y(f,u,{color:m})),u,{color:m});return e.output!==void 0?w(e.output,s):process.stdout.write(process.env.GITHUB_ACTIONS==="true"?v(s):s),f.passed?0:1}async function A(n){let[e,...t]=n;if(e==="-v"||e==="--version")return process.stdout.write(`${g}
`),0;if(e==="init")return(await import("./chunks/cli-init.js")).init(t);if(e==="explain")return(await import("./chunks/cli-explain.js")).explain(t);if(e==="evaluate")return(await import("./chunks/cli-evaluate.js")).evaluateCommand(t);if(e===void 0||e==="-h"||e==="--help"||t.includes("--help")||t.includes("-h"))return process.stdout.write(F),e===void 0?2:0;if(e==="check")return L(t);throw new o(`unknown command ${e}`)}O();A(process.argv.slice(2)).then(n=>{process.exitCode=n},n=>{let e=n instanceof o||n.code?.startsWith("ERR_PARSE_ARGS"),t=n instanceof Error?n.message:String(n);process.stderr.write(a(i(`${r}: ${t}
`))),e&&process.stderr.write(`Run '${r} --help' for usage.
`),process.env.GCG_DEBUG&&n instanceof Error&&process.stderr.write(a(i(`${n.stack}
`))),process.exitCode=2});
//# sourceMappingURL=cli.js.map
