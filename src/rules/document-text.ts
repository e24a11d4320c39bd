/**
 * What the document rules share: phrase matching (built-in lists plus the manifest's), sentences
 * with offsets, the place of a match (line, or page / paragraph / row in the message), and the
 * words for a document that could not be read. Pure: the documents were read by the evidence layer.
 */
import { text, type Bilingual } from '../finding.js';
import { PHRASES, type PhraseKey } from '../data/phrases.js';
import type { Block, DocumentProblem, DocumentText } from '../evidence/documents.js';
import type { Manifest } from '../manifest/types.js';
import { readProblemText } from './read-problem-text.js';
import type { Draft } from './rule.js';

/** Full-width ASCII to ASCII and ASCII to lower case, one unit to one so offsets survive. */
export function fold(value: string): string {
  return value.replace(FOLDABLE, foldUnit);
}

const FOLDABLE = /[A-Z\uff01-\uff5e]/g;

function foldUnit(unit: string): string {
  let c = unit.charCodeAt(0);
  if (c >= 0xff01) c -= 0xfee0;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return String.fromCharCode(c);
}

/** The code units JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * One phrase, folded. English phrases match whole words with any white space between words;
 * Chinese (or mixed) phrases allow white space between any two characters.
 */
interface CompiledPhrase {
  words: boolean;
  /** Folded code units; for English phrases -1 stands for "one or more white-space units". */
  units: number[];
}

const ENGLISH = /^[a-z0-9][a-z0-9 '-]*$/;

function compilePhrase(phrase: string): CompiledPhrase {
  const folded = fold(phrase.trim());
  const units: number[] = [];
  if (ENGLISH.test(folded)) {
    for (const word of folded.split(/\s+/)) {
      if (units.length > 0) units.push(-1);
      for (let i = 0; i < word.length; i++) units.push(word.charCodeAt(i));
    }
    return { words: true, units };
  }
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isSpace(c)) units.push(c);
  }
  return { words: false, units };
}

/** End of `phrase` matched at `start` in folded `text`, or -1. */
function matchAt(text: string, start: number, phrase: CompiledPhrase): number {
  const { units } = phrase;
  let at = start;
  if (phrase.words) {
    if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return -1;
    for (const unit of units) {
      if (unit === -1) {
        if (!isSpace(text.charCodeAt(at))) return -1;
        while (isSpace(text.charCodeAt(at + 1))) at++;
      } else if (text.charCodeAt(at) !== unit) return -1;
      at++;
    }
    return at < text.length && isWordUnit(text.charCodeAt(at)) ? -1 : at;
  }
  for (let k = 0; k < units.length; k++) {
    if (k > 0) while (isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== units[k]) return -1;
    at++;
  }
  return at;
}

export interface PhraseMatch {
  index: number;
  length: number;
  phrase: string;
}

/**
 * A list of phrases, found in text by the leftmost match, the longest phrase first where several
 * start at the same place. Phrases are indexed by their first unit, so a position costs one map
 * lookup unless a phrase can start there; no regular expression is built from user phrases.
 */
export class Phrases {
  private readonly byFirstUnit = new Map<number, CompiledPhrase[]>();

  constructor(readonly list: readonly string[]) {
    const ordered = [...new Set(list.filter((p) => p.trim().length > 0))]
      // Longer phrases first, so 无限期保存 wins over a shorter overlap at the same place.
      .sort((a, b) => b.length - a.length);
    for (const phrase of ordered) {
      const compiled = compilePhrase(phrase);
      const first = compiled.units[0];
      if (first === undefined) continue;
      const group = this.byFirstUnit.get(first);
      if (group) group.push(compiled);
      else this.byFirstUnit.set(first, [compiled]);
    }
  }

  /** The leftmost match in folded `text` at or after `from`. */
  private next(text: string, from: number): { index: number; end: number } | undefined {
    if (this.byFirstUnit.size === 0) return undefined;
    for (let i = from; i < text.length; i++) {
      const group = this.byFirstUnit.get(text.charCodeAt(i));
      if (group === undefined) continue;
      for (const phrase of group) {
        const end = matchAt(text, i, phrase);
        if (end !== -1) return { index: i, end };
      }
    }
    return undefined;
  }

  /** Every non-overlapping match in `value`. */
  all(value: string): PhraseMatch[] {
    const folded = fold(value);
    const out: PhraseMatch[] = [];
    for (let m = this.next(folded, 0); m !== undefined; m = this.next(folded, m.end)) {
      out.push({ index: m.index, length: m.end - m.index, phrase: value.slice(m.index, m.end) });
    }
    return out;
  }

