import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a}from"./shared-generated-signal-pack.js";import"./shared-runtime.js";export{a as SIGNAL_PACK};
