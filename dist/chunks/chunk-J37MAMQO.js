import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{randomUUID as m}from"node:crypto";function d(n,o=m()){let r=n.endsWith(`
`)?n:`${n}
`;return`::stop-commands::${o}
${r}::${o}::
`}export{d as a};
