import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  labels
} from "./chunk-2XKDTK24.js";
import {
  RULES,
  isWaivable,
  ruleById
} from "./chunk-US5LUY4S.js";
import "./chunk-4EOT7NHN.js";
import "./chunk-RJYBDDMZ.js";
import {
  text
} from "./chunk-SBHQMLNT.js";
import {
  LANG_VALUES
} from "./chunk-MNVSDFJN.js";
import "./chunk-QGBFSLVQ.js";
import {
  TOOL_NAME,
  ruleHelpUri
} from "./chunk-NT54SZBG.js";
import "./chunk-6OZ242V4.js";
import "./chunk-TPRCU3ZD.js";
import "./chunk-VRLQ5ZPO.js";
import "./chunk-WRGFFDD4.js";

// src/cli/explain.ts
import { parseArgs } from "node:util";

// src/docs/rule-doc.ts
var SEVERITY_NAMES = {
  error: text(labels("zh-CN").severity.error, labels("en").severity.error),
  warning: text(labels("zh-CN").severity.warning, labels("en").severity.warning),
  note: text(labels("zh-CN").severity.note, labels("en").severity.note)
}, STATUS_NAMES = {
  seed: text("seed\uFF1A\u767B\u8BB0\u6750\u6599\u8981\u6C42\u539F\u6587", "seed: the registration requirements"),
  V: text("V\uFF1A\u5DF2\u5728\u516C\u5F00\u6807\u51C6\u6216\u591A\u4E2A\u72EC\u7ACB\u6765\u6E90\u4E2D\u6838\u5B9E", "V: verified in the standard or several sources"),
  S: text("S\uFF1A\u5355\u4E00\u4E8C\u624B\u6765\u6E90\u6216\u4E00\u81F4\u7684\u5BA1\u6838\u5B9E\u8DF5", "S: one secondary source or reviewers' practice"),
  U: text("U\uFF1A\u672A\u7ECF\u6838\u5B9E", "U: unverified"),
  structural: text("\u6E05\u5355\u683C\u5F0F\u7EA6\u5B9A", "manifest contract")
}, STATUS_SHORT = {
  seed: text("seed", "seed"),
  V: text("V", "V"),
  S: text("S", "S"),
  U: text("U", "U"),
  structural: text("\u683C\u5F0F", "format")
}, DEFAULT_SOURCES = {
  seed: text(
    "\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u767B\u8BB0\uFF08\u8C03\u7528\u5DF2\u5907\u6848\u5927\u6A21\u578B\u4E0A\u7EBF\u5907\u6848\uFF09\u7684\u6750\u6599\u8981\u6C42\uFF1A\u4E3B\u4F53\u6750\u6599\u3001\u4E0A\u7EBF\u5907\u6848\u8868\u3001\u8C03\u7528\u534F\u8BAE\u3001\u5185\u5BB9\u5B89\u5168\u6750\u6599\uFF08\u62E6\u622A\u5173\u952E\u8BCD\u5E93\u3001\u8BC4\u4F30\u6D4B\u8BD5\u9898\u96C6\u3001\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6\uFF09\u3001\u7528\u6237\u6743\u76CA\u6587\u4EF6\u4E0E\u6D4B\u8BD5\u8D26\u53F7\u3002",
    "The material requirements for registering a service that calls a filed model (\u767B\u8BB0): entity documents, the application form, the calling agreement, content-safety materials (interception lexicon, evaluation test set, management system), user-rights documents and test access."
  ),
  V: text(
    "\u300A\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u7BA1\u7406\u6682\u884C\u529E\u6CD5\u300B\uFF082023\uFF09\u4E0E GB/T 45654-2025\u300A\u7F51\u7EDC\u5B89\u5168\u6280\u672F \u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u5B89\u5168\u57FA\u672C\u8981\u6C42\u300B\uFF08\u539F TC260-003-2024\uFF09\u3002",
    "The Interim Measures for generative-AI services (2023) and GB/T 45654-2025, the basic security requirements for generative-AI services (formerly TC260-003-2024)."
  ),
  S: text(
    "\u516C\u5F00\u7684\u4E8C\u624B\u8D44\u6599\u4E0E\u4E00\u81F4\u7684\u5BA1\u6838\u5B9E\u8DF5\uFF1B\u6570\u503C\u53EF\u5728\u6E05\u5355\u4E2D\u8C03\u6574\uFF0C\u56E0\u6B64\u9ED8\u8BA4\u7EA7\u522B\u4E3A\u8B66\u544A\u3002",
    "Secondary public sources and consistent reviewers' practice; the numbers are configurable, so the rule defaults to a warning."
  ),
  U: text(
    "\u5C1A\u672A\u5728\u516C\u5F00\u6587\u672C\u4E2D\u6838\u5B9E\u7684\u5E38\u89C1\u8981\u6C42\uFF1B\u56E0\u6B64\u9ED8\u8BA4\u7EA7\u522B\u4E3A\u8B66\u544A\u3002",
    "A common requirement not yet verified in a published text; so the rule defaults to a warning."
  ),
  structural: text(
    "\u672C\u5DE5\u5177\u7684\u6E05\u5355\u683C\u5F0F `schemas/compliance.schema.json`\uFF1A\u95E8\u7981\u8981\u80FD\u8BFB\u61C2\u6E05\u5355\u4E0E\u8C41\u514D\uFF0C\u624D\u80FD\u68C0\u67E5\u5176\u4F59\u5185\u5BB9\u3002",
    "The gate's manifest format, `schemas/compliance.schema.json`: the gate must be able to read the manifest and its waivers before it can check anything else."
  )
};
function ruleSource(rule) {
  return rule.source ?? DEFAULT_SOURCES[rule.status];
}
function exampleFinding(rule, lang) {
  let l = labels(lang), severity = l.severity[rule.defaultSeverity].padEnd(7), example = rule.example;
  if (!example) return `${severity} ${rule.title[lang]}  ${rule.id}`;
  let where = example.line === void 0 ? "-" : `${example.line}:${example.column ?? 1}`;
  return [
    example.file ?? l.general,
    `  ${where.padEnd(8)} ${severity} ${example.message[lang]}  ${rule.id}`
  ].join(`
`);
}
function waiverYaml(rule, lang) {
  let zh = lang === "zh-CN", severity = ["rules:", `  ${rule.id}: warning   # error | warning | note | off`];
  return isWaivable(rule.id) ? [
    "waivers:",
    `  - rule: ${rule.id}`,
    `    reason: ${zh ? "\u8BF4\u660E\u4E3A\u4F55\u6682\u65F6\u63A5\u53D7\u4EE5\u53CA\u4F55\u65F6\u89E3\u51B3" : "why this is accepted for now and when it will be fixed"}`,
    `    owner: ${zh ? "\u6CD5\u52A1 \u674E\u5B89\u5168" : "Legal, Li An"}`,
    "    expires: 2027-01-31",
    ...rule.example?.file === void 0 ? [] : [
      `    files: [${rule.example.file}]   # ${zh ? "\u53EF\u9009\uFF1A\u53EA\u8C41\u514D\u8FD9\u4E9B\u6587\u4EF6\u4E2D\u7684\u95EE\u9898" : "optional: only findings in these files"}`
    ],
    ...severity
  ].join(`
`) : severity.join(`
`);
}
function waiverNote(rule, lang) {
  return isWaivable(rule.id) ? lang === "zh-CN" ? "\u5728 `waivers:` \u4E2D\u8C41\u514D\u5355\u4E2A\u95EE\u9898\uFF08\u987B\u6709\u7406\u7531\u3001\u8D1F\u8D23\u4EBA\u4E0E\u5230\u671F\u65E5\uFF0C\u8FC7\u671F\u540E\u95E8\u7981\u5931\u8D25\uFF09\uFF0C\u6216\u5728 `rules:` \u4E2D\u8C03\u6574\u8BE5\u89C4\u5219\u7684\u7EA7\u522B\uFF1A" : "Waive a finding under `waivers:` (a reason, an owner and an expiry date; an expired waiver fails the gate), or change the rule's severity under `rules:`:" : lang === "zh-CN" ? "\u8BE5\u89C4\u5219\u4E0D\u53EF\u8C41\u514D\uFF1A\u95E8\u7981\u5FC5\u987B\u80FD\u8BFB\u61C2\u6E05\u5355\u53CA\u5176\u8C41\u514D\u3002\u53EF\u5728 `rules:` \u4E2D\u8C03\u6574\u7EA7\u522B\uFF1A" : "This rule cannot be waived: the gate must be able to read the manifest and its waivers. Its severity can be changed under `rules:`:";
}

