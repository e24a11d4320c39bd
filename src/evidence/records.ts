/**
 * Turns a lexicon or test-set path (a file, or a folder of files) into records with positions,
 * whatever the format: XLSX sheets and CSV/TSV tables (header found by column names), JSON,
 * JSONL and YAML records, TXT lines. Records are pushed to a sink one at a time so a
 * million-row file is never held as a second copy. Reads go through read.ts only; problems
 * are collected, never thrown.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ColumnSpec } from '../data/evidence-columns.js';
import type { ColumnRef, EvidenceFormat } from '../model/manifest.js';
import { parseYaml } from '../manifest/load.js';
import { escapePointerToken, LineIndex } from '../manifest/positions.js';
import { decodeText, type Encoding } from '../files/encoding.js';
import { readBytesInRoot, resolveInRoot, statInRoot, type ReadProblem } from '../files/read.js';
import { delimitedRows, sniffDelimiter, TableReader, type TableEvent } from './table.js';
import { xlsxRows, XlsxError, type XlsxErrorCode } from './xlsx.js';

export type FileFormat = Exclude<EvidenceFormat, 'auto'>;

export interface EvidenceSource {
  /** Relative to the root, `/` separators. */
  file: string;
  sheet?: string;
  format: FileFormat;
  encoding?: Encoding;
  /** Tables: the header's line (or row) and the columns found in it. */
  header?: { line: number; columns: string[] };
}

export type EvidenceProblemCode =
  | 'read'
  | 'unsupported'
  | 'xlsx'
  | 'syntax'
  | 'no-header'
  | 'not-records'
  | 'no-items'
  | 'too-many-items'
  | 'too-many-files'
  | 'empty-folder';

export interface EvidenceProblem {
  code: EvidenceProblemCode;
  file: string;
  line?: number;
  column?: number;
  sheet?: string;
  read?: ReadProblem;
  xlsx?: XlsxErrorCode | 'no-sheet';
  detail?: string;
  limit?: number;
  /** no-header: the column names looked for. */
  expected?: string[];
}

export interface RecordSink<K extends string> {
  /** A file or sheet starts; later records belong to it. */
  source(source: EvidenceSource): void;
  /** Returns false to stop reading (item cap reached). */
  record(line: number, values: Partial<Record<K, string>>): boolean;
  problem(problem: EvidenceProblem): void;
}

export interface RecordOptions<K extends string> {
  specs: readonly ColumnSpec<K>[];
  primary: K;
  /** The field a TXT line or a bare JSON string fills. */
  lineKey: K;
  /** The field that takes the key of a `{ key: [items] }` JSON/YAML mapping. */
  mapKey: K;
  format: EvidenceFormat;
  sheet?: string;
  headerRow?: number;
  mapping?: Partial<Record<K, ColumnRef>>;
  /** Bytes per file. */
  fileLimit: number;
  /** Files per folder. */
  folderLimit: number;
}

const EXTENSIONS: Record<string, FileFormat | 'xls' | undefined> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xls': 'xls',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.txt': 'txt',
  '.text': 'txt',
  '.dic': 'txt',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

export function formatOf(file: string): FileFormat | 'xls' | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/** The file name without folder and extension: a TXT file's category, a file's bank. */
export function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const CONTAINER_KEYS = new Set([
  'items',
  'keywords',
  'questions',
  'records',
  'data',
  'entries',
  'list',
  'test_set',
  'lexicon',
]);

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/** Maps a record's field names to column keys once per distinct name. */
class FieldNames<K extends string> {
  private readonly cache = new Map<string, K | null>();
  constructor(
    private readonly specs: readonly ColumnSpec<K>[],
    private readonly mapping: Partial<Record<K, ColumnRef>>,
  ) {}

  keyOf(name: string): K | null {
    let key = this.cache.get(name);
    if (key === undefined) {
      const normalized = name
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      key = null;
      for (const spec of this.specs) {
        const mapped = this.mapping[spec.key];
        if (typeof mapped === 'string' && mapped === name) {
          key = spec.key;
          break;
        }
      }
      if (key === null) {
        for (const spec of this.specs) {
          if (
            normalized === spec.key ||
            spec.names.some(
              (n) => n.normalize('NFKC').toLowerCase().replace(/\s+/g, '_') === normalized,
            )
          ) {
            key = spec.key;
            break;
          }
        }
      }
      this.cache.set(name, key);
    }
    return key;
  }

  values(record: Record<string, unknown>): Partial<Record<K, string>> {
    const values: Partial<Record<K, string>> = {};
    for (const [name, value] of Object.entries(record)) {
      const key = this.keyOf(name);
      if (key === null || values[key] !== undefined) continue;
      const text = scalarText(value);
      if (text !== undefined) values[key] = text;
    }
    return values;
  }
}

