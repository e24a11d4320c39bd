import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a as e,b as t}from"./shared-.-package.json.js";import"./shared-runtime.js";function r(o){return`${JSON.stringify({tool:{name:e,version:t},...o},null,2)}
`}export{r as fleetJson};
//# sourceMappingURL=fleet-json.js.map
