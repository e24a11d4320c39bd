#!/usr/bin/env node
import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a as x,b as F}from"./chunks/shared-report-index.js";import{a as S,c as d,d as O,f as I}from"./chunks/shared-entities-decode-codepoint.js";import"./chunks/shared-report-markdown-escape.js";import"./chunks/shared-evidence-doc-text.js";import{a as p,c as v}from"./chunks/shared-text-secrets.js";import{d as y}from"./chunks/shared-files-write-output.js";import{n as l}from"./chunks/shared-data-call-legality.js";import"./chunks/shared-change-glob-expansion.js";import"./chunks/shared-data-evidence-columns.js";import"./chunks/shared-ajv-formats-formats.js";import"./chunks/shared-i18n-labels.js";import{f}from"./chunks/shared-data-paths.js";import"./chunks/shared-model-finding.js";import"./chunks/shared-evidence-xlsx.js";import{d as h,e as w,f as R,g as i,h as a,j as u,l as E}from"./chunks/shared-src-context.js";import"./chunks/shared-generated-schema-facts.js";import"./chunks/shared-data-risks.js";import{a as s,b}from"./chunks/shared-.-package.json.js";import"./chunks/shared-runtime.js";import{parseArgs as $}from"node:util";import{setFlagsFromString as U}from"node:v8";var A=3e5;function L(){U(`--interrupt-budget=${A}`)}function _(r){let e=new Set([...l].filter(t=>f(t)==="manifest"));for(let t of r.flatMap(o=>o.split(",")).map(o=>o.trim())){let o=t.includes("/")?[...l].filter(n=>n===t):[...l].filter(n=>f(n)===t);if(o.length===0)throw new i(`--rule ${t}: no such rule or group (list them with 'explain')`);for(let n of o)e.add(n)}return e}var C=`Usage: ${s} check [DIR] [options]
       ${s} init [DIR] [options]       start: compliance.yml, templates, workflow (init --help)
       ${s} explain [RULE-ID] [--lang zh-CN|en]   a rule's documentation; no id lists them
       ${s} evaluate [DIR] --responses FILE | --endpoint URL --model NAME
                                        run the test set against the service (evaluate --help)

  --manifest PATH                    manifest, relative to DIR (default compliance.yml)
  --base REF --head REF              compare a change (git); enables drift rules
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)
  --time-budget SECONDS              time budget of the run (default gate.time_budget_seconds, 600)
  --rule ID|GROUP                    run only this rule, or every rule of this group (repeatable)
  -h, --help                         show this help
  -v, --version                      show the version

Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`;async function N(r){let{values:e,positionals:t}=$({args:r,allowPositionals:!0,options:{manifest:{type:"string"},base:{type:"string"},head:{type:"string"},format:{type:"string"},output:{type:"string"},"fail-on":{type:"string"},lang:{type:"string"},"time-budget":{type:"string"},rule:{type:"string",multiple:!0}}});if(t.length>1)throw new i(`expected one directory, got ${t.length}`);if(e.base===void 0!=(e.head===void 0))throw new i("--base and --head go together");let o=u(a("format"),e.format,x)??"text",n=R({dir:t[0],manifest:e.manifest,base:e.base,head:e.head,lang:u(a("lang"),e.lang,w),failOn:u(a("fail-on"),e["fail-on"],h),timeBudgetSeconds:E(a("time-budget"),e["time-budget"]),...e.rule?{rules:_(e.rule)}:{}}),c=v(await S(n)),g=e.output===void 0&&process.stdout.isTTY===!0&&!process.env.NO_COLOR,m=O(p(await F(c,o,{color:g})),o,{color:g});return e.output!==void 0?y(e.output,m):process.stdout.write(process.env.GITHUB_ACTIONS==="true"?I(m):m),c.passed?0:1}async function T(r){let[e,...t]=r;if(e==="-v"||e==="--version")return process.stdout.write(`${b}
`),0;if(e==="init")return(await import("./chunks/cli-init.js")).init(t);if(e==="explain")return(await import("./chunks/cli-explain.js")).explain(t);if(e==="evaluate")return(await import("./chunks/cli-evaluate.js")).evaluateCommand(t);if(e===void 0||e==="-h"||e==="--help"||t.includes("--help")||t.includes("-h"))return process.stdout.write(C),e===void 0?2:0;if(e==="check")return N(t);throw new i(`unknown command ${e}`)}L();T(process.argv.slice(2)).then(r=>{process.exitCode=r},r=>{let e=r instanceof i||r.code?.startsWith("ERR_PARSE_ARGS"),t=r instanceof Error?r.message:String(r);process.stderr.write(d(p(`${s}: ${t}
`))),e&&process.stderr.write(`Run '${s} --help' for usage.
`),process.env.GCG_DEBUG&&r instanceof Error&&process.stderr.write(d(p(`${r.stack}
`))),process.exitCode=2});
//# sourceMappingURL=cli.js.map
