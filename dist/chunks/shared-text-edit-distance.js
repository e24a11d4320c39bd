import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
function l(s,o){let e=Array.from({length:o.length+1},(n,r)=>r);for(let n=1;n<=s.length;n++){let r=e[0];e[0]=n;for(let t=1;t<=o.length;t++){let i=e[t];e[t]=Math.min(e[t]+1,e[t-1]+1,r+(s[n-1]===o[t-1]?0:1)),r=i}}return e[o.length]}function a(s,o){let e=s.toLowerCase(),n,r=Math.max(2,Math.floor(s.length/3))+1;for(let t of o){let i=l(e,t.toLowerCase());i<r&&(n=t,r=i)}return n}export{l as a,a as b};
//# sourceMappingURL=shared-text-edit-distance.js.map
