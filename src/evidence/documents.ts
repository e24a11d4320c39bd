/**
 * Document text with positions: the policies, the management system, the materials and the
 * display pages, whatever their format. Each format module turns bytes into blocks (a line, a
 * paragraph, a PDF text line, a spreadsheet row); this module picks the module, caps the size
 * before reading, and turns every failure into a `DocumentProblem`. Loaders read, never judge.
 */
import type { Manifest } from '../model/manifest.js';
import { readBytesInRoot, resolveInRoot } from '../files/read.js';
import { decodeText } from '../files/encoding.js';
import { docxBlocks } from './doc-docx.js';
import { htmlBlocks } from './doc-html.js';
import { markdownBlocks } from './doc-markdown.js';
import { sourceBlocks, textBlocks } from './doc-text.js';
import type { Deadline } from '../deadline.js';
import type {
  Block,
  DocumentFormat,
  DocumentProblem,
  DocumentProblemCode,
  DocumentResult,
} from './document.js';

/** Byte caps per format, checked on the file's size before anything is read. */
export const DOCUMENT_SIZE_LIMITS: Record<DocumentFormat, number> = {
  markdown: 16 * 1024 * 1024,
  text: 16 * 1024 * 1024,
  html: 16 * 1024 * 1024,
  source: 4 * 1024 * 1024,
  docx: 32 * 1024 * 1024,
  pdf: 64 * 1024 * 1024,
  xlsx: 32 * 1024 * 1024,
};

const EXTENSIONS: Record<string, DocumentFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  xlsx: 'xlsx',
  tsx: 'source',
  jsx: 'source',
  ts: 'source',
  js: 'source',
  mjs: 'source',
  vue: 'source',
  svelte: 'source',
  astro: 'source',
  ejs: 'source',
  hbs: 'source',
  handlebars: 'source',
  njk: 'source',
  twig: 'source',
  erb: 'source',
  jinja: 'source',
  j2: 'source',
  json: 'text',
  wxml: 'source',
  dart: 'source',
  kt: 'source',
  swift: 'source',
  xml: 'source',
};

/** Formats the gate cannot read text from, named so the message can say what they are. */
const LEGACY = new Set(['doc', 'wps', 'xls', 'et', 'rtf', 'pages', 'odt']);

export function documentFormat(file: string): DocumentFormat | undefined {
  const dot = file.lastIndexOf('.');
  if (dot === -1 || dot < file.lastIndexOf('/')) return undefined;
  const ext = file.slice(dot + 1).toLowerCase();
  // Own keys only: `x.constructor` or `x.__proto__` must not find Object.prototype's members.
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot === -1 ? '' : file.slice(dot + 1).toLowerCase();
}

function problem(code: DocumentProblemCode, file: string, extra: Partial<DocumentProblem> = {}) {
  return { ok: false, problem: { code, file, ...extra } } as const;
}

function decoded(bytes: Uint8Array, file: string, format: DocumentFormat): DocumentResult | string {
  const text = decodeText(bytes);
  if (text === undefined) return problem('binary', file, { format });
  if (text.text.trim().length === 0) return problem('empty', file, { format });
  return text.text;
}

/**
 * pdf.js and the XLSX form reader load only for a document in their format. The HTML and DOCX
 * readers, the formats policies and management documents usually come in, load with the gate:
 * a dynamic import here would wait on file reads in the middle of the run.
 */
const READERS = {
  pdf: () => import('./doc-pdf.js'),
  xlsx: () => import('./doc-xlsx.js'),
};

/** Reads one document inside the root; never throws. */
export async function readDocument(root: string, userPath: string): Promise<DocumentResult> {
  const format = documentFormat(userPath);
  if (format === undefined) {
    // A path out of the root is that problem first, whatever its extension.
    const resolved = resolveInRoot(root, userPath);
    if (!resolved.ok) return resolved;
    const ext = extensionOf(userPath);
    return problem(LEGACY.has(ext) ? 'legacy-format' : 'unsupported-format', resolved.value.rel, {
      detail: ext,
    });
  }
  const read = readBytesInRoot(root, userPath, DOCUMENT_SIZE_LIMITS[format]);
  if (!read.ok) return { ok: false, problem: { ...read.problem, format } };
  const file = read.value.file.rel;
  const bytes = read.value.bytes;
  try {
    switch (format) {
      case 'markdown':
      case 'text':
      case 'html':
      case 'source': {
        const text = decoded(bytes, file, format);
        if (typeof text !== 'string') return text;
        const blocks =
          format === 'markdown'
            ? markdownBlocks(text)
            : format === 'html'
              ? htmlBlocks(text, 'lines')
              : format === 'source'
                ? sourceBlocks(text)
                : textBlocks(text);
        return { ok: true, value: { file, format, blocks: numberedItems(blocks) } };
      }
      case 'docx': {
        const result = await docxBlocks(bytes);
        if (!result.ok) return problem(result.code, file, { format, detail: result.detail });
        return { ok: true, value: { file, format, blocks: numberedItems(result.blocks) } };
      }
      case 'pdf': {
        const { pdfBlocks } = await READERS.pdf();
        const result = await pdfBlocks(bytes);
        if (!result.ok) return problem(result.code, file, { format, detail: result.detail });
        const { blocks, ...rest } = result.value;
        return { ok: true, value: { file, format, blocks: numberedItems(blocks), ...rest } };
      }
      case 'xlsx': {
        const { xlsxFormBlocks } = await READERS.xlsx();
        const result = await xlsxFormBlocks(bytes);
        if (!result.ok) return problem(result.code, file, { format, detail: result.detail });
        return { ok: true, value: { file, format, blocks: result.blocks, ...result.extra } };
      }
    }
  } catch (error) {
    return problem('corrupt', file, {
      format,
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
    });
  }
}

