import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a,b,c,d,e,f}from"./chunk-TEFHEU4A.js";import"./chunk-6M3LRMOI.js";export{b as FatalEndpointError,a as LIVE_DEFAULTS,f as ask,c as completionsUrl,d as displayEndpoint,e as redact};
