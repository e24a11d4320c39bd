/**
 * Rows of an XLSX workbook as display strings, sheet by sheet. The ZIP layer is zip.ts (platform zlib); the
 * SpreadsheetML parts the gate needs (workbook, relationships, shared strings, sheet rows) are
 * scanned directly, which keeps a 1,000-row workbook at a few milliseconds instead of the
 * hundreds a general workbook model costs to load. The ZIP directory is checked first: a file
 * that is not a ZIP, an old binary .xls, a ZIP without a workbook, or one that inflates beyond
 * the cap fails fast with an XlsxError.
 */
import { Finder, markupFault, startTags } from './xml-scan.js';
import { isOleContainer, readZipEntry, zipEntries, type ZipEntry } from './zip.js';
export interface XlsxRow {
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Display strings; index 0 is column A. Trailing empty cells are dropped. */
  cells: string[];
}

export type XlsxErrorCode = 'not-zip' | 'xls' | 'not-workbook' | 'too-large' | 'corrupt';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'XlsxError';
  }
}

/** Uncompressed bytes a workbook may expand to. */
export const XLSX_INFLATED_LIMIT = 2 * 1024 * 1024 * 1024;
/** Columns read per row; cells to the right are ignored. */
export const XLSX_MAX_COLUMNS = 512;

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** OOXML escapes characters XML cannot hold as _xHHHH_. */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function codePoint(value: number): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

export function decodeXmlText(raw: string): string {
  let text =
    raw.indexOf('&') === -1
      ? raw
      : raw.replace(ENTITY, (_, hex, dec, name) =>
          hex ? codePoint(parseInt(hex, 16)) : dec ? codePoint(parseInt(dec, 10)) : NAMED[name]!,
        );
  if (text.indexOf('_x') !== -1)
    text = text.replace(OOXML_ESCAPE, (_, hex) => codePoint(parseInt(hex, 16)));
  return text;
}

/** The value of attribute `name` in a start tag, entity-decoded; names are matched exactly. */
function attribute(tag: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    at = tag.indexOf(name, at + 1);
    if (at === -1) return undefined;
    const before = tag.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let i = at + name.length;
    while (tag[i] === ' ') i++;
    if (tag[i] !== '=') continue;
    i++;
    while (tag[i] === ' ') i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, i + 1);
    return end === -1 ? undefined : decodeXmlText(tag.slice(i + 1, end));
  }
}

/** Concatenated text of the <t> elements in `xml`, leaving out phonetic runs (<rPh>). */
function textRuns(xml: string): string {
  const find = new Finder(xml);
  let out = '';
  let at = 0;
  for (;;) {
    const open = find.next('<t', at);
    if (open === -1) return out;
    const next = xml[open + 2];
    if (next !== '>' && next !== ' ' && next !== '/') {
      at = open + 2;
      continue;
    }
    const phonetic = find.next('<rPh', at);
    if (phonetic !== -1 && phonetic < open) {
      const phoneticEnd = find.next('</rPh>', phonetic);
      if (phoneticEnd === -1) return out;
      at = phoneticEnd + 6;
      continue;
    }
    const tagEnd = find.next('>', open);
    if (tagEnd === -1) return out;
    if (xml[tagEnd - 1] === '/') {
      at = tagEnd + 1;
      continue;
    }
    const close = find.next('</t>', tagEnd);
    if (close === -1) return out;
    out += decodeXmlText(xml.slice(tagEnd + 1, close));
    at = close + 4;
  }
}

/** A shared string written as one plain run, the way spreadsheet programs write nearly all of them. */
const PLAIN_SHARED_STRING = /<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/y;

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<si', at);
    if (open === -1) return strings;
    PLAIN_SHARED_STRING.lastIndex = open;
    const plain = PLAIN_SHARED_STRING.exec(xml);
    if (plain !== null) {
      strings.push(decodeXmlText(plain[1]!));
      at = PLAIN_SHARED_STRING.lastIndex;
      continue;
    }
    const tagEnd = xml.indexOf('>', open);
    if (tagEnd === -1) return strings;
    if (xml[tagEnd - 1] === '/') {
      strings.push('');
      at = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf('</si>', tagEnd);
    if (close === -1) return strings;
    strings.push(textRuns(xml.slice(tagEnd + 1, close)));
    at = close + 5;
  }
}

