import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
function u(n,e){return{"zh-CN":n,en:e}}var l={error:3,warning:2,note:1};function a(n,e){return e!=="never"&&l[n]>=l[e]}function g(n,e){let r=n.file??"",t=e.file??"";if(r!==t)return r<t?-1:1;let i=n.line??0,o=e.line??0;return i!==o?i-o:n.ruleId<e.ruleId?-1:n.ruleId>e.ruleId?1:0}export{u as a,l as b,a as c,g as d};
//# sourceMappingURL=shared-model-finding.js.map