  first(value: string): PhraseMatch | undefined {
    const m = this.next(fold(value), 0);
    return m && { index: m.index, length: m.end - m.index, phrase: value.slice(m.index, m.end) };
  }

  test(value: string): boolean {
    return this.first(value) !== undefined;
  }
}

const cache = new WeakMap<Manifest, Map<PhraseKey, Phrases>>();

/** The built-in list for `key` plus whatever the manifest's `phrases:` adds. */
export function phrases(manifest: Manifest, key: PhraseKey): Phrases {
  let byKey = cache.get(manifest);
  if (!byKey) {
    byKey = new Map();
    cache.set(manifest, byKey);
  }
  let compiled = byKey.get(key);
  if (!compiled) {
    const builtIn = PHRASES[key];
    compiled = new Phrases([...builtIn.zh, ...builtIn.en, ...(manifest.phrases?.[key] ?? [])]);
    byKey.set(key, compiled);
  }
  return compiled;
}

export interface Sentence {
  text: string;
  /** Offset in the block's text. */
  offset: number;
}

const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)/g;
const CLAUSE_END = /[。！？!?；;，,、]|\.(?=\s|$)/g;

function split(value: string, boundary: RegExp): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(value); m !== null; m = boundary.exec(value)) {
    const end = m.index + m[0].length;
    if (value.slice(start, end).trim().length > 0)
      out.push({ text: value.slice(start, end), offset: start });
    start = end;
  }
  if (value.slice(start).trim().length > 0) out.push({ text: value.slice(start), offset: start });
  return out;
}

export function sentences(value: string): Sentence[] {
  return split(value, SENTENCE_END);
}

export function clauses(value: string): Sentence[] {
  return split(value, CLAUSE_END);
}

/** 1-based source line of an offset in a block of a text format. */
export function lineOf(block: Block, offset: number): number | undefined {
  if (block.line === undefined) return undefined;
  let line = block.line;
  for (const [at, l] of block.marks ?? []) {
    if (at <= offset) line = l;
    else break;
  }
  return line;
}

export interface Place {
  file: string;
  line?: number;
  data?: Record<string, unknown>;
  /** How the message names the place when there is no line: page, paragraph, sheet row. */
  where?: Bilingual;
}

export function placeOf(doc: DocumentText, block: Block | undefined, offset = 0): Place {
  if (!block) return { file: doc.file };
  const line = lineOf(block, offset);
  if (line !== undefined) return { file: doc.file, line };
  if (block.page !== undefined) {
    return {
      file: doc.file,
      data: { page: block.page, pageLine: block.pageLine },
      where: text(`第 ${block.page} 页`, `page ${block.page}`),
    };
  }
  if (block.paragraph !== undefined) {
    return {
      file: doc.file,
      data: { paragraph: block.paragraph },
      where: text(`第 ${block.paragraph} 段`, `paragraph ${block.paragraph}`),
    };
  }
  if (block.sheet !== undefined && block.row !== undefined) {
    return {
      file: doc.file,
      data: { sheet: block.sheet, row: block.row },
      where: text(
        `工作表“${block.sheet}”第 ${block.row} 行`,
        `sheet "${block.sheet}", row ${block.row}`,
      ),
    };
  }
  return { file: doc.file };
}

/** A draft at a place; for a page, paragraph or row, the message starts with it. */
export function draftAt(place: Place, message: Bilingual, extra: Partial<Draft> = {}): Draft {
  const { where, data, ...location } = place;
  const merged = data || extra.data ? { ...data, ...extra.data } : undefined;
  return {
    ...location,
    ...extra,
    ...(merged ? { data: merged } : {}),
    message: where
      ? text(`${where['zh-CN']}：${message['zh-CN']}`, `${capital(where.en)}: ${message.en}`)
      : message,
  };
}

