import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  isOleContainer,
  readZipEntry,
  zipEntries
} from "./chunk-VRLQ5ZPO.js";

// src/evidence/xlsx.ts
var XlsxError = class extends Error {
  constructor(code, detail) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
    this.detail = detail;
    this.name = "XlsxError";
  }
  code;
  detail;
}, XLSX_INFLATED_LIMIT = 2 * 1024 * 1024 * 1024, XLSX_MAX_COLUMNS = 512, ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }, OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;
function codePoint(value) {
  return value > 0 && value <= 1114111 ? String.fromCodePoint(value) : "";
}
function decodeXmlText(raw) {
  let text = raw.indexOf("&") === -1 ? raw : raw.replace(
    ENTITY,
    (_, hex, dec, name) => hex ? codePoint(parseInt(hex, 16)) : dec ? codePoint(parseInt(dec, 10)) : NAMED[name]
  );
  return text.indexOf("_x") !== -1 && (text = text.replace(OOXML_ESCAPE, (_, hex) => codePoint(parseInt(hex, 16)))), text;
}
function attribute(tag, name) {
  let at = 0;
  for (; ; ) {
    if (at = tag.indexOf(name, at + 1), at === -1) return;
    let before = tag.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let i = at + name.length;
    for (; tag[i] === " "; ) i++;
    if (tag[i] !== "=") continue;
    for (i++; tag[i] === " "; ) i++;
    let quote = tag[i];
    if (quote !== '"' && quote !== "'") continue;
    let end = tag.indexOf(quote, i + 1);
    return end === -1 ? void 0 : decodeXmlText(tag.slice(i + 1, end));
  }
}
function textRuns(xml) {
  let out = "", at = 0;
  for (; ; ) {
    let open = xml.indexOf("<t", at);
    if (open === -1) return out;
    let next = xml[open + 2];
    if (next !== ">" && next !== " " && next !== "/") {
      at = open + 2;
      continue;
    }
    let phonetic = xml.lastIndexOf("<rPh", open);
    if (phonetic !== -1 && phonetic > xml.lastIndexOf("</rPh>", open)) {
      if (at = xml.indexOf("</rPh>", open), at === -1) return out;
      continue;
    }
    let tagEnd = xml.indexOf(">", open);
    if (tagEnd === -1) return out;
    if (xml[tagEnd - 1] === "/") {
      at = tagEnd + 1;
      continue;
    }
    let close = xml.indexOf("</t>", tagEnd);
    if (close === -1) return out;
    out += decodeXmlText(xml.slice(tagEnd + 1, close)), at = close + 4;
  }
}
function sharedStrings(xml) {
  if (xml === void 0) return [];
  let strings = [], at = 0;
  for (; ; ) {
    let open = xml.indexOf("<si", at);
    if (open === -1) return strings;
    let tagEnd = xml.indexOf(">", open);
    if (tagEnd === -1) return strings;
    if (xml[tagEnd - 1] === "/") {
      strings.push(""), at = tagEnd + 1;
      continue;
    }
    let close = xml.indexOf("</si>", tagEnd);
    if (close === -1) return strings;
    strings.push(textRuns(xml.slice(tagEnd + 1, close))), at = close + 5;
  }
}
function columnIndex(ref) {
  if (!ref) return -1;
  let column = 0, i = 0;
  for (; i < ref.length; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : column - 1;
}
var BUILTIN_DATE_FORMATS = /* @__PURE__ */ new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
function dateStyles(styles) {
  let dates = /* @__PURE__ */ new Set();
  if (styles === void 0) return dates;
  let customDates = /* @__PURE__ */ new Set();
  for (let match of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    let id = Number(attribute(match[0], "numFmtId")), code = (attribute(match[0], "formatCode") ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    /[ymdhs]/i.test(code) && customDates.add(id);
  }
  let xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "", index = 0;
  for (let match of xfs.matchAll(/<xf\b[^>]*>/g)) {
    let id = Number(attribute(match[0], "numFmtId") ?? 0);
    (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) && dates.add(index), index++;
  }
  return dates;
}
function serialDate(serial) {
  let ms = Math.round((serial - 25569) * 864e5), iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}
function cellText(type, style, inner, context) {
  if (type === "inlineStr") return textRuns(inner);
  let vOpen = inner.indexOf("<v");
  if (vOpen === -1) return "";
  let vStart = inner.indexOf(">", vOpen) + 1;
  if (inner[vStart - 2] === "/") return "";
  let vEnd = inner.indexOf("</v>", vStart), value = decodeXmlText(inner.slice(vStart, vEnd === -1 ? void 0 : vEnd));
  switch (type) {
    case "s":
      return context.strings[Number(value)] ?? "";
    case "b":
      return value === "1" ? "TRUE" : "FALSE";
    case "n":
    case void 0: {
      let number = Number(value);
      return value.trim() === "" || !Number.isFinite(number) ? value : style !== void 0 && context.dates.has(Number(style)) && number > 0 ? serialDate(number) : String(number);
    }
    default:
      return value;
  }
}
var CELL = /<c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g, CELL_REF = /\sr="([A-Za-z]+)/, CELL_TYPE = /\st="([^"]*)"/, CELL_STYLE = /\ss="(\d+)"/;
function rowCells(row, context) {
  let cells = [], next = 0;
  CELL.lastIndex = 0;
  for (let match = CELL.exec(row); match !== null; match = CELL.exec(row)) {
    let attributes = match[1] ?? "", explicit = columnIndex(CELL_REF.exec(attributes)?.[1]), column = explicit >= 0 ? explicit : next;
    next = column + 1;
    let inner = match[2];
    if (column >= XLSX_MAX_COLUMNS || !inner) continue;
    let value = cellText(
      CELL_TYPE.exec(attributes)?.[1],
      CELL_STYLE.exec(attributes)?.[1],
      inner,
      context
    );
    for (; cells.length < column; ) cells.push("");
    cells[column] = value;
  }
  for (; cells.length > 0 && cells[cells.length - 1].trim() === ""; ) cells.pop();
  return cells;
}
function resolveTarget(target) {
  let absolute = target.startsWith("/") ? target.slice(1) : `xl/${target}`, parts = [];
  for (let part2 of absolute.split("/"))
    part2 === ".." ? parts.pop() : part2 !== "." && part2 !== "" && parts.push(part2);
  return parts.join("/");
}
function sheetParts(workbook, rels) {
  let targets = /* @__PURE__ */ new Map();
  for (let match of (rels ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    let id = attribute(match[0], "Id"), target = attribute(match[0], "Target");
    id && target && targets.set(id, resolveTarget(target));
  }
  let sheets = [];
  for (let match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    let name = attribute(match[0], "name") ?? `Sheet${sheets.length + 1}`, id = attribute(match[0], "r:id"), path = id ? targets.get(id) : void 0;
    sheets.push({ name, path: path ?? `xl/worksheets/sheet${sheets.length + 1}.xml` });
  }
  return sheets;
}
var CHUNK = 4 * 1024 * 1024, ROW_LIMIT = 8 * 1024 * 1024;
function* sheetRows(name, xml, context, chunk) {
  let decoder = new TextDecoder("utf-8"), pending = "", nextRow = 1;
  for (let offset = 0; offset < xml.length || pending !== ""; offset += chunk) {
    let last = offset + chunk >= xml.length;
    offset < xml.length && (pending += decoder.decode(xml.subarray(offset, offset + chunk), { stream: !last }));
    let at = 0;
    for (; ; ) {
      let open = pending.indexOf("<row", at);
      if (open === -1) {
        at = Math.max(at, pending.length - 4);
        break;
      }
      if (open + 4 >= pending.length) {
        at = open;
        break;
      }
      let after = pending[open + 4];
      if (after !== " " && after !== ">" && after !== "/") {
        at = open + 4;
        continue;
      }
      let tagEnd = pending.indexOf(">", open);
      if (tagEnd === -1) {
        at = open;
        break;
      }
      let tag = pending.slice(open, tagEnd + 1), number = Number(attribute(tag, "r") ?? nextRow), row = Number.isInteger(number) && number > 0 ? number : nextRow;
      if (nextRow = row + 1, pending[tagEnd - 1] === "/") {
        at = tagEnd + 1;
        continue;
      }
      let close = pending.indexOf("</row>", tagEnd);
      if (close === -1) {
        if (pending.length - open > ROW_LIMIT)
          throw new XlsxError("corrupt", `row ${row} is too long`);
        nextRow = row, at = open;
        break;
      }
      let cells = rowCells(pending.slice(tagEnd + 1, close), context);
      at = close + 6, cells.length > 0 && (yield { sheet: name, row, cells });
    }
    if (pending = pending.slice(at), last) break;
  }
}
function part(bytes, entries, name) {
  let entry = entries.get(name);
  if (entry === void 0) return;
  let read = readZipEntry(bytes, entry);
  if (!read.ok) throw new XlsxError("corrupt", read.reason);
  return read.data;
}
async function* xlsxRows(bytes, options = {}) {
  if (isOleContainer(bytes)) throw new XlsxError("xls");
  if (bytes.length < 4 || bytes[0] !== 80 || bytes[1] !== 75) throw new XlsxError("not-zip");
  let listing = zipEntries(bytes);
  if (!listing.ok) throw new XlsxError("corrupt", listing.reason);
  let entries = new Map(listing.entries.map((entry) => [entry.name, entry]));
  if (!entries.has("xl/workbook.xml")) throw new XlsxError("not-workbook");
  let inflated = listing.entries.reduce((sum, entry) => sum + entry.size, 0);
  if (inflated > XLSX_INFLATED_LIMIT)
    throw new XlsxError("too-large", `${inflated} bytes uncompressed`);
  let text = new TextDecoder("utf-8"), decode = (name) => {
    let data = part(bytes, entries, name);
    return data === void 0 ? void 0 : text.decode(data);
  }, workbook = decode("xl/workbook.xml") ?? "";
  if (!workbook.includes("<sheets")) throw new XlsxError("corrupt", "workbook lists no sheets");
  let context = {
    strings: sharedStrings(decode("xl/sharedStrings.xml")),
    dates: dateStyles(decode("xl/styles.xml"))
  };
  for (let sheet of sheetParts(workbook, decode("xl/_rels/workbook.xml.rels"))) {
    let data = part(bytes, entries, sheet.path);
    if (data === void 0) throw new XlsxError("corrupt", `missing part ${sheet.path}`);
    yield* sheetRows(sheet.name, data, context, options.chunkSize ?? CHUNK);
  }
}

export {
  XlsxError,
  xlsxRows
};
