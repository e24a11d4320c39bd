import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./shared-evaluate-client.js";import"./shared-text-secrets.js";import"./shared-runtime.js";export{b as FatalEndpointError,a as LIVE_DEFAULTS,g as ask,c as completionsUrl,d as displayEndpoint,e as endpointSecrets,f as redact};
