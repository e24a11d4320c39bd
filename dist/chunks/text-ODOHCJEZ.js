import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  formatText
} from "./chunk-EQ4Q6UMP.js";
import "./chunk-2XKDTK24.js";
import "./chunk-PH5XKWJV.js";
import "./chunk-6OZ242V4.js";
import "./chunk-WRGFFDD4.js";
export {
  formatText
};