/**
 * Start offsets of the elements of the root array, or of the arrays held by the root object's
 * members (with the member's key). A small scanner: JSON.parse gives values, this gives lines.
 */
export function jsonElementOffsets(text: string): { key?: string; offsets: number[] }[] {
  const lists: { key?: string; offsets: number[] }[] = [];
  const stack: { array: boolean; list?: { key?: string; offsets: number[] } }[] = [];
  let expectElement = false;
  let expectKey = false;
  let lastKey: string | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const top = stack[stack.length - 1];
    if (expectElement && c !== 93 /* ] */ && top?.list) top.list.offsets.push(i);
    const isKey = expectKey;
    expectElement = false;
    expectKey = false;
    if (c === 34 /* " */) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      if (isKey && stack.length === 1) {
        try {
          lastKey = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          lastKey = undefined;
        }
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      const array = c === 91;
      let list: { key?: string; offsets: number[] } | undefined;
      if (array && stack.length === 0) list = { offsets: [] };
      else if (array && stack.length === 1 && !stack[0]!.array) {
        list = { ...(lastKey !== undefined ? { key: lastKey } : {}), offsets: [] };
      }
      if (list) lists.push(list);
      stack.push(list ? { array, list } : { array });
      if (array) expectElement = true;
      else expectKey = true;
    } else if (c === 93 || c === 125) {
      stack.pop();
    } else if (c === 44 /* , */) {
      if (top?.array) expectElement = true;
      else expectKey = true;
    }
  }
  return lists;
}

export class RecordReader<K extends string> {
  private readonly fields: FieldNames<K>;
  private stopped = false;

  constructor(
    private readonly root: string,
    private readonly options: RecordOptions<K>,
    private readonly sink: RecordSink<K>,
  ) {
    this.fields = new FieldNames(options.specs, options.mapping ?? {});
  }