/** 'AB12' → 27 (0-based column index), or -1. */
function columnIndex(ref: string | undefined): number {
  if (!ref) return -1;
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : column - 1;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format code without its quoted literals, [bracketed] sections and \\-escaped characters. */
function formatCodeProper(code: string): string {
  const find = new Finder(code);
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    const close = c === '"' ? find.next('"', i + 1) : c === '[' ? find.next(']', i + 1) : -1;
    if (close !== -1) i = close;
    else if (c === '\\' && i + 1 < code.length && code[i + 1] !== '\n') i++;
    else out += c;
  }
  return out;
}

/** Style indexes (`s` on a cell) whose number format shows a date. */
function dateStyles(styles: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (styles === undefined) return dates;
  const customDates = new Set<number>();
  for (const { tag } of startTags(styles, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = formatCodeProper(attribute(tag, 'formatCode') ?? '');
    if (/[ymdhs]/i.test(code)) customDates.add(id);
  }
  const cellXfs = startTags(styles, 'cellXfs').next();
  const close = cellXfs.done ? -1 : styles.indexOf('</cellXfs>', cellXfs.value.end);
  const xfs = cellXfs.done || close === -1 ? '' : styles.slice(cellXfs.value.end, close);
  let index = 0;
  for (const { tag } of startTags(xfs, 'xf')) {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    if (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) dates.add(index);
    index++;
  }
  return dates;
}

/** Excel's 1900 date serial as YYYY-MM-DD (with a time when it has one). */
function serialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

interface SheetContext {
  strings: string[];
  dates: Set<number>;
}

function cellText(
  type: string | undefined,
  style: string | undefined,
  inner: string,
  context: SheetContext,
): string {
  if (type === 'inlineStr') return textRuns(inner);
  const vOpen = inner.indexOf('<v');
  if (vOpen === -1) return '';
  const vStart = inner.indexOf('>', vOpen) + 1;
  if (inner[vStart - 2] === '/') return '';
  const vEnd = inner.indexOf('</v>', vStart);
  return valueText(type, style, inner.slice(vStart, vEnd === -1 ? undefined : vEnd), context);
}

/** The display string of a cell's `<v>` content. */
function valueText(
  type: string | undefined,
  style: string | undefined,
  raw: string,
  context: SheetContext,
): string {
  const value = decodeXmlText(raw);
  switch (type) {
    case 's':
      return value.trim() === '' ? '' : (context.strings[Number(value)] ?? '');
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'n':
    case undefined: {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) return value;
      return style !== undefined && context.dates.has(Number(style)) && number > 0
        ? serialDate(number)
        : String(number);
    }
    default:
      return value;
  }
}

interface Cell {
  attributes: string;
  /** Content between the start and end tags; undefined for a self-closing cell. */
  inner?: string;
  end: number;
}

/**
 * The next cell at or after `from`: `<c …/>`, or `<c …>…</c>` up to the first `</c>`. A start
 * tag without an end tag is passed over, as a regular expression would, but every search goes
 * through `find`, so a row of unclosed cells is scanned once.
 */
function nextCell(row: string, find: Finder, from: number): Cell | undefined {
  let at = from;
  for (;;) {
    const start = find.next('<c', at);
    if (start === -1) return undefined;
    at = start + 2;
    const c = row.charCodeAt(at);
    let gt: number;
    let attributesEnd: number;
    if (c === 0x3e) {
      gt = at;
      attributesEnd = at;
    } else if (c === 0x2f) {
      if (row[at + 1] === '>') return { attributes: '', end: at + 2 };
      continue;
    } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      gt = find.next('>', at);
      if (gt === -1) return undefined;
      if (row[gt - 1] === '/' && gt - 1 > at)
        return { attributes: row.slice(at, gt - 1), end: gt + 1 };
      attributesEnd = gt;
    } else continue;
    const close = find.next('</c>', gt + 1);
    if (close === -1) continue;
    return {
      attributes: row.slice(at, attributesEnd),
      inner: row.slice(gt + 1, close),
      end: close + 4,
    };
  }
}

