import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a}from"./chunk-GCMTJPHA.js";import"./chunk-ZSVONYMA.js";import"./chunk-EHCTYSFM.js";import"./chunk-BOZCAHSQ.js";import"./chunk-6M3LRMOI.js";export{a as formatText};