  /** Reads the path the manifest names: one file, or each supported file of a folder. */
  async readPath(userPath: string): Promise<void> {
    const stat = statInRoot(this.root, userPath);
    if (!stat.ok) {
      this.sink.problem({ code: 'read', file: stat.problem.file, read: stat.problem });
      return;
    }
    if (!stat.value.isDirectory) {
      await this.readFile(stat.value.rel, this.options.format);
      return;
    }
    const folder = resolveInRoot(this.root, userPath);
    if (!folder.ok) return;
    let names: string[];
    try {
      names = readdirSync(folder.value.abs, { withFileTypes: true })
        .filter((entry) => !entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .filter((name) => formatOf(name) !== undefined)
        .sort();
    } catch (error) {
      this.sink.problem({
        code: 'read',
        file: stat.value.rel,
        read: { code: 'unreadable', file: stat.value.rel, detail: (error as Error).message },
      });
      return;
    }
    if (names.length === 0) {
      this.sink.problem({ code: 'empty-folder', file: stat.value.rel });
      return;
    }
    if (names.length > this.options.folderLimit) {
      this.sink.problem({
        code: 'too-many-files',
        file: stat.value.rel,
        limit: this.options.folderLimit,
      });
      names = names.slice(0, this.options.folderLimit);
    }
    const prefix = stat.value.rel === '.' ? '' : `${stat.value.rel}/`;
    for (const name of names) {
      if (this.stopped) break;
      await this.readFile(`${prefix}${name}`, 'auto');
    }
  }

  private async readFile(file: string, format: EvidenceFormat): Promise<void> {
    const byName = formatOf(file);
    if (format === 'auto' && byName === 'xls') {
      this.sink.source({ file, format: 'xlsx' });
      this.sink.problem({ code: 'xlsx', file, xlsx: 'xls' });
      return;
    }
    const read = readBytesInRoot(this.root, file, this.options.fileLimit);
    if (!read.ok) {
      this.sink.source({
        file,
        format: format === 'auto' ? ((byName as FileFormat) ?? 'txt') : format,
      });
      this.sink.problem({ code: 'read', file, read: read.problem });
      return;
    }
    // Held in a box that is emptied once decoded, so the bytes can go while the text is read.
    const box: { bytes?: Uint8Array } = { bytes: read.value.bytes };
    read.value.bytes = Buffer.alloc(0);
    let resolved: FileFormat | undefined = format === 'auto' ? (byName as FileFormat) : format;
    if (format === 'auto' && isZip(box.bytes!)) resolved = 'xlsx';
    if (resolved === undefined) {
      this.sink.source({ file, format: 'txt' });
      this.sink.problem({ code: 'unsupported', file, detail: path.extname(file) });
      return;
    }
    if (resolved === 'xlsx') {
      await this.readXlsx(file, box.bytes!);
      return;
    }
    const decoded = decodeText(box.bytes!);
    delete box.bytes;
    const source: EvidenceSource = { file, format: resolved };
    if (decoded) source.encoding = decoded.encoding;
    this.sink.source(source);
    if (decoded === undefined) {
      this.sink.problem({ code: 'read', file, read: { code: 'binary', file } });
      return;
    }
    if (!/\S/.test(decoded.text)) {
      this.sink.problem({ code: 'read', file, read: { code: 'empty', file } });
      return;
    }
    switch (resolved) {
      case 'csv':
      case 'tsv':
        this.readDelimited(
          source,
          decoded.text,
          resolved === 'tsv' ? '\t' : sniffDelimiter(decoded.text),
        );
        return;
      case 'txt':
        this.readLines(source, decoded.text);
        return;
      case 'jsonl':
        this.readJsonLines(source, decoded.text);
        return;
      case 'json':
        this.readJson(source, decoded.text);
        return;
      case 'yaml':
        this.readYaml(source, decoded.text);
        return;
    }
  }

  private emit(line: number, values: Partial<Record<K, string>>): void {
    if (!this.stopped && !this.sink.record(line, values)) this.stopped = true;
  }

  /** Records and headers go to the sink; a missing header is returned to the caller. */
  private tableEvent(source: EvidenceSource, event: TableEvent<K>): EvidenceProblem | undefined {
    if (event.kind === 'record') this.emit(event.line, event.values);
    else if (event.kind === 'header') {
      source.header = { line: event.line, columns: Object.keys(event.columns) };
    } else if (event.kind === 'no-header') {
      return {
        code: 'no-header',
        file: source.file,
        line: event.line,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        expected: this.options.specs.map((spec) => spec.zh),
      };
    }
    return undefined;
  }

  private newTable(): TableReader<K> {
    const { specs, primary, mapping, headerRow } = this.options;
    return new TableReader<K>({
      specs,
      primary,
      ...(mapping ? { mapping } : {}),
      ...(headerRow !== undefined ? { headerRow } : {}),
    });
  }

  private readDelimited(source: EvidenceSource, text: string, delimiter: ',' | '\t' | ';'): void {
    const table = this.newTable();
    let last = 1;
    let records = 0;
    for (const row of delimitedRows(text, delimiter, (p) =>
      this.sink.problem({ code: 'syntax', file: source.file, line: p.line, detail: p.reason }),
    )) {
      last = row.line;
      const event = table.accept(row);
      if (event.kind === 'record') records++;
      const problem = this.tableEvent(source, event);
      if (problem) {
        this.sink.problem(problem);
        break;
      }
      if (this.stopped) break;
    }
    const problem = this.finishTable(source, table, last, records);
    if (problem) this.sink.problem(problem);
  }

  /** The problem of a table that ended without a header, or with a header and no rows. */
  private finishTable(
    source: EvidenceSource,
    table: TableReader<K>,
    last: number,
    records: number,
  ): EvidenceProblem | undefined {
    const end = table.finish(last);
    if (end) return this.tableEvent(source, end);
    if (table.header !== undefined && records === 0 && !this.stopped) {
      return {
        code: 'no-items',
        file: source.file,
        ...(source.header ? { line: source.header.line } : {}),
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
      };
    }
    return undefined;
  }

  /**
   * Each sheet is its own table. Sheets without a header or without rows (a 说明 sheet, an
   * empty template) are reported only when no sheet of the workbook gave any record.
   */
  private async readXlsx(file: string, bytes: Uint8Array): Promise<void> {
    let source: EvidenceSource | undefined;
    let table: TableReader<K> | undefined;
    let last = 1;
    let records = 0;
    let total = 0;
    let headerless = false;
    const pending: EvidenceProblem[] = [];
    const wanted = this.options.sheet;
    const endSheet = () => {
      if (!source || !table) return;
      const problem = this.finishTable(source, table, last, records);
      if (problem) pending.push(problem);
    };
    try {
      for (const row of xlsxRows(bytes)) {
        if (wanted !== undefined && row.sheet !== wanted) continue;
        if (source === undefined || source.sheet !== row.sheet) {
          endSheet();
          source = { file, sheet: row.sheet, format: 'xlsx' };
          this.sink.source(source);
          table = this.newTable();
          records = 0;
          headerless = false;
        }
        if (this.stopped) break;
        last = row.row;
        if (row.cells.length === 0 || headerless) continue;
        const event = table!.accept({ line: row.row, cells: row.cells });
        if (event.kind === 'record') {
          records++;
          total++;
        }
        const problem = this.tableEvent(source, event);
        if (problem) {
          pending.push(problem);
          headerless = true;
        }
      }
      if (!headerless) endSheet();
    } catch (error) {
      if (!source) this.sink.source({ file, format: 'xlsx' });
      const code = error instanceof XlsxError ? error.code : 'corrupt';
      const detail = error instanceof XlsxError ? error.detail : String(error);
      this.sink.problem({ code: 'xlsx', file, xlsx: code, ...(detail ? { detail } : {}) });
      return;
    }
    if (source === undefined) {
      this.sink.source({ file, format: 'xlsx' });
      this.sink.problem(
        wanted !== undefined
          ? { code: 'xlsx', file, xlsx: 'no-sheet', sheet: wanted }
          : { code: 'no-items', file },
      );
      return;
    }
    if (total === 0) for (const problem of pending) this.sink.problem(problem);
  }

  private readLines(source: EvidenceSource, text: string): void {
    const key = this.options.lineKey;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let records = 0;
    while (pos < text.length && !this.stopped) {
      let end = text.indexOf('\n', pos);
      if (end === -1) end = text.length;
      const value = text.slice(pos, end).trim();
      if (value !== '' && !value.startsWith('#')) {
        records++;
        this.emit(line, { [key]: value } as Partial<Record<K, string>>);
      }
      pos = end + 1;
      line++;
    }
    if (records === 0) this.sink.problem({ code: 'no-items', file: source.file });
  }

  private readJsonLines(source: EvidenceSource, text: string): void {
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let records = 0;
    while (pos < text.length && !this.stopped) {
      let end = text.indexOf('\n', pos);
      if (end === -1) end = text.length;
      const raw = text.slice(pos, end).trim();
      if (raw !== '') {
        let value: unknown;
        try {
          value = JSON.parse(raw);
        } catch (error) {
          this.sink.problem({
            code: 'syntax',
            file: source.file,
            line,
            detail: (error as Error).message,
          });
          value = undefined;
        }
        if (value !== undefined) {
          records++;
          this.item(source, line, value, undefined);
        }
      }
      pos = end + 1;
      line++;
    }
    if (records === 0) this.sink.problem({ code: 'no-items', file: source.file });
  }

  private item(source: EvidenceSource, line: number, value: unknown, mapKey: string | undefined) {
    let values: Partial<Record<K, string>>;
    if (typeof value === 'string' || typeof value === 'number') {
      values = { [this.options.lineKey]: String(value).trim() } as Partial<Record<K, string>>;
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      values = this.fields.values(value as Record<string, unknown>);
    } else {
      this.sink.problem({ code: 'not-records', file: source.file, line });
      return;
    }
    if (mapKey !== undefined && values[this.options.mapKey] === undefined) {
      values[this.options.mapKey] = mapKey;
    }
    this.emit(line, values);
  }

  /** The records of a parsed JSON / YAML document, each with its line. */
  private document(
    source: EvidenceSource,
    value: unknown,
    lineOf: (listKey: string | undefined, index: number) => number,
  ): void {
    let records = 0;
    const list = (items: unknown[], key: string | undefined, mapKey: string | undefined) => {
      for (let i = 0; i < items.length && !this.stopped; i++) {
        records++;
        this.item(source, lineOf(key, i), items[i], mapKey);
      }
    };
    if (Array.isArray(value)) list(value, undefined, undefined);
    else if (value !== null && typeof value === 'object') {
      for (const [key, member] of Object.entries(value)) {
        if (!Array.isArray(member)) continue;
        list(member, key, CONTAINER_KEYS.has(key.toLowerCase()) ? undefined : key);
      }
    }
    if (records === 0) this.sink.problem({ code: 'not-records', file: source.file, line: 1 });
  }

  private readJson(source: EvidenceSource, text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const position = at ? new LineIndex(text).at(Number(at[1])) : undefined;
      this.sink.problem({
        code: 'syntax',
        file: source.file,
        ...(position ? { line: position.line, column: position.column } : {}),
        detail: message,
      });
      return;
    }
    const lines = new LineIndex(text);
    const lists = jsonElementOffsets(text);
    const byKey = new Map(lists.map((list) => [list.key ?? '', list.offsets]));
    this.document(source, value, (key, index) => {
      const offset = byKey.get(key ?? '')?.[index];
      return offset === undefined ? 1 : lines.at(offset).line;
    });
  }

  private readYaml(source: EvidenceSource, text: string): void {
    const parsed = parseYaml(text, source.file);
    if (!parsed.ok) {
      this.sink.problem({
        code: 'syntax',
        file: source.file,
        ...(parsed.line !== undefined ? { line: parsed.line, column: parsed.column } : {}),
        detail: parsed.reason,
      });
      return;
    }
    const { positions } = parsed;
    this.document(source, parsed.value, (key, index) => {
      const pointer = key === undefined ? `/${index}` : `/${escapePointerToken(key)}/${index}`;
      return positions.get(pointer)?.value.line ?? 1;
    });
  }
}
