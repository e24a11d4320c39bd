import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  collapse
} from "./chunk-MICBKUUQ.js";
import "./chunk-WRGFFDD4.js";

// src/evidence/doc-pdf.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var PDF_PAGE_LIMIT = 500, cmapDirs;
function candidateCmapDirs() {
  if (cmapDirs) return cmapDirs;
  let here = path.dirname(fileURLToPath(import.meta.url)), dirs = [path.join(here, "cmaps"), path.join(here, "..", "cmaps")];
  try {
    let pkg = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
    dirs.push(path.join(path.dirname(pkg), "cmaps"));
  } catch {
  }
  return cmapDirs = dirs.filter((dir) => existsSync(dir)), cmapDirs;
}
function cmapFactory(state) {
  return class {
    async fetch({ name }) {
      if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`invalid CMap name ${name}`);
      for (let dir of candidateCmapDirs()) {
        let file = path.join(dir, `${name}.bcmap`);
        if (existsSync(file))
          return { cMapData: new Uint8Array(readFileSync(file)), isCompressed: !0 };
      }
      throw state.missing.add(name), new Error(`CMap ${name} is not available`);
    }
  };
}
function pageLines(items) {
  let lines = [], current, close = () => {
    current && current.text !== "" && lines.push(current), current = void 0;
  };
  for (let item of items) {
    if (typeof item.str != "string") continue;
    let [scale = 0, , , , x = 0, y = 0] = item.transform ?? [];
    current && Math.abs(y - current.y) > 2 && close(), current || (current = { text: "", left: x, right: x, y, size: Math.abs(scale) || item.height || 10 }), current.text += item.str, current.right = Math.max(current.right, x + (item.width ?? 0)), item.hasEOL && close();
  }
  return close(), lines;
}
var STARTS_STEP = /^\s*(?:[0-9]{1,2}\s*[.\uFF0E\u3001)\uFF09]|[(\uFF08]\s*[0-9]{1,2}\s*[)\uFF09]|\u7B2C\s*\S{1,3}\s*\u6B65|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3}\s*\u3001|\u2022|\u00B7|-\s)/;
function joinWrapped(lines) {
  let edge = lines.reduce((max, l) => Math.max(max, l.right), 0), out = [], previous;
  for (let line of lines) {
    let text = collapse(line.text);
    if (previous !== void 0 && out.length > 0 && previous.right >= edge - 1.5 * previous.size && Math.abs(previous.size - line.size) < 0.5 && previous.y - line.y < 2.2 * line.size && !STARTS_STEP.test(text)) {
      let last = out[out.length - 1], glue = /[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(text) ? " " : "";
      out[out.length - 1] = last + glue + text;
    } else out.push(text);
    previous = line;
  }
  return out;
}
var Matrix2D = class _Matrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init) {
    init && init.length >= 6 && ([this.a, this.b, this.c, this.d, this.e, this.f] = init);
  }
  multiplySelf(m) {
    let { a, b, c, d, e, f } = this;
    return this.a = a * m.a + c * m.b, this.b = b * m.a + d * m.b, this.c = a * m.c + c * m.d, this.d = b * m.c + d * m.d, this.e = a * m.e + c * m.f + e, this.f = b * m.e + d * m.f + f, this;
  }
  preMultiplySelf(m) {
    let copy = new _Matrix2D([m.a, m.b, m.c, m.d, m.e, m.f]);
    return copy.multiplySelf(this), [this.a, this.b, this.c, this.d, this.e, this.f] = [
      copy.a,
      copy.b,
      copy.c,
      copy.d,
      copy.e,
      copy.f
    ], this;
  }
  translateSelf(x = 0, y = 0) {
    return this.multiplySelf(new _Matrix2D([1, 0, 0, 1, x, y]));
  }
  scaleSelf(x = 1, y = x) {
    return this.multiplySelf(new _Matrix2D([x, 0, 0, y, 0, 0]));
  }
  translate(x = 0, y = 0) {
    return new _Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).translateSelf(x, y);
  }
  scale(x = 1, y = x) {
    return new _Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).scaleSelf(x, y);
  }
  invertSelf() {
    let det = this.a * this.d - this.b * this.c, { a, b, c, d, e, f } = this;
    return [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det], this.e = (c * f - d * e) / det, this.f = (b * e - a * f) / det, this;
  }
}, modules;
function loadPdfjs() {
  return modules ??= (async () => {
    let g = globalThis;
    g.DOMMatrix ??= Matrix2D;
    let { log, warn } = console;
    console.log = console.warn = () => {
    };
    try {
      let worker = await import("./pdf.worker-2HLBHK6U.js");
      return g.pdfjsWorker = worker, [await import("./pdf-3CRQNJRB.js"), worker];
    } finally {
      console.log = log, console.warn = warn;
    }
  })(), modules;
}
async function pdfBlocks(bytes) {
  let pdfjs;
  try {
    [pdfjs] = await loadPdfjs();
  } catch (error) {
    return {
      ok: !1,
      code: "unreadable",
      detail: `PDF reader unavailable: ${error instanceof Error ? error.message : String(error)}`
    };
  }
  let state = { missing: /* @__PURE__ */ new Set() }, task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: !1,
    disableFontFace: !0,
    useSystemFonts: !1,
    stopAtErrors: !1,
    verbosity: 0,
    cMapUrl: "cmaps/",
    cMapPacked: !0,
    CMapReaderFactory: cmapFactory(state)
  }), doc;
  try {
    doc = await task.promise;
  } catch (error) {
    return await task.destroy().catch(() => {
    }), error.name === "PasswordException" ? { ok: !1, code: "password-protected" } : {
      ok: !1,
      code: "corrupt",
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error)
    };
  }
  try {
    let blocks = [], textlessPages = [], pages = Math.min(doc.numPages, PDF_PAGE_LIMIT);
    for (let p = 1; p <= pages; p++) {
      let page = await doc.getPage(p), content = await page.getTextContent(), lines = pageLines(content.items), pageLine = 0;
      for (let text of joinWrapped(lines))
        text.length !== 0 && blocks.push({ text, kind: "text", page: p, pageLine: ++pageLine });
      pageLine === 0 && textlessPages.push(p), page.cleanup();
    }
    return {
      ok: !0,
      value: {
        blocks,
        pageCount: doc.numPages,
        ...textlessPages.length > 0 ? { textlessPages } : {},
        ...doc.numPages > pages ? { truncatedAfter: pages } : {},
        ...state.missing.size > 0 ? { undecodedFonts: !0 } : {}
      }
    };
  } finally {
    await doc.destroy().catch(() => {
    });
  }
}
export {
  PDF_PAGE_LIMIT,
  pdfBlocks
};
