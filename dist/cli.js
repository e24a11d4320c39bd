#!/usr/bin/env node
import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a as y,b as O}from"./chunks/shared-report-index.js";import{a as E,c as p,d as R,f as S}from"./chunks/shared-entities-decode-codepoint.js";import"./chunks/shared-report-markdown-escape.js";import"./chunks/shared-evidence-doc-text.js";import{a,c as b}from"./chunks/shared-text-secrets.js";import{d as v}from"./chunks/shared-files-write-output.js";import"./chunks/shared-i18n-labels.js";import"./chunks/shared-data-call-legality.js";import"./chunks/shared-change-glob-expansion.js";import"./chunks/shared-data-evidence-columns.js";import"./chunks/shared-ajv-formats-formats.js";import"./chunks/shared-data-paths.js";import"./chunks/shared-model-finding.js";import"./chunks/shared-evidence-xlsx.js";import{d as c,e as l,f as g,g as r,h as i,j as s,l as h}from"./chunks/shared-src-context.js";import"./chunks/shared-generated-schema-facts.js";import"./chunks/shared-data-risks.js";import{a as o,b as w}from"./chunks/shared-.-package.json.js";import"./chunks/shared-runtime.js";import{parseArgs as A}from"node:util";import{setFlagsFromString as L}from"node:v8";var _=3e5;function F(){L(`--interrupt-budget=${_}`)}var I=`Usage: ${o} check [DIR] [options]
       ${o} init [DIR] [options]       start: compliance.yml, templates, workflow (init --help)
       ${o} explain [RULE-ID] [--lang zh-CN|en]   a rule's documentation; no id lists them
       ${o} evaluate [DIR] --responses FILE | --endpoint URL --model NAME
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
`;async function C(e){let{values:t,positionals:n}=A({args:e,allowPositionals:!0,options:{manifest:{type:"string"},base:{type:"string"},head:{type:"string"},format:{type:"string"},output:{type:"string"},"fail-on":{type:"string"},lang:{type:"string"},"time-budget":{type:"string"}}});if(n.length>1)throw new r(`expected one directory, got ${n.length}`);if(t.base===void 0!=(t.head===void 0))throw new r("--base and --head go together");let m=s(i("format"),t.format,y)??"text",x=g({dir:n[0],manifest:t.manifest,base:t.base,head:t.head,lang:s(i("lang"),t.lang,l),failOn:s(i("fail-on"),t["fail-on"],c),timeBudgetSeconds:h(i("time-budget"),t["time-budget"])}),d=b(await E(x)),f=t.output===void 0&&process.stdout.isTTY===!0&&!process.env.NO_COLOR,u=R(a(await O(d,m,{color:f})),m,{color:f});return t.output!==void 0?v(t.output,u):process.stdout.write(process.env.GITHUB_ACTIONS==="true"?S(u):u),d.passed?0:1}async function N(e){let[t,...n]=e;if(t==="-v"||t==="--version")return process.stdout.write(`${w}
`),0;if(t==="init")return(await import("./chunks/cli-init.js")).init(n);if(t==="explain")return(await import("./chunks/cli-explain.js")).explain(n);if(t==="evaluate")return(await import("./chunks/cli-evaluate.js")).evaluateCommand(n);if(t===void 0||t==="-h"||t==="--help"||n.includes("--help")||n.includes("-h"))return process.stdout.write(I),t===void 0?2:0;if(t==="check")return C(n);throw new r(`unknown command ${t}`)}F();N(process.argv.slice(2)).then(e=>{process.exitCode=e},e=>{let t=e instanceof r||e.code?.startsWith("ERR_PARSE_ARGS"),n=e instanceof Error?e.message:String(e);process.stderr.write(p(a(`${o}: ${n}
`))),t&&process.stderr.write(`Run '${o} --help' for usage.
`),process.env.GCG_DEBUG&&e instanceof Error&&process.stderr.write(p(a(`${e.stack}
`))),process.exitCode=2});
//# sourceMappingURL=cli.js.map
