import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  EvaluateError,
  evaluate
} from "./chunk-3ACKE5Q3.js";
import "./chunk-INBLGOCL.js";
import "./chunk-DLEL6KBE.js";
import "./chunk-72CVNNJH.js";
import "./chunk-VRJKMX7U.js";
import "./chunk-4EOT7NHN.js";
import "./chunk-RJYBDDMZ.js";
import "./chunk-SBHQMLNT.js";
import "./chunk-SNCYMR22.js";
import "./chunk-JZ3HP3WV.js";
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
