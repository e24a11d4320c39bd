import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  formatJson,
  formatMarkdown,
  formatSarif,
  formatText
} from "./chunk-DN4TAGME.js";

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
function formatReport(report, format, options = {}) {
  switch (format) {
    case "json":
      return formatJson(report);
    case "text":
      return formatText(report, options);
    case "sarif":
      return formatSarif(report);
    case "markdown":
      return formatMarkdown(report);
  }
}

export {
  FORMATS,
  formatReport
};
