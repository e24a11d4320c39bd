/** A document as the readers give it: blocks of visible text with their places, or a problem. */
import type { ReadProblem } from '../files/read.js';

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf' | 'xlsx' | 'source';

export interface Block {
  /** Visible text, white space collapsed. */
  text: string;
  kind: 'heading' | 'item' | 'text';
  /** Heading level 1-6. */
  level?: number;
  /** List items: the list they belong to, whether it is numbered, and their 1-based position. */
  list?: number;
  ordered?: boolean;
  ordinal?: number;
  /**
   * Tables: the table (numbered in the document), the 1-based row and, for a cell, the 1-based
   * column. HTML gives one block per cell; Markdown one block per row, cells joined by ` | `.
   */
  table?: { id: number; row: number; column?: number };
  /** Text formats: 1-based line where the block starts; `marks` maps later offsets to lines. */
  line?: number;
  marks?: [offset: number, line: number][];
  /** DOCX: 1-based paragraph. */
  paragraph?: number;
  /** PDF: 1-based page and line on that page. */
  page?: number;
  pageLine?: number;
  /** XLSX: sheet name and 1-based row. */
  sheet?: string;
  row?: number;
  /** HTML: text kept from sighted readers (a hiding class, `aria-hidden`), and how. */
  concealed?: string;
}

export interface DocumentText {
  /** Relative to the root, `/` separators. */
  file: string;
  format: DocumentFormat;
  blocks: Block[];
  /** PDF pages that carry no text layer (scanned images). */
  textlessPages?: number[];
  pageCount?: number;
  /** Pages or rows beyond the cap that were not read. */
  truncatedAfter?: number;
  /** PDF fonts whose character maps were not available: their text could not be decoded. */
  undecodedFonts?: boolean;
}

export type DocumentProblemCode =
  ReadProblem['code'] | 'password-protected' | 'corrupt' | 'unsupported-format' | 'legacy-format';

export interface DocumentProblem {
  code: DocumentProblemCode;
  file: string;
  format?: DocumentFormat;
  detail?: string;
  size?: number;
  limit?: number;
}

export type DocumentResult =
  { ok: true; value: DocumentText } | { ok: false; problem: DocumentProblem };
