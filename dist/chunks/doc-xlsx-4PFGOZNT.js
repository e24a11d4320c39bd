import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  XlsxError,
  xlsxRows
} from "./chunk-TPRCU3ZD.js";
import "./chunk-VRLQ5ZPO.js";
import {
  collapse
} from "./chunk-MICBKUUQ.js";
import "./chunk-WRGFFDD4.js";

// src/evidence/doc-xlsx.ts
var FORM_ROW_LIMIT = 5e3, CODES = {
  xls: "legacy-format",
  "not-zip": "corrupt",
  "not-workbook": "corrupt",
  corrupt: "corrupt",
  "too-large": "too-large"
};
async function xlsxFormBlocks(bytes) {
  let blocks = [];
  try {
    for await (let { sheet, row, cells } of xlsxRows(bytes)) {
      let text = collapse(cells.filter((cell) => cell.trim() !== "").join(" | "));
      if (text.length !== 0) {
        if (blocks.length >= FORM_ROW_LIMIT)
          return { ok: !0, blocks, extra: { truncatedAfter: FORM_ROW_LIMIT } };
        blocks.push({ text, kind: "text", sheet, row });
      }
    }
  } catch (error) {
    return error instanceof XlsxError ? { ok: !1, code: CODES[error.code], detail: error.detail } : {
      ok: !1,
      code: "corrupt",
      detail: error instanceof Error ? error.message : String(error)
    };
  }
  return { ok: !0, blocks, extra: {} };
}
export {
  FORM_ROW_LIMIT,
  xlsxFormBlocks
};
