import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  formatJson,
  toJson
} from "./chunk-KULOCZ5T.js";
import "./chunk-NT54SZBG.js";
import "./chunk-WRGFFDD4.js";
export {
  formatJson,
  toJson
};