function capital(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Where a finding about something absent from a document goes: its title (first block). */
export function startOf(doc: DocumentText): Place {
  return placeOf(doc, doc.blocks[0]);
}

/** A short quotation of a block for a message. */
export function quote(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/**
 * Why the text of a document that was read cannot be trusted to be complete (a scan, fonts that
 * could not be decoded, pages beyond the cap); undefined when it can.
 */
export function incompleteText(doc: DocumentText): Bilingual | undefined {
  const parts: Bilingual[] = [];
  // Undecodable fonts leave pages empty too; then the pages are not scans, and are not called so.
  if (doc.textlessPages && doc.textlessPages.length > 0 && !doc.undecodedFonts) {
    const all = doc.pageCount !== undefined && doc.textlessPages.length === doc.pageCount;
    const pages = pageList(doc.textlessPages);
    parts.push(
      all
        ? text('没有文字层（扫描件或图片）', 'has no text layer (a scan or images)')
        : text(
            `第 ${pages} 页没有文字层（扫描件或图片）`,
            `pages ${pages} have no text layer (scans or images)`,
          ),
    );
  }
  if (doc.undecodedFonts) {
    parts.push(
      text(
        '部分中文字体的字符映射（CMap）不可用，文字无法解码',
        'the character maps (CMaps) of some Chinese fonts are unavailable, so their text could not be decoded',
      ),
    );
  }
  if (doc.truncatedAfter !== undefined) {
    parts.push(
      text(
        `只读取了前 ${doc.truncatedAfter} 页（行）`,
        `only the first ${doc.truncatedAfter} pages (rows) were read`,
      ),
    );
  }
  if (parts.length === 0) return undefined;
  return text(parts.map((p) => p['zh-CN']).join('；'), parts.map((p) => p.en).join('; '));
}

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 8).join(', ');
  return pages.length > 8 ? `${shown}…` : shown;
}

/** Says what could not be verified in a document whose text is incomplete. */
export function unverifiedNote(doc: DocumentText, what: Bilingual): Draft | undefined {
  const why = incompleteText(doc);
  if (!why) return undefined;
  return {
    file: doc.file,
    severity: 'note',
    ...(doc.textlessPages ? { data: { textlessPages: doc.textlessPages } } : {}),
    message: doc.undecodedFonts
      ? text(
          `${doc.file} ${why['zh-CN']}，无法核验：${what['zh-CN']}。请在安装了 pdfjs-dist（含 cmaps）的环境中运行，或提供 DOCX / HTML 版本`,
          `${doc.file}: ${why.en}; cannot verify: ${what.en}. Run the gate where pdfjs-dist (with its cmaps) is installed, or provide a DOCX / HTML version`,
        )
      : text(
          `${doc.file} ${why['zh-CN']}，无法核验：${what['zh-CN']}。请提供带文字层的版本（可复制文字的 PDF、DOCX 或 HTML）`,
          `${doc.file} ${why.en}; cannot verify: ${what.en}. Provide a version with text (a PDF with a text layer, DOCX or HTML)`,
        ),
  };
}

/** The message for a document that could not be read at all. */
export function documentProblemText(problem: DocumentProblem): Bilingual {
  const f = problem.file;
  switch (problem.code) {
    case 'password-protected':
      return problem.detail === 'ole'
        ? text(
            `${f} 已加密（设有打开密码）或是改了扩展名的旧版 Office 文件，无法读取；审核人员同样无法打开。请提交未加密的 DOCX 或 PDF`,
            `${f} is encrypted (password to open) or an old Office file renamed; it cannot be read, and reviewers cannot open it either. Submit an unencrypted DOCX or PDF`,
          )
        : text(
            `${f} 设有打开密码，无法读取；审核人员同样无法打开。请提交未加密的版本`,
            `${f} is password-protected and cannot be read; reviewers cannot open it either. Submit an unencrypted copy`,
          );
    case 'corrupt':
      return text(
        `${f} 已损坏或不是有效的 ${formatName(problem)} 文件，无法读取${problem.detail ? `（${problem.detail}）` : ''}`,
        `${f} is damaged or not a valid ${formatName(problem)} file and cannot be read${problem.detail ? ` (${problem.detail})` : ''}`,
      );
    case 'legacy-format':
      return text(
        `${f} 是旧格式（.${problem.detail ?? ''}），无法读取文字；请另存为 DOCX、PDF 或 HTML`,
        `${f} is an old format (.${problem.detail ?? ''}) whose text cannot be read; save it as DOCX, PDF or HTML`,
      );
    case 'unsupported-format':
      return text(
        `${f} 不是可读取文字的文档格式（支持 Markdown、TXT、HTML、DOCX、PDF、XLSX 及页面源文件）`,
        `${f} is not a document format whose text can be read (Markdown, TXT, HTML, DOCX, PDF, XLSX and page sources are)`,
      );
    default:
      return readProblemText({ ...problem, code: problem.code });
  }
}

function formatName(problem: DocumentProblem): string {
  return (problem.format ?? 'document').toUpperCase();
}

/** Document problems that mean "the path is wrong": reported at the manifest value. */
export function isPathProblem(problem: DocumentProblem): boolean {
  return ['missing', 'outside-root', 'invalid-path', 'not-a-file'].includes(problem.code);
}
