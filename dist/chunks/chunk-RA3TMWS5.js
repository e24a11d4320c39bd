import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-US5LUY4S.js";
import {
  SEVERITY_RANK
} from "./chunk-SBHQMLNT.js";
import {
  REPOSITORY_URL,
  ruleHelpUri
} from "./chunk-NT54SZBG.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", MAX_SARIF_RESULTS = 5e3, MESSAGE_MAX = 4e3, SECURITY_SEVERITY = {
  error: "7.5",
  warning: "5.0",
  note: "2.0"
};
function pascal(id) {
  return id.split(/[/\-_]/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}
function plain(markdown) {
  return markdown.replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1").replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}
function firstParagraph(textValue) {
  return textValue.split(/\n\s*\n/, 1)[0].trim();
}
function groupOf(ruleId) {
  return ruleId.split("/", 1)[0];
}
function descriptor(rule, lang) {
  let uri = ruleHelpUri(rule.id), docs = lang === "en" ? "Documentation" : "\u89C4\u5219\u6587\u6863", help = rule.help[lang];
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: firstParagraph(plain(help)) },
    help: { text: `${plain(help)}

${docs}: ${uri}`, markdown: `${help}

[${docs}](${uri})` },
    helpUri: uri,
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: {
      tags: ["compliance", "genai", groupOf(rule.id)],
      precision: "very-high",
      "problem.severity": rule.defaultSeverity === "note" ? "recommendation" : rule.defaultSeverity,
      "security-severity": SECURITY_SEVERITY[rule.defaultSeverity]
    }
  };
}
function artifactUri(file, prefix) {
  return (prefix ? `${prefix.replace(/\/+$/, "")}/${file}` : file).split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
}
function fingerprint(ruleId, uri, message) {
  return createHash("sha256").update(`${ruleId}\0${uri}\0${message.replace(/\d+/g, "#")}`).digest("hex").slice(0, 16);
}
function cut(value) {
  return value.length > MESSAGE_MAX ? `${value.slice(0, MESSAGE_MAX)}\u2026` : value;
}
function toSarif(report, options = {}) {
  let lang = report.lang, prefix = options.uriPrefix ?? "", rules = [...RULES], index = new Map(rules.map((rule, i) => [rule.id, i])), ruleIndex = (id) => {
    let i = index.get(id);
    return i === void 0 && (i = rules.length, rules.push({
      id,
      defaultSeverity: "warning",
      status: "structural",
      title: { "zh-CN": id, en: id },
      help: { "zh-CN": id, en: id }
    }), index.set(id, i)), i;
  }, ordered = [
    ...[...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]),
    ...report.suppressed
  ], max = options.maxResults ?? MAX_SARIF_RESULTS, kept = ordered.slice(0, max), seen = /* @__PURE__ */ new Map(), results = kept.map((f) => {
    let message = cut(f.message[lang]), file = f.file ?? report.manifestFile, uri = artifactUri(file, prefix), hash = fingerprint(f.ruleId, uri, f.message.en), occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    let region = { startLine: f.file !== void 0 ? f.line ?? 1 : 1 };
    f.file !== void 0 && f.column !== void 0 && (region.startColumn = f.column), f.file !== void 0 && f.endLine !== void 0 && (region.endLine = f.endLine);
    let result = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex(f.ruleId),
      level: f.severity,
      message: { text: message },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
      partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
      properties: { "security-severity": SECURITY_SEVERITY[f.severity] }
    };
    if ("waiver" in f) {
      let w = f.waiver;
      result.suppressions = [
        {
          // No `status`: absent means accepted, and schema revisions disagree on its name.
          kind: "external",
          justification: cut(
            lang === "en" ? `${w.reason} (owner ${w.owner}, until ${w.expires})` : `${w.reason}\uFF08\u8D1F\u8D23\u4EBA ${w.owner}\uFF0C\u81F3 ${w.expires}\uFF09`
          )
        }
      ];
    }
    return result;
  }), left = ordered.length - kept.length, notifications = left > 0 ? [
    {
      level: "warning",
      message: {
        text: lang === "en" ? `${left} result(s) were left out: GitHub code scanning keeps at most ${max} results per run. See the JSON report for all of them.` : `\u53E6\u6709 ${left} \u6761\u7ED3\u679C\u672A\u5199\u5165\uFF1AGitHub \u4EE3\u7801\u626B\u63CF\u6BCF\u6B21\u6700\u591A\u4FDD\u7559 ${max} \u6761\u7ED3\u679C\u3002\u5168\u90E8\u7ED3\u679C\u89C1 JSON \u62A5\u544A\u3002`
      }
    }
  ] : [];
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((rule) => descriptor(rule, lang))
          }
        },
        invocations: [
          {
            executionSuccessful: !0,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        columnKind: "utf16CodeUnits",
        ...report.metrics ? { properties: { metrics: report.metrics } } : {},
        results
      }
    ]
  };
}
function formatSarif(report, options = {}) {
  return `${JSON.stringify(toSarif(report, options), null, 2)}
`;
}

export {
  SARIF_SCHEMA,
  MAX_SARIF_RESULTS,
  SECURITY_SEVERITY,
  artifactUri,
  toSarif,
  formatSarif
};