const CELL_REF = /\sr="([A-Za-z]+)/;
const CELL_TYPE = /\st="([^"]*)"/;
const CELL_STYLE = /\ss="(\d+)"/;

/**
 * A cell the way spreadsheet programs write nearly all of them: `r`, then `s`, then `t`, and
 * either nothing or one `<v>`. Anything else (formulas, inline strings, other attributes or
 * orders, white space) goes through nextCell.
 */
const PLAIN_CELL =
  /<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-z]{1,4})")?(?:\/>|><v>([^<]*)<\/v><\/c>)/y;

function rowCells(row: string, context: SheetContext): string[] {
  const cells: string[] = [];
  const find = new Finder(row);
  let next = 0;
  const put = (column: number, value: string) => {
    while (cells.length < column) cells.push('');
    cells[column] = value;
  };
  let at = 0;
  while (at < row.length) {
    PLAIN_CELL.lastIndex = at;
    const plain = PLAIN_CELL.exec(row);
    if (plain !== null) {
      const column = columnIndex(plain[1]);
      next = column + 1;
      at = PLAIN_CELL.lastIndex;
      const raw = plain[4];
      if (column < XLSX_MAX_COLUMNS && raw)
        put(column, valueText(plain[3], plain[2], raw, context));
      continue;
    }
    const cell = nextCell(row, find, at);
    if (cell === undefined) break;
    at = cell.end;
    const attributes = cell.attributes;
    const explicit = columnIndex(CELL_REF.exec(attributes)?.[1]);
    const column = explicit >= 0 ? explicit : next;
    next = column + 1;
    const inner = cell.inner;
    if (column >= XLSX_MAX_COLUMNS || !inner) continue;
    put(
      column,
      cellText(CELL_TYPE.exec(attributes)?.[1], CELL_STYLE.exec(attributes)?.[1], inner, context),
    );
  }
  while (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells;
}

interface SheetPart {
  name: string;
  path: string;
}

function resolveTarget(target: string): string {
  const absolute = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of absolute.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function sheetParts(workbook: string, rels: string | undefined): SheetPart[] {
  const targets = new Map<string, string>();
  for (const { tag } of startTags(rels ?? '', 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const sheets: SheetPart[] = [];
  const listed = new Set<string>();
  let position = 0;
  for (const { tag } of startTags(workbook, 'sheet')) {
    position++;
    const name = attribute(tag, 'name') ?? `Sheet${position}`;
    const id = attribute(tag, 'r:id');
    const path = (id ? targets.get(id) : undefined) ?? `xl/worksheets/sheet${position}.xml`;
    // A part listed again under another name is the same rows: read once.
    if (listed.has(path)) continue;
    listed.add(path);
    sheets.push({ name, path });
  }
  return sheets;
}

const CHUNK = 4 * 1024 * 1024;
/** Characters one row's XML may take; a spreadsheet row of lexicon or test items is far shorter. */
const ROW_LIMIT = 8 * 1024 * 1024;

/** Rows of one sheet part, decoded in chunks so a large sheet is never one giant string. */
function* sheetRows(
  name: string,
  xml: Uint8Array,
  context: SheetContext,
  chunk: number,
): Generator<XlsxRow> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let nextRow = 1;
  for (let offset = 0; offset < xml.length || pending !== ''; offset += chunk) {
    const last = offset + chunk >= xml.length;
    if (offset < xml.length)
      pending += decoder.decode(xml.subarray(offset, offset + chunk), { stream: !last });
    let at = 0;
    for (;;) {
      const open = pending.indexOf('<row', at);
      if (open === -1) {
        // Keep a tail that may be the start of a tag cut by the chunk boundary.
        at = Math.max(at, pending.length - 4);
        break;
      }
      if (open + 4 >= pending.length) {
        at = open;
        break;
      }
      const after = pending[open + 4];
      if (after !== ' ' && after !== '>' && after !== '/') {
        at = open + 4;
        continue;
      }
      const tagEnd = pending.indexOf('>', open);
      if (tagEnd === -1) {
        if (pending.length - open > ROW_LIMIT)
          throw new XlsxError('corrupt', `row ${nextRow} has no end to its start tag`);
        at = open;
        break;
      }
      const tag = pending.slice(open, tagEnd + 1);
      const number = Number(attribute(tag, 'r') ?? nextRow);
      const row = Number.isInteger(number) && number > 0 ? number : nextRow;
      nextRow = row + 1;
      if (pending[tagEnd - 1] === '/') {
        at = tagEnd + 1;
        continue;
      }
      const close = pending.indexOf('</row>', tagEnd);
      if (close === -1) {
        if (pending.length - open > ROW_LIMIT)
          throw new XlsxError('corrupt', `row ${row} is too long`);
        nextRow = row;
        at = open;
        break;
      }
      const body = pending.slice(tagEnd + 1, close);
      const fault = markupFault(body);
      if (fault !== undefined) throw new XlsxError('corrupt', `row ${row}: ${fault}`);
      const cells = rowCells(body, context);
      at = close + 6;
      if (cells.length > 0) yield { sheet: name, row, cells };
    }
    pending = pending.slice(at);
    if (last) break;
  }
}

function part(
  bytes: Uint8Array,
  entries: Map<string, ZipEntry>,
  name: string,
): Uint8Array | undefined {
  const entry = entries.get(name);
  if (entry === undefined) return undefined;
  const read = readZipEntry(bytes, entry);
  if (!read.ok) throw new XlsxError('corrupt', read.reason);
  return read.data;
}

/**
 * The rows of every sheet, in tab order. Throws XlsxError when the bytes are not a readable
 * workbook.
 */
export function* xlsxRows(
  bytes: Uint8Array,
  options: { chunkSize?: number } = {},
): Generator<XlsxRow> {
  if (isOleContainer(bytes)) throw new XlsxError('xls');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError('not-zip');
  const listing = zipEntries(bytes);
  if (!listing.ok) throw new XlsxError('corrupt', listing.reason);
  const entries = new Map(listing.entries.map((entry) => [entry.name, entry]));
  if (!entries.has('xl/workbook.xml')) throw new XlsxError('not-workbook');
  const inflated = listing.entries.reduce((sum, entry) => sum + entry.size, 0);
  if (inflated > XLSX_INFLATED_LIMIT) {
    throw new XlsxError('too-large', `${inflated} bytes uncompressed`);
  }
  const text = new TextDecoder('utf-8');
  const decode = (name: string) => {
    const data = part(bytes, entries, name);
    if (data === undefined) return undefined;
    const xml = text.decode(data);
    const fault = markupFault(xml);
    if (fault !== undefined) throw new XlsxError('corrupt', `${name}: ${fault}`);
    return xml;
  };
  const workbook = decode('xl/workbook.xml') ?? '';
  if (!workbook.includes('<sheets')) throw new XlsxError('corrupt', 'workbook lists no sheets');
  const context = {
    strings: sharedStrings(decode('xl/sharedStrings.xml')),
    dates: dateStyles(decode('xl/styles.xml')),
  };
  for (const sheet of sheetParts(workbook, decode('xl/_rels/workbook.xml.rels'))) {
    const data = part(bytes, entries, sheet.path);
    if (data === undefined) throw new XlsxError('corrupt', `missing part ${sheet.path}`);
    yield* sheetRows(sheet.name, data, context, options.chunkSize ?? CHUNK);
  }
}
