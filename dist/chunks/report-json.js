import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a,b}from"./shared-report-json.js";import"./shared-.-package.json.js";import"./shared-runtime.js";export{b as formatJson,a as toJson};
