import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e}from"./chunk-VNNOOF3W.js";import"./chunk-6GLG56DA.js";import"./chunk-KHKBCQJD.js";import"./chunk-6M3LRMOI.js";export{d as GitHub,b as context,c as defaults,e as getOctokitOptions,a as getUserAgentWithOrchestrationId};
