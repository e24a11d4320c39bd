import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  FatalEndpointError,
  LIVE_DEFAULTS,
  ask,
  completionsUrl,
  displayEndpoint,
  redact
} from "./chunk-INBLGOCL.js";
import "./chunk-WRGFFDD4.js";
export {
  FatalEndpointError,
  LIVE_DEFAULTS,
  ask,
  completionsUrl,
  displayEndpoint,
  redact
};
