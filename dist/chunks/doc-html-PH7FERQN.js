import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  htmlBlocks
} from "./chunk-YL2R26HF.js";
import "./chunk-WRGFFDD4.js";
export {
  htmlBlocks
};
