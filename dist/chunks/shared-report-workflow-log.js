import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
var i=/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g,s=/\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g,c=/^(?:[\s\uFEFF]|\u001b\[[0-9;]*m)*:(?=:)/;function o(t){let n=t.charCodeAt(0);return n<32?String.fromCharCode(9216+n):n===127?"\u2421":n===133||n===8232||n===8233?"\u2424":"\uFFFD"}function l(t){return t.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,o)}function f(t){let n=t.replace(/##\[/g,"#\u200B#["),r=c.exec(n);return r?`${r[0]}\u200B${n.slice(r[0].length)}`:n}function u(t,n={}){return t.replace(/\r\n/g,`
`).replace(n.color?s:i,e=>e.length>1?e:o(e)).split(`
`).map(f).join(`
`)}function g(t){return t.replace(/[\u007f-\u009f\u2028\u2029]/g,n=>`\\u${n.charCodeAt(0).toString(16).padStart(4,"0")}`).replace(/##\[/g,"#\\u0023[")}function p(t,n,r={}){return n==="json"||n==="sarif"?g(t):u(t,r)}function x(t,n=globalThis.crypto.randomUUID()){let r=u(t),e=r.endsWith(`
`)?r:`${r}
`;return`::stop-commands::${n}
${e}::${n}::
`}export{l as a,u as b,p as c,x as d};
//# sourceMappingURL=shared-report-workflow-log.js.map
