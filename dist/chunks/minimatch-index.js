import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j}from"./shared-isaacs-nonrecursive-glob-match-index.js";import"./shared-runtime.js";export{e as GLOBSTAR,j as Minimatch,h as braceExpand,g as defaults,a as escape,f as filter,i as match,c as minimatch,d as sep,b as unescape};
