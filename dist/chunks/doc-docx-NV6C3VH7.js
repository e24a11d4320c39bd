import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  isOleContainer,
  readZipEntry,
  zipEntries
} from "./chunk-VRLQ5ZPO.js";
import "./chunk-WRGFFDD4.js";

// src/evidence/doc-docx.ts
var DOCX_EXPANDED_LIMIT = 256 * 1024 * 1024, ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(raw) {
  return raw.indexOf("&") === -1 ? raw : raw.replace(ENTITY, (_, hex, dec, name) => {
    if (name) return NAMED[name];
    let code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "";
  });
}
function valueOf(xml, tag, attribute = "w:val") {
  let at = xml.indexOf(`<${tag}`);
  if (at === -1) return;
  let end = xml.indexOf(">", at), match = new RegExp(`\\s${attribute}="([^"]*)"`).exec(xml.slice(at, end));
  return match ? decode(match[1]) : void 0;
}
function* elements(xml, name) {
  let open = `<${name}`, close = `</${name}>`, at = 0;
  for (; ; ) {
    let start = xml.indexOf(open, at);
    if (start === -1) return;
    let next = xml[start + open.length];
    if (next !== " " && next !== ">" && next !== "/") {
      at = start + open.length;
      continue;
    }
    let tagEnd = xml.indexOf(">", start);
    if (tagEnd === -1) return;
    if (xml[tagEnd - 1] === "/") {
      yield { attributes: xml.slice(start, tagEnd), body: "" }, at = tagEnd + 1;
      continue;
    }
    let end = xml.indexOf(close, tagEnd);
    if (end === -1) return;
    yield { attributes: xml.slice(start, tagEnd), body: xml.slice(tagEnd + 1, end) }, at = end + close.length;
  }
}
var TOKEN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g;
function paragraphText(body) {
  let text = "";
  for (let match of body.matchAll(TOKEN))
    match[1] !== void 0 ? text += decode(match[1]) : match[2] !== void 0 && (text += " ");
  return text.replace(/\s+/g, " ").trim();
}
function readStyles(xml) {
  let styles = { headingLevel: /* @__PURE__ */ new Map(), numbering: /* @__PURE__ */ new Map() };
  for (let { attributes, body } of elements(xml ?? "", "w:style")) {
    let id = /w:styleId="([^"]*)"/.exec(attributes)?.[1];
    if (!id) continue;
    let name = (valueOf(body, "w:name") ?? "").toLowerCase(), heading = /^(?:heading|\u6807\u9898)\s*(\d)$/.exec(name) ?? /^heading(\d)$/i.exec(id), outline = valueOf(body, "w:outlineLvl");
    heading ? styles.headingLevel.set(id, Number(heading[1])) : name === "title" ? styles.headingLevel.set(id, 1) : outline !== void 0 && styles.headingLevel.set(id, Number(outline) + 1);
    let numId = valueOf(body, "w:numId");
    numId !== void 0 && styles.numbering.set(id, { numId, ilvl: Number(valueOf(body, "w:ilvl") ?? 0) });
  }
  return styles;
}
function readNumbering(xml) {
  let abstract = /* @__PURE__ */ new Map();
  for (let { attributes, body } of elements(xml ?? "", "w:abstractNum")) {
    let id = /w:abstractNumId="([^"]*)"/.exec(attributes)?.[1];
    if (id === void 0) continue;
    let levels = [];
    for (let level of elements(body, "w:lvl")) {
      let ilvl = Number(/w:ilvl="(\d+)"/.exec(level.attributes)?.[1] ?? levels.length), format = valueOf(level.body, "w:numFmt") ?? "decimal";
      levels[ilvl] = format !== "bullet" && format !== "none";
    }
    abstract.set(id, levels);
  }
  let nums = /* @__PURE__ */ new Map();
  for (let { attributes, body } of elements(xml ?? "", "w:num")) {
    let id = /w:numId="([^"]*)"/.exec(attributes)?.[1], abstractId = valueOf(body, "w:abstractNumId");
    id !== void 0 && abstractId !== void 0 && nums.set(id, abstract.get(abstractId) ?? []);
  }
  return nums;
}
function documentBlocks(document, styles, numbering) {
  let blocks = [], lists = /* @__PURE__ */ new Map(), counters = /* @__PURE__ */ new Map();
  for (let { body } of elements(document, "w:p")) {
    let text = paragraphText(body);
    if (text === "") continue;
    let properties = body.slice(0, Math.max(0, body.indexOf("</w:pPr>"))), style = valueOf(properties, "w:pStyle"), paragraph = blocks.length + 1, numbered = (properties.includes("<w:numPr") ? {
      numId: valueOf(properties, "w:numId") ?? "",
      ilvl: Number(valueOf(properties, "w:ilvl") ?? 0)
    } : void 0) ?? (style === void 0 ? void 0 : styles.numbering.get(style)), level = style === void 0 ? void 0 : styles.headingLevel.get(style), outline = valueOf(properties, "w:outlineLvl");
    if (numbered && numbered.numId !== "0") {
      let key = `${numbered.numId}/${numbered.ilvl}`;
      lists.has(key) || lists.set(key, lists.size + 1);
      let ordinal = (counters.get(key) ?? 0) + 1;
      counters.set(key, ordinal);
      let ordered = numbering.get(numbered.numId)?.[numbered.ilvl] ?? !0;
      blocks.push({ text, kind: "item", list: lists.get(key), ordered, ordinal, paragraph });
    } else level !== void 0 || outline !== void 0 ? blocks.push({
      text,
      kind: "heading",
      level: Math.min(6, level ?? Number(outline) + 1),
      paragraph
    }) : blocks.push({ text, kind: "text", paragraph });
  }
  return blocks;
}
function vetOfficePackage(bytes, main) {
  if (isOleContainer(bytes)) return { ok: !1, code: "password-protected", detail: "ole" };
  let listing = zipEntries(bytes);
  if (!listing.ok) return { ok: !1, code: "corrupt", detail: listing.reason };
  if (!listing.entries.some((entry) => entry.name === main))
    return { ok: !1, code: "corrupt", detail: `no ${main} in the package` };
  let expanded = listing.entries.reduce((sum, entry) => sum + entry.size, 0);
  return expanded > DOCX_EXPANDED_LIMIT ? { ok: !1, code: "too-large", detail: `expands to ${expanded} bytes` } : { ok: !0, entries: new Map(listing.entries.map((entry) => [entry.name, entry])) };
}
async function docxBlocks(bytes) {
  let vetted = vetOfficePackage(bytes, "word/document.xml");
  if (!vetted.ok || !("entries" in vetted)) return vetted;
  let text = new TextDecoder("utf-8"), parts = {};
  for (let name of ["word/document.xml", "word/styles.xml", "word/numbering.xml"]) {
    let entry = vetted.entries.get(name);
    if (!entry) continue;
    let read = readZipEntry(bytes, entry);
    if (!read.ok) return { ok: !1, code: "corrupt", detail: read.reason };
    parts[name] = text.decode(read.data);
  }
  let document = parts["word/document.xml"] ?? "";
  return document.includes("<w:body") ? {
    ok: !0,
    blocks: documentBlocks(
      document,
      readStyles(parts["word/styles.xml"]),
      readNumbering(parts["word/numbering.xml"])
    )
  } : { ok: !1, code: "corrupt", detail: "no document body" };
}
export {
  DOCX_EXPANDED_LIMIT,
  docxBlocks,
  vetOfficePackage
};
