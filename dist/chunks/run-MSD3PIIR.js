import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  EvaluateError,
  evaluate
} from "./chunk-VYJ7EXO2.js";
import "./chunk-INBLGOCL.js";
import "./chunk-6KHGIQ7V.js";
import "./chunk-P27HR5CC.js";
import "./chunk-4EOT7NHN.js";
import "./chunk-RJYBDDMZ.js";
import "./chunk-SBHQMLNT.js";
import "./chunk-MNVSDFJN.js";
import "./chunk-QGBFSLVQ.js";
import "./chunk-NT54SZBG.js";
import "./chunk-6OZ242V4.js";
import "./chunk-Q3JQMYDT.js";
import "./chunk-SFUX55KM.js";
import "./chunk-MICBKUUQ.js";
import "./chunk-WRGFFDD4.js";
export {
  EvaluateError,
  evaluate
};
