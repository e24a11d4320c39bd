/**
 * Tables in the shapes filing teams keep them: CSV / TSV text and XLSX sheets. Rows carry
 * their 1-based line (or sheet row). The header row is found by its Chinese or English
 * column names, also below a title row, or taken from the manifest's explicit mapping.
 */
import type { ColumnRef } from '../model/manifest.js';
import type { ColumnSpec } from '../data/evidence-columns.js';

export interface TableRow {
  /** 1-based line of the row's first character (CSV/TSV) or the sheet row (XLSX). */
  line: number;
  cells: string[];
}

/** Cells per row kept; the rest of a pathological row is ignored. */
export const MAX_CELLS = 512;
/** Rows searched for a header before giving up. */
export const HEADER_SCAN_ROWS = 20;

export type Delimiter = ',' | '\t' | ';';

/** Picks the delimiter of a CSV by counting candidates in its first line (outside quotes). */
export function sniffDelimiter(text: string): Delimiter {
  const end = text.indexOf('\n');
  const first = text.slice(0, end === -1 ? Math.min(text.length, 65536) : Math.min(end, 65536));
  let comma = 0;
  let tab = 0;
  let semicolon = 0;
  let quoted = false;
  for (let i = 0; i < first.length; i++) {
    const c = first.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 44) comma++;
      else if (c === 9) tab++;
      else if (c === 59) semicolon++;
    }
  }
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

export interface DelimitedProblem {
  line: number;
  reason: 'unterminated-quote';
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * RFC 4180 rows: quoted fields may hold delimiters, doubled quotes and line breaks. Blank rows
 * are skipped. Lines without a quote take a fast path (indexOf + split).
 */
export function* delimitedRows(
  text: string,
  delimiter: Delimiter,
  onProblem: (problem: DelimitedProblem) => void = () => {},
): Generator<TableRow> {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let nextQuote = text.indexOf('"', pos);
  const d = delimiter.charCodeAt(0);
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote === -1 || nextQuote >= end) {
      let stop = end;
      if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
      if (stop > pos) {
        const cells = text.slice(pos, stop).split(delimiter);
        if (cells.length > MAX_CELLS) cells.length = MAX_CELLS;
        if (!isBlank(cells)) yield { line, cells };
      }
      pos = end + 1;
      line++;
      continue;
    }
    // A row with quotes: scan it character by character; it may span lines.
    const startLine = line;
    const cells: string[] = [];
    let field = '';
    let i = pos;
    let quoted = false;
    let done = false;
    while (i < n && !done) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        const next = text.indexOf('"', i);
        const stop = next === -1 ? n : next;
        const chunk = text.slice(i, stop);
        for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line++;
        field += chunk;
        i = stop;
        continue;
      }
      if (c === 34 && field.trim() === '') {
        field = '';
        quoted = true;
        i++;
      } else if (c === d) {
        if (cells.length < MAX_CELLS) cells.push(field);
        field = '';
        i++;
      } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) {
        done = true;
        i += c === 13 ? 2 : 1;
      } else {
        // Plain characters up to the next delimiter, quote or line break, in one slice.
        let j = i + 1;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (e === d || e === 10 || e === 13 || e === 34) break;
          j++;
        }
        field += text.slice(i, j);
        i = j;
      }
    }
    if (quoted) onProblem({ line: startLine, reason: 'unterminated-quote' });
    if (cells.length < MAX_CELLS) cells.push(field);
    if (!isBlank(cells)) yield { line: startLine, cells };
    pos = i;
    line++;
    nextQuote = text.indexOf('"', pos);
  }
}

const OPENING = new Set(['(', '（', '【', '[']);
const CLOSING = new Set([')', '）', '】', ']']);

/**
 * `value` without its bracketed notes: an opening bracket up to the next closing one of any
 * kind. One pass, so a cell of a thousand unclosed brackets costs no more than its length.
 */
