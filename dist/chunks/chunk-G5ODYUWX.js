import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "markdown"], LOADERS = {
  json: async () => {
    let { formatJson } = await import("./json-U2FF73SV.js");
    return (report) => formatJson(report);
  },
  text: async () => (await import("./text-ODOHCJEZ.js")).formatText,
  sarif: async () => {
    let { formatSarif } = await import("./sarif-V4N7BT3C.js");
    return (report) => formatSarif(report);
  },
  markdown: async () => {
    let { formatMarkdown } = await import("./markdown-2QTXOUJ5.js");
    return (report) => formatMarkdown(report);
  }
}, loading = /* @__PURE__ */ new Map();
function formatter(format) {
  let pending = loading.get(format);
  return pending === void 0 && (pending = LOADERS[format](), loading.set(format, pending)), pending;
}
function preloadFormatter(format) {
  formatter(format).catch(() => {
  });
}
async function formatReport(report, format, options = {}) {
  return (await formatter(format))(report, options);
}

export {
  FORMATS,
  preloadFormatter,
  formatReport
};
