import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  SCHEMA_DEFAULTS
} from "./chunk-QGBFSLVQ.js";

// src/context.ts
import path from "node:path";
var DEFAULT_MANIFEST = "compliance.yml", DEFAULT_FAIL_ON = SCHEMA_DEFAULTS["gate.fail_on"], DEFAULT_LANG = SCHEMA_DEFAULTS["gate.lang"], FAIL_ON_VALUES = ["error", "warning", "note", "never"], LANG_VALUES = ["zh-CN", "en"];
function todayInChina(now = /* @__PURE__ */ new Date()) {
  return new Date(now.getTime() + 8 * 36e5).toISOString().slice(0, 10);
}
var TODAY_ENV = "GENAI_COMPLIANCE_GATE_TODAY";
function todayFromEnvironment() {
  let value = process.env[TODAY_ENV]?.trim();
  if (value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw new Error(`${TODAY_ENV} must be a date YYYY-MM-DD (got ${value})`);
    return value;
  }
}
function createContext(options) {
  return {
    root: path.resolve(options.dir ?? "."),
    manifest: options.manifest ?? DEFAULT_MANIFEST,
    ...options.base ? { base: options.base } : {},
    ...options.head ? { head: options.head } : {},
    ...options.deepen ? { deepen: !0 } : {},
    ...options.changeFallback ? { changeFallback: options.changeFallback } : {},
    ...options.changeNote ? { changeNote: options.changeNote } : {},
    ...options.lang ? { lang: options.lang } : {},
    ...options.failOn ? { failOn: options.failOn } : {},
    today: options.today ?? todayFromEnvironment() ?? todayInChina()
  };
}

export {
  DEFAULT_FAIL_ON,
  DEFAULT_LANG,
  FAIL_ON_VALUES,
  LANG_VALUES,
  createContext
};
