/**
 * What reading a PDF's text would cost, measured before pdf.js parses a page. pdf.js decodes and
 * interprets a page's content streams every time it reads that page, at about a microsecond a
 * token, and a stream may be shared by every page (or be a form drawn on every page): a 67 KB
 * file whose 500 pages share one 64 MiB stream would take an hour. The file's streams are
 * inflated here once each, with a cap, their tokens counted, and the tokens the pages would make
 * pdf.js interpret are weighed against a budget.
 */
import { constants, inflateSync } from 'node:zlib';

/**
 * Content tokens (operators and operands; each form counted once per page) the text reader may
 * interpret: a second or two of pdf.js, and some 700 pages of dense text.
 */
export const PDF_TOKEN_BUDGET = 1_500_000;
/** Decoded bytes of one stream measured; a larger stream is over the budget on its own. */
export const PDF_STREAM_LIMIT = 16 * 1024 * 1024;

/**
 * Tokens one `Do` of a form costs beyond the form's own tokens: pdf.js saves state and looks up
 * resources each time, and forms that draw forms multiply (six levels of ten take a minute).
 */
const DO_COST = 100;

interface StreamObject {
  tokens: number;
  /** `Do` operators: forms (or images) the stream draws. */
  draws: number;
  form: boolean;
}

const WHITE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITE[c] = 1;
const OPENS = new Uint8Array(256);
for (const c of '()<>[]{}/%') OPENS[c.charCodeAt(0)] = 1;

/** Tokens in content-stream bytes (runs between white space, and each delimiter starting one) and its `Do` operators. */
function countTokens(data: Uint8Array): { tokens: number; draws: number } {
  let tokens = 0;
  let draws = 0;
  let inside = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (WHITE[c]) inside = false;
    else if (OPENS[c]) {
      tokens++;
      inside = true;
    } else if (!inside) {
      tokens++;
      inside = true;
      if (c === 0x44 && data[i + 1] === 0x6f) {
        const after = data[i + 2];
        if (after === undefined || WHITE[after] || OPENS[after]) draws++;
      }
    }
  }
  return { tokens, draws };
}

/** `N G` before the `obj` keyword at `at` (white space between), or undefined. */
function objectNumber(text: string, at: number): number | undefined {
  let i = at - 1;
  const skipSpace = () => {
    const stop = i - 16;
    while (i > stop && i >= 0 && /\s/.test(text[i]!)) i--;
  };
  const digits = () => {
    const end = i;
    while (i > end - 10 && i >= 0 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i--;
    return text.slice(i + 1, end + 1);
  };
  skipSpace();
  if (digits() === '') return undefined;
  skipSpace();
  const number = digits();
  return number === '' ? undefined : Number(number);
}

/** The tokens of a stream's decoded bytes; Infinity when it decodes past PDF_STREAM_LIMIT. */
function streamTokens(
  raw: Uint8Array,
  flate: boolean,
): { tokens: number; draws: number; data?: Buffer } {
  if (!flate) return countTokens(raw);
  try {
    const data = inflateSync(raw, {
      maxOutputLength: PDF_STREAM_LIMIT,
      finishFlush: constants.Z_SYNC_FLUSH,
    });
    return { ...countTokens(data), data };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return { tokens: Infinity, draws: 0 };
    // Damaged or encrypted data: pdf.js cannot interpret more of it than it holds.
    return countTokens(raw);
  }
}

/** Object number → stream facts, for every `N G obj … stream … endstream` in the file. */
function streams(
  bytes: Uint8Array,
  text: string,
  objectStreamTexts: string[],
): Map<number, StreamObject> {
  const found = new Map<number, StreamObject>();
  let object: { number: number; dictStart: number } | undefined;
  let nextObj = text.indexOf('obj', 0);
  let at = 0;
  for (;;) {
    const keyword = text.indexOf('stream', at);
    if (keyword === -1) return found;
    while (nextObj !== -1 && nextObj < keyword) {
      const number = objectNumber(text, nextObj);
      if (number !== undefined && !text.startsWith('endobj', nextObj - 3))
        object = { number, dictStart: nextObj + 3 };
      nextObj = text.indexOf('obj', nextObj + 3);
    }
    at = keyword + 6;
    if (text.startsWith('end', keyword - 3) || object === undefined) continue;
    let start = at;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    if (start === at) continue;
    const end = text.indexOf('endstream', start);
    const stop = end === -1 ? text.length : end;
    const dictionary = text.slice(Math.max(object.dictStart, keyword - 4096), keyword);
    const measured = streamTokens(bytes.subarray(start, stop), dictionary.includes('/FlateDecode'));
    found.set(object.number, {
      tokens: measured.tokens,
      draws: measured.draws,
      form: /\/Subtype\s*\/Form\b/.test(dictionary),
    });
    // The inflated object streams hold the page dictionaries of a compressed file.
    if (dictionary.includes('/ObjStm') && measured.data !== undefined)
      objectStreamTexts.push(measured.data.toString('latin1'));
    at = stop;
  }
}

/** Object numbers a `/Contents` entry refers to: `/Contents 12 0 R` or `/Contents [12 0 R 13 0 R]`. */
function contentReferences(text: string, out: number[]): void {
  const reference = /\s*(\d{1,10})\s+\d{1,5}\s+R/y;
  let at = 0;
  for (;;) {
    const key = text.indexOf('/Contents', at);
    if (key === -1) return;
    at = key + 9;
    let i = at;
    while (i < at + 16 && /\s/.test(text[i] ?? '')) i++;
    const list = text[i] === '[';
    if (list) i++;
    for (let n = 0; n < 4096; n++) {
      reference.lastIndex = i;
      const match = reference.exec(text);
      if (match === null) break;
      out.push(Number(match[1]));
      i = reference.lastIndex;
      if (!list) break;
    }
    at = Math.max(at, i);
  }
}

/** Pages a file declares (`/Type /Page`, not `/Pages`), in its own bytes and object streams. */
function pageCount(texts: string[]): number {
  let count = 0;
  for (const text of texts) {
    for (let at = text.indexOf('/Page'); at !== -1; at = text.indexOf('/Page', at + 5)) {
      if (!/\w/.test(text[at + 5] ?? '')) count++;
    }
  }
  return count;
}

/**
 * Content tokens the text layer would interpret: each page's content streams, plus every form
 * once per page and per fan-out of forms drawing forms. More than PDF_TOKEN_BUDGET is reported
 * with the count.
 */
export function pdfContentCost(bytes: Uint8Array): { tokens: number; overBudget: boolean } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const objectStreamTexts: string[] = [];
  const objects = streams(bytes, text, objectStreamTexts);
  const texts = [text, ...objectStreamTexts];
  const references: number[] = [];
  for (const t of texts) contentReferences(t, references);
  let total = 0;
  let pageDraws = 0;
  for (const number of references) {
    const object = objects.get(number);
    total += object?.tokens ?? 0;
    pageDraws += object?.draws ?? 0;
  }
  // Each form is taken to be drawn by every page (or every page `Do`), and by every form that
  // draws more than once: an upper bound without resolving which name draws which form.
  let forms = 0;
  let fanOut = 1;
  for (const object of objects.values()) {
    if (!object.form) continue;
    forms += object.tokens + DO_COST * object.draws;
    if (object.draws > 1) fanOut = Math.min(fanOut * object.draws, PDF_TOKEN_BUDGET + 1);
  }
  const pages = Math.max(1, pageCount(texts), pageDraws);
  total += forms * pages * fanOut;
  return { tokens: total, overBudget: total > PDF_TOKEN_BUDGET };
}
