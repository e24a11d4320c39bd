/**
 * PDF text layer through pdf.js (legacy build, loaded only when a PDF is read; runs in-process).
 * Each text line becomes a block with its page. Pages without text (scans) are listed rather than
 * silently read as empty; a password-protected or damaged file is a problem, not an exception.
 * Chinese PDFs often use predefined CMaps (UniGB-UCS2-H, the iText/STSong-Light style): their maps
 * are read from pdf.js's `cmaps` folder, beside the bundle or in the installed package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, DocumentProblemCode, DocumentText } from './document.js';
import { collapse } from './doc-text.js';
import { PDF_TOKEN_BUDGET, pdfContentCost } from './pdf-budget.js';

/** Pages read from one PDF; the rest are reported as not read. */
export const PDF_PAGE_LIMIT = 500;

export type PdfRead =
  | { ok: true; value: Omit<DocumentText, 'file' | 'format'> }
  | { ok: false; code: DocumentProblemCode; detail?: string };

let cmapDirs: string[] | undefined;

function candidateCmapDirs(): string[] {
  if (cmapDirs) return cmapDirs;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dirs = [path.join(here, 'cmaps'), path.join(here, '..', 'cmaps')];
  try {
    const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    dirs.push(path.join(path.dirname(pkg), 'cmaps'));
  } catch {
    // Not installed beside the bundle: only the folders next to it can serve.
  }
  cmapDirs = dirs.filter((dir) => existsSync(dir));
  return cmapDirs;
}

interface CMapState {
  missing: Set<string>;
}

function cmapFactory(state: CMapState) {
  return class {
    async fetch({ name }: { name: string }) {
      if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`invalid CMap name ${name}`);
      for (const dir of candidateCmapDirs()) {
        const file = path.join(dir, `${name}.bcmap`);
        if (existsSync(file))
          return { cMapData: new Uint8Array(readFileSync(file)), isCompressed: true };
      }
      state.missing.add(name);
      throw new Error(`CMap ${name} is not available`);
    }
  };
}

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
  height?: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Text items grouped into visual lines (a change of baseline or an explicit end of line). */
function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  const close = () => {
    if (current && current.text !== '') lines.push(current);
    current = undefined;
  };
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const [scale = 0, , , , x = 0, y = 0] = item.transform ?? [];
    if (current && Math.abs(y - current.y) > 2) close();
    if (!current)
      current = { text: '', left: x, right: x, y, size: Math.abs(scale) || item.height || 10 };
    current.text += item.str;
    current.right = Math.max(current.right, x + (item.width ?? 0));
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

const STARTS_STEP =
  /^\s*(?:[0-9]{1,2}\s*[.．、)）]|[(（]\s*[0-9]{1,2}\s*[)）]|第\s*\S{1,3}\s*步|[一二三四五六七八九十]{1,3}\s*、|•|·|-\s)/;

/**
 * A paragraph that wraps is one sentence over several lines: a line that runs to the right edge
 * of the text column continues on the next one, unless the next starts a numbered item.
 */
function joinWrapped(lines: Line[]): string[] {
  const edge = lines.reduce((max, l) => Math.max(max, l.right), 0);
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const text = collapse(line.text);
    const continues =
      previous !== undefined &&
      out.length > 0 &&
      previous.right >= edge - 1.5 * previous.size &&
      Math.abs(previous.size - line.size) < 0.5 &&
      previous.y - line.y < 2.2 * line.size &&
      !STARTS_STEP.test(text);
    if (continues) {
      const last = out[out.length - 1]!;
      const glue = /[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(text) ? ' ' : '';
      out[out.length - 1] = last + glue + text;
    } else out.push(text);
    previous = line;
  }
  return out;
}

/**
 * The 2D matrix pdf.js creates when its module loads. Without a canvas package (as in the bundled
 * Action) Node has no DOMMatrix; text extraction needs only this much of it.
 */
class Matrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: number[]) {
    if (init && init.length >= 6)
      [this.a, this.b, this.c, this.d, this.e, this.f] = init as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
  }

  multiplySelf(m: Matrix2D): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }

  preMultiplySelf(m: Matrix2D): this {
    const copy = new Matrix2D([m.a, m.b, m.c, m.d, m.e, m.f]);
    copy.multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [
      copy.a,
      copy.b,
      copy.c,
      copy.d,
      copy.e,
      copy.f,
    ];
    return this;
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new Matrix2D([1, 0, 0, 1, x, y]));
  }

  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new Matrix2D([x, 0, 0, y, 0, 0]));
  }

  translate(x = 0, y = 0): Matrix2D {
    return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).translateSelf(x, y);
  }

  scale(x = 1, y = x): Matrix2D {
    return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).scaleSelf(x, y);
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    const { a, b, c, d, e, f } = this;
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    this.e = (c * f - d * e) / det;
    this.f = (b * e - a * f) / det;
    return this;
  }
}

type PdfModules = [typeof import('pdfjs-dist/legacy/build/pdf.mjs'), unknown];
let modules: Promise<PdfModules> | undefined;

/** pdf.js, loaded once. Its load-time warnings (no canvas package, which text does not need) are muted. */
function loadPdfjs(): Promise<PdfModules> {
  modules ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    g.DOMMatrix ??= Matrix2D;
    const { log, warn } = console;
    console.log = console.warn = () => undefined;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      g.pdfjsWorker = worker;
      return [await import('pdfjs-dist/legacy/build/pdf.mjs'), worker] as PdfModules;
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return modules;
}

export async function pdfBlocks(bytes: Uint8Array): Promise<PdfRead> {
  const cost = pdfContentCost(bytes);
  if (cost.overBudget) {
    // Reported like a damaged file, which every rule reading documents already reports.
    const over = Number.isFinite(cost.tokens)
      ? `${cost.tokens.toLocaleString('en')} tokens`
      : 'a stream too large to measure';
    return {
      ok: false,
      code: 'corrupt',
      detail: `too costly to read: its pages' content comes to ${over}, above the ${PDF_TOKEN_BUDGET.toLocaleString('en')} the text reader interprets`,
    };
  }
  let pdfjs: PdfModules[0];
  try {
    [pdfjs] = await loadPdfjs();
  } catch (error) {
    return {
      ok: false,
      code: 'unreadable',
      detail: `PDF reader unavailable: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const state: CMapState = { missing: new Set() };
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    CMapReaderFactory: cmapFactory(state) as never,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, code: 'password-protected' };
    return {
      ok: false,
      code: 'corrupt',
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
    };
  }
  try {
    const blocks: Block[] = [];
    const textlessPages: number[] = [];
    const pages = Math.min(doc.numPages, PDF_PAGE_LIMIT);
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const lines = pageLines(content.items as TextItem[]);
      let pageLine = 0;
      for (const text of joinWrapped(lines)) {
        if (text.length === 0) continue;
        blocks.push({ text, kind: 'text', page: p, pageLine: ++pageLine });
      }
      if (pageLine === 0) textlessPages.push(p);
      page.cleanup();
    }
    return {
      ok: true,
      value: {
        blocks,
        pageCount: doc.numPages,
        ...(textlessPages.length > 0 ? { textlessPages } : {}),
        ...(doc.numPages > pages ? { truncatedAfter: pages } : {}),
        ...(state.missing.size > 0 ? { undecodedFonts: true } : {}),
      },
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
