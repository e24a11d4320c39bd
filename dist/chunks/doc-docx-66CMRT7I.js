import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  isOleContainer,
  zipEntries
} from "./chunk-DJIOVK5R.js";
import {
  htmlBlocks
} from "./chunk-YL2R26HF.js";
import "./chunk-WRGFFDD4.js";

// src/evidence/doc-docx.ts
var DOCX_EXPANDED_LIMIT = 256 * 1024 * 1024;
function vetOfficePackage(bytes, main) {
  if (isOleContainer(bytes)) return { ok: !1, code: "password-protected", detail: "ole" };
  let listing = zipEntries(bytes);
  if (!listing.ok) return { ok: !1, code: "corrupt", detail: listing.reason };
  if (!listing.entries.some((entry) => entry.name === main))
    return { ok: !1, code: "corrupt", detail: `no ${main} in the package` };
  let expanded = listing.entries.reduce((sum, entry) => sum + entry.size, 0);
  if (expanded > DOCX_EXPANDED_LIMIT)
    return { ok: !1, code: "too-large", detail: `expands to ${expanded} bytes` };
}
async function docxBlocks(bytes) {
  let refused = vetOfficePackage(bytes, "word/document.xml");
  if (refused) return refused;
  let mammoth = (await import("./lib-D2TFN7FJ.js")).default, html;
  try {
    html = (await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) }
    )).value;
  } catch (error) {
    return {
      ok: !1,
      code: "corrupt",
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error)
    };
  }
  return { ok: !0, blocks: htmlBlocks(html, "paragraphs") };
}
export {
  DOCX_EXPANDED_LIMIT,
  docxBlocks,
  vetOfficePackage
};
