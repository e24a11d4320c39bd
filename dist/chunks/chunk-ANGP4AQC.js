import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
async function formatReport(report, format, options = {}) {
  switch (format) {
    case "json":
      return (await import("./json-U2FF73SV.js")).formatJson(report);
    case "text":
      return (await import("./text-ODOHCJEZ.js")).formatText(report, options);
    case "sarif":
      return (await import("./sarif-RRTVUP4J.js")).formatSarif(report);
    case "markdown":
      return (await import("./markdown-2QTXOUJ5.js")).formatMarkdown(report);
  }
}

export {
  FORMATS,
  formatReport
};