// src/docs/readme.ts
function groupedRules(rules) {
  let groups = /* @__PURE__ */ new Map();
  for (let rule of rules) {
    let group = rule.id.split("/")[0];
    groups.set(group, [...groups.get(group) ?? [], rule]);
  }
  return [...groups.values()].flat();
}

// src/docs/rule-page.ts
var HEADINGS = {
  "zh-CN": {
    lang: "\u4E2D\u6587",
    severity: "\u9ED8\u8BA4\u7EA7\u522B",
    status: "\u4F9D\u636E\u5F3A\u5EA6",
    stage: "\u8FD0\u884C\u9636\u6BB5",
    stages: { manifest: "\u8BFB\u53D6\u6E05\u5355\u65F6\uFF08\u6E05\u5355\u65E0\u6548\u65F6\u4E5F\u8FD0\u884C\uFF09", main: "\u6E05\u5355\u6709\u6548\u540E" },
    checks: "\u68C0\u67E5\u5185\u5BB9\u4E0E\u4FEE\u590D\u65B9\u6CD5",
    why: "\u4F9D\u636E",
    example: "\u793A\u4F8B",
    waive: "\u8C41\u514D\u6216\u8C03\u6574\u7EA7\u522B"
  },
  en: {
    lang: "English",
    severity: "Default severity",
    status: "Basis",
    stage: "Runs",
    stages: {
      manifest: "on the manifest as loaded (even when invalid)",
      main: "once the manifest is valid"
    },
    checks: "What it checks and how to fix it",
    why: "Why",
    example: "Example",
    waive: "Waive it or change its severity"
  }
};

