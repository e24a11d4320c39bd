import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  EvaluateError,
  evaluate
} from "./chunk-BSFRHL5Z.js";
import "./chunk-INBLGOCL.js";
import "./chunk-46VYRSW6.js";
import "./chunk-US5LUY4S.js";
import "./chunk-4EOT7NHN.js";
import "./chunk-RJYBDDMZ.js";
import "./chunk-SBHQMLNT.js";
import "./chunk-MNVSDFJN.js";
import "./chunk-QGBFSLVQ.js";
import "./chunk-NT54SZBG.js";
import "./chunk-6OZ242V4.js";
import "./chunk-TPRCU3ZD.js";
import "./chunk-VRLQ5ZPO.js";
import "./chunk-MICBKUUQ.js";
import "./chunk-WRGFFDD4.js";
export {
  EvaluateError,
  evaluate
};
