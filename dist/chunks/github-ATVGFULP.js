import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a as t,e as o,f as n}from"./chunk-VNNOOF3W.js";import"./chunk-6GLG56DA.js";import"./chunk-KHKBCQJD.js";import"./chunk-6M3LRMOI.js";var x=new t;function s(e,i,...r){let c=o.plugin(...r);return new c(n(e,i))}export{x as context,s as getOctokit};