function withoutNotes(value: string): string {
  let out = '';
  let closer = -2;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (OPENING.has(c)) {
      if (closer !== -1 && closer <= i) {
        closer = -1;
        for (let j = i + 1; j < value.length; j++) {
          if (CLOSING.has(value[j]!)) {
            closer = j;
            break;
          }
        }
      }
      if (closer !== -1) {
        i = closer;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Header text in a comparable form: NFKC, lower case, no blanks, marks or notes in brackets. */
export function normalizeHeader(value: string): string {
  return withoutNotes(value.normalize('NFKC').toLowerCase()).replace(/[\s*:：_-]+/g, '');
}

function headerForms(value: string): string[] {
  const whole = normalizeHeader(value);
  const parts = value
    .split(/[\s/|、]+/)
    .map(normalizeHeader)
    .filter((part) => part.length > 0 && part !== whole);
  return whole.length > 0 ? [whole, ...parts] : parts;
}

function letterIndex(ref: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(ref)) return undefined;
  let index = 0;
  for (const ch of ref.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

export interface HeaderMatch<K extends string> {
  /** 0-based cell index of each column found. */
  columns: Partial<Record<K, number>>;
  /** How many columns matched by name. */
  matched: number;
  /** How many of those matched a known name exactly (not by containing it). */
  exact: number;
  /** How many were found by the header text the manifest's mapping gives. */
  mapped: number;
  /** The manifest's references that name no column of this row, as written. */
  unmapped: ColumnRef[];
}

/** Matches one row against the column specs (and the manifest's mapping, which wins). */
export function matchHeader<K extends string>(
  cells: readonly string[],
  specs: readonly ColumnSpec<K>[],
  mapping: Partial<Record<K, ColumnRef>> = {},
): HeaderMatch<K> {
  const columns: Partial<Record<K, number>> = {};
  const taken = new Set<number>();
  const forms = cells.map(headerForms);
  let matched = 0;
  let exact = 0;
  let mapped = 0;
  const unmapped: ColumnRef[] = [];
  const claim = (key: K, index: number, byName: boolean, isExact = false) => {
    columns[key] = index;
    taken.add(index);
    if (byName) matched++;
    if (isExact) exact++;
  };
  for (const spec of specs) {
    const ref = mapping[spec.key];
    if (ref === undefined) continue;
    if (typeof ref === 'number') {
      if (ref < 1 || ref > cells.length) unmapped.push(ref);
      claim(spec.key, ref - 1, false);
      continue;
    }
    const wanted = normalizeHeader(ref);
    const index = wanted === '' ? -1 : forms.findIndex((f) => f.includes(wanted));
    if (index !== -1) {
      claim(spec.key, index, true, true);
      mapped++;
      continue;
    }
    const letter = letterIndex(ref);
    if (letter !== undefined) {
      if (letter >= cells.length) unmapped.push(ref);
      claim(spec.key, letter, false);
    } else unmapped.push(ref);
  }
  const names = specs.map((spec) => spec.names.map(normalizeHeader));
  // Exact names first, in spec order, then a header that contains exactly one longest name.
  specs.forEach((spec, s) => {
    if (columns[spec.key] !== undefined) return;
    const index = forms.findIndex(
      (f, i) => !taken.has(i) && f.some((form) => names[s]!.includes(form)),
    );
    if (index !== -1) claim(spec.key, index, true, true);
  });
  forms.forEach((f, i) => {
    if (taken.has(i) || f.length === 0) return;
    let best: { s: number; length: number } | undefined;
    let tie = false;
    specs.forEach((spec, s) => {
      if (columns[spec.key] !== undefined) return;
      for (const name of names[s]!) {
        if (name.length < 2 || !f[0]!.includes(name)) continue;
        if (best === undefined || name.length > best.length) {
          best = { s, length: name.length };
          tie = false;
        } else if (name.length === best.length && best.s !== s) tie = true;
      }
    });
    if (best !== undefined && !tie) claim(specs[best.s]!.key, i, true);
  });
  return { columns, matched, exact, mapped, unmapped };
}

/** Whether a cell is a column name of any spec (the header row of a table mapped by letters). */
function isColumnName<K extends string>(cell: string, specs: readonly ColumnSpec<K>[]): boolean {
  const form = normalizeHeader(cell);
  return form !== '' && specs.some((spec) => spec.names.some((n) => normalizeHeader(n) === form));
}

export interface TableOptions<K extends string> {
  specs: readonly ColumnSpec<K>[];
  /** The column a header must have (keyword, question). */
  primary: K;
  mapping?: Partial<Record<K, ColumnRef>>;
  /** Explicit header line or row (1-based). */
  headerRow?: number;
}

export type TableEvent<K extends string> =
  | { kind: 'header'; line: number; columns: Partial<Record<K, number>> }
  /** A header whose row lacks columns the manifest's mapping names: the table is not read. */
  | { kind: 'unmapped'; line: number; missing: ColumnRef[]; cells: string[] }
  | { kind: 'record'; line: number; values: Partial<Record<K, string>> }
  | { kind: 'no-header'; line: number }
  | { kind: 'skip' };

/**
 * Feeds the rows of one table (a CSV file or one sheet) in order: finds the header, then turns
 * each following row into a record keyed by column.
 */
export class TableReader<K extends string> {
  private columns: Partial<Record<K, number>> | undefined;
  private entries: [K, number][] = [];
  private scanned = 0;
  private gaveUp = false;
  private readonly positional: boolean;

  constructor(private readonly options: TableOptions<K>) {
    const refs = Object.values(options.mapping ?? {}) as ColumnRef[];
    this.positional =
      refs.length > 0 &&
      options.mapping?.[options.primary] !== undefined &&
      refs.every((ref) => typeof ref === 'number' || letterIndex(ref) !== undefined);
  }

  get header(): Partial<Record<K, number>> | undefined {
    return this.columns;
  }

  private useHeader(columns: Partial<Record<K, number>>): void {
    this.columns = columns;
    this.entries = Object.entries(columns) as [K, number][];
  }

  accept(row: TableRow): TableEvent<K> {
    if (this.columns !== undefined) {
      const values: Partial<Record<K, string>> = {};
      for (const [key, index] of this.entries) {
        const cell = row.cells[index];
        if (cell !== undefined) values[key] = cell.trim();
      }
      return { kind: 'record', line: row.line, values };
    }
    if (this.gaveUp) return { kind: 'skip' };
    const { headerRow, specs, mapping, primary } = this.options;
    if (headerRow !== undefined) {
      if (row.line < headerRow) return { kind: 'skip' };
      const match = matchHeader(row.cells, specs, mapping);
      if (match.unmapped.length > 0) return this.unmapped(row, match.unmapped);
      this.useHeader(match.columns);
      if (match.columns[primary] === undefined) {
        this.gaveUp = true;
        return { kind: 'no-header', line: row.line };
      }
      return { kind: 'header', line: row.line, columns: match.columns };
    }
    const match = matchHeader(row.cells, specs, mapping);
    if (this.positional) {
      // Mapped by letter or number: the first row is the header when it holds column names
      // (问题, 违规类型, keyword ...), else it is already data.
      const named = matchHeader(row.cells, specs);
      const primaryCell = row.cells[match.columns[primary] ?? -1] ?? '';
      if (isColumnName(primaryCell, specs) || named.exact >= 2) {
        if (match.unmapped.length > 0) return this.unmapped(row, match.unmapped);
        this.useHeader(match.columns);
        return { kind: 'header', line: row.line, columns: match.columns };
      }
      this.useHeader(matchHeader([], specs, mapping).columns);
      return this.accept(row);
    }
    const filled = row.cells.filter((cell) => cell.trim() !== '').length;
    if (
      match.columns[primary] !== undefined &&
      (match.matched >= 2 || match.mapped >= 1 || (filled === 1 && match.exact === 1))
    ) {
      if (match.unmapped.length > 0) return this.unmapped(row, match.unmapped);
      this.useHeader(match.columns);
      return { kind: 'header', line: row.line, columns: match.columns };
    }
    if (++this.scanned >= HEADER_SCAN_ROWS) {
      this.gaveUp = true;
      return { kind: 'no-header', line: row.line };
    }
    return { kind: 'skip' };
  }

  private unmapped(row: TableRow, missing: ColumnRef[]): TableEvent<K> {
    this.gaveUp = true;
    return { kind: 'unmapped', line: row.line, missing, cells: row.cells.map((c) => c.trim()) };
  }

  /** Call after the last row: a table that never showed a header. */
  finish(lastLine: number): TableEvent<K> | undefined {
    if (this.columns === undefined && !this.gaveUp) return { kind: 'no-header', line: lastLine };
    return undefined;
  }
}
