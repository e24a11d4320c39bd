#!/usr/bin/env node
import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a as m,b as l}from"./chunks/chunk-YMU6V625.js";import{b as g}from"./chunks/chunk-NYEEF4HY.js";import{c}from"./chunks/chunk-D4EUZEFQ.js";import"./chunks/chunk-EHCTYSFM.js";import"./chunks/chunk-ZSVONYMA.js";import"./chunks/chunk-RVP62TOV.js";import"./chunks/chunk-4AQ6AOZB.js";import{c as u,d,e as p}from"./chunks/chunk-DIS6M2OM.js";import"./chunks/chunk-QXE3GGXA.js";import"./chunks/chunk-BOZCAHSQ.js";import{a as o,b as f}from"./chunks/chunk-LKXHRLMU.js";import"./chunks/chunk-UBLUOWQ7.js";import"./chunks/chunk-22D5H4ML.js";import"./chunks/chunk-C75KLLOQ.js";import"./chunks/chunk-V3DR4HQH.js";import"./chunks/chunk-6M3LRMOI.js";import{writeFileSync as F}from"node:fs";import{parseArgs as b}from"node:util";import{setFlagsFromString as v}from"node:v8";var y=3e5;function h(){v(`--interrupt-budget=${y}`)}var x=`Usage: ${o} check [DIR] [options]
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
  -h, --help                         show this help
  -v, --version                      show the version

Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`,r=class extends Error{};function s(t,e,n){if(e!==void 0){if(!n.includes(e))throw new r(`--${t} must be one of ${n.join(", ")} (got ${e})`);return e}}async function O(t){let{values:e,positionals:n}=b({args:t,allowPositionals:!0,options:{manifest:{type:"string"},base:{type:"string"},head:{type:"string"},format:{type:"string"},output:{type:"string"},"fail-on":{type:"string"},lang:{type:"string"}}});if(n.length>1)throw new r(`expected one directory, got ${n.length}`);if(e.base===void 0!=(e.head===void 0))throw new r("--base and --head go together");let w=s("format",e.format,m)??"text",R=p({dir:n[0],manifest:e.manifest,base:e.base,head:e.head,lang:s("lang",e.lang,d),failOn:s("fail-on",e["fail-on"],u)}),a=await c(R),E=e.output===void 0&&process.stdout.isTTY===!0&&!process.env.NO_COLOR,i=await l(a,w,{color:E});return e.output!==void 0?F(e.output,i):process.stdout.write(process.env.GITHUB_ACTIONS==="true"?g(i):i),a.passed?0:1}async function T(t){let[e,...n]=t;if(e==="-v"||e==="--version")return process.stdout.write(`${f}
`),0;if(e==="init")return(await import("./chunks/init-NJ7MFO6X.js")).init(n);if(e==="explain")return(await import("./chunks/explain-EFNOZYB6.js")).explain(n);if(e==="evaluate")return(await import("./chunks/evaluate-G7S6E5A4.js")).evaluateCommand(n);if(e===void 0||e==="-h"||e==="--help"||n.includes("--help")||n.includes("-h"))return process.stdout.write(x),e===void 0?2:0;if(e==="check")return O(n);throw new r(`unknown command ${e}`)}h();T(process.argv.slice(2)).then(t=>{process.exitCode=t},t=>{let e=t instanceof r||t.code?.startsWith("ERR_PARSE_ARGS");process.stderr.write(`${o}: ${t instanceof Error?t.message:String(t)}
`),e&&process.stderr.write(`Run '${o} --help' for usage.
`),process.env.GCG_DEBUG&&t instanceof Error&&process.stderr.write(`${t.stack}
`),process.exitCode=2});
