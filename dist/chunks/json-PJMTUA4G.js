import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a,b}from"./chunk-6OTM7NJY.js";import"./chunk-LKXHRLMU.js";import"./chunk-6M3LRMOI.js";export{b as formatJson,a as toJson};
