import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
function r(n,o=globalThis.crypto.randomUUID()){let s=n.endsWith(`
`)?n:`${n}
`;return`::stop-commands::${o}
${s}::${o}::
`}export{r as a};
