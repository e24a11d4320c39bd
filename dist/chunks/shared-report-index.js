import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{e as t}from"./shared-entities-decode-codepoint.js";var m=["text","json","sarif","markdown"];async function n(r,o,a={}){switch(o){case"json":return(await import("./report-json.js")).formatJson(r);case"text":return t(r,a);case"sarif":return(await import("./report-sarif.js")).formatSarif(r);case"markdown":return(await import("./report-markdown.js")).formatMarkdown(r)}}export{m as a,n as b};
//# sourceMappingURL=shared-report-index.js.map