/**
 * `1.` `2、` `3)` `（4）` `第五步` `步骤6` `Step 7`: a numbered step written as plain text. Chinese
 * numerals with `、` (`一、`) number sections, not steps, and are left alone.
 */
const STEP_NUMBER =
  /^\s*(?:第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*步|步骤\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})|step\s+([0-9]{1,2})\b|([0-9]{1,2})\s*[.．、)）](?![0-9])|[(（]\s*([0-9]{1,2})\s*[)）])/i;

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function chineseSmall(value: string): number {
  if (value === '十') return 10;
  if (value.startsWith('十')) return 10 + (CHINESE_DIGITS[value[1]!] ?? 0);
  if (value.endsWith('十')) return (CHINESE_DIGITS[value[0]!] ?? 0) * 10;
  if (value.length === 3)
    return (CHINESE_DIGITS[value[0]!] ?? 0) * 10 + (CHINESE_DIGITS[value[2]!] ?? 0);
  return CHINESE_DIGITS[value] ?? Number.NaN;
}

export function stepNumber(text: string): number | undefined {
  const match = STEP_NUMBER.exec(text);
  if (!match) return undefined;
  const raw = match.slice(1).find((group) => group !== undefined);
  if (raw === undefined) return undefined;
  const value = /^[0-9]+$/.test(raw) ? Number(raw) : chineseSmall(raw);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Plain-text numbering (`1.` lines in a text file, a PDF or a Word paragraph typed by hand) becomes
 * list items, so every format describes a numbered procedure the same way. Headings keep their kind:
 * `一、收集的信息` is a section title, not a step.
 */
export function numberedItems(blocks: Block[]): Block[] {
  let listId = blocks.reduce((max, b) => Math.max(max, b.list ?? 0), 0);
  let previous: { list: number; ordinal: number } | undefined;
  for (const block of blocks) {
    if (block.kind !== 'text') {
      previous = undefined;
      continue;
    }
    const n = stepNumber(block.text);
    if (n === undefined) {
      previous = undefined;
      continue;
    }
    const continues = previous !== undefined && n === previous.ordinal + 1;
    if (!continues && n !== 1) {
      previous = undefined;
      continue;
    }
    const list = continues ? previous!.list : ++listId;
    block.kind = 'item';
    block.list = list;
    block.ordered = true;
    block.ordinal = n;
    previous = { list, ordinal: n };
  }
  return blocks;
}

/** The manifest values that name documents with text to check, by JSON pointer. */
export function documentPaths(manifest: Manifest): { pointer: string; path: string }[] {
  const out: { pointer: string; path: string }[] = [];
  const add = (pointer: string, value: string | undefined) => {
    if (typeof value === 'string' && value.length > 0) out.push({ pointer, path: value });
  };
  add('/policies/privacy/path', manifest.policies?.privacy?.path);
  add('/policies/service_agreement/path', manifest.policies?.service_agreement?.path);
  add('/content_safety/management_system', manifest.content_safety?.management_system);
  for (const [key, value] of Object.entries(manifest.materials ?? {}))
    add(`/materials/${key}`, value);
  (manifest.models ?? []).forEach((model, i) => add(`/models/${i}/agreement`, model.agreement));
  add('/test_access/account_doc', manifest.test_access?.account_doc);
  add('/test_access/api_doc', manifest.test_access?.api_doc);
  manifest.service.display_pages.forEach((page, i) => add(`/service/display_pages/${i}`, page));
  return out;
}

/** Reads every document the manifest names, once per path, keyed by the pointer that names it. */
export async function gatherDocuments(
  root: string,
  manifest: Manifest,
  deadline?: Deadline,
): Promise<Map<string, DocumentResult>> {
  const byPath = new Map<string, Promise<DocumentResult>>();
  const out = new Map<string, DocumentResult>();
  for (const { pointer, path } of documentPaths(manifest)) {
    // Out of time: the documents left are not read; the engine reports the expired budget.
    if (deadline?.expired()) break;
    let pending = byPath.get(path);
    if (pending === undefined) {
      pending = readDocument(root, path);
      byPath.set(path, pending);
    }
    out.set(pointer, await pending);
  }
  return out;
}