// src/cli/explain.ts
var EXPLAIN_USAGE = `Usage: ${TOOL_NAME} explain [RULE-ID] [--lang zh-CN|en]

Prints a rule's documentation: what it checks, why, an example, how to fix and waive it.
Without RULE-ID, lists every rule.
`, indent = (block) => block.split(`
`).map((line) => line === "" ? "" : `  ${line}`).join(`
`), plain = (markdown) => markdown.replace(/\*\*(.+?)\*\*/g, "$1");
function explainRule(rule, lang) {
  let h = HEADINGS[lang], sep = lang === "zh-CN" ? "\uFF1A" : ": ";
  return `${[
    `${rule.id} \u2014 ${rule.title[lang]}`,
    `${h.severity}${sep}${SEVERITY_NAMES[rule.defaultSeverity][lang]} \xB7 ${h.status}${sep}${STATUS_NAMES[rule.status][lang]}`,
    "",
    h.checks,
    indent(plain(rule.help[lang])),
    "",
    h.why,
    indent(plain(ruleSource(rule)[lang])),
    "",
    h.example,
    indent(exampleFinding(rule, lang)),
    "",
    h.waive,
    indent(plain(waiverNote(rule, lang))),
    "",
    indent(waiverYaml(rule, lang)),
    "",
    ruleHelpUri(rule.id)
  ].join(`
`)}
`;
}
function ruleList(lang) {
  let rules = groupedRules(RULES), width = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules.map(
    (rule) => `${rule.id.padEnd(width)}  ${SEVERITY_NAMES[rule.defaultSeverity][lang].padEnd(7)} ${rule.title[lang]}`
  ).join(`
`)}
`;
}
function suggestions(id) {
  let [group = "", name = ""] = id.toLowerCase().split("/");
  return RULES.map((rule) => rule.id).filter((candidate) => {
    let [g, n] = candidate.split("/");
    return group !== "" && g === group || name !== "" && n !== void 0 && (n.includes(name) || name.includes(n));
  });
}
async function explain(args) {
  let { values, positionals } = parseArgs({
    args,
    allowPositionals: !0,
    options: { lang: { type: "string" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help === !0)
    return process.stdout.write(EXPLAIN_USAGE), 0;
  let lang = values.lang ?? "zh-CN";
  if (!LANG_VALUES.includes(lang))
    return process.stderr.write(`--lang must be one of ${LANG_VALUES.join(", ")} (got ${lang})
`), 2;
  if (positionals.length > 1)
    return process.stderr.write(`expected one rule id, got ${positionals.length}
`), 2;
  let id = positionals[0];
  if (id === void 0)
    return process.stdout.write(ruleList(lang)), 0;
  let rule = ruleById(id);
  if (!rule) {
    let near = suggestions(id);
    return process.stderr.write(
      lang === "en" ? `Unknown rule ${id}.${near.length ? ` Did you mean: ${near.join(", ")}?` : ""} Run 'explain' without an id for the list.
` : `\u89C4\u5219 ${id} \u4E0D\u5B58\u5728\u3002${near.length ? `\u662F\u5426\u8981\u627E\uFF1A${near.join("\u3001")}\uFF1F` : ""}\u4E0D\u5E26\u89C4\u5219 ID \u8FD0\u884C explain \u53EF\u5217\u51FA\u5168\u90E8\u89C4\u5219\u3002
`
    ), 2;
  }
  return process.stdout.write(explainRule(rule, lang)), 0;
}
export {
  EXPLAIN_USAGE,
  explain,
  explainRule,
  ruleList
};
