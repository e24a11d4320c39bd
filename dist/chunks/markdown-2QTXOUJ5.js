import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  SUMMARY_LIMIT_BYTES,
  cell,
  formatMarkdown,
  sizeOf
} from "./chunk-AV7L2XHW.js";
import "./chunk-PH5XKWJV.js";
import "./chunk-RJYBDDMZ.js";
import "./chunk-SBHQMLNT.js";
import "./chunk-NT54SZBG.js";
import "./chunk-6OZ242V4.js";
import "./chunk-WRGFFDD4.js";
export {
  SUMMARY_LIMIT_BYTES,
  cell,
  formatMarkdown,
  sizeOf
};
