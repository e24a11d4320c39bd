import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a,b}from"./shared-change-origin.js";import"./shared-change-git.js";import"./shared-runtime.js";export{b as gitOrigin,a as repositoryFromUrl};
