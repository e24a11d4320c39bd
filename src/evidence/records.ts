/**
 * Turns a lexicon or test-set path (a file, or a folder of files) into records with positions,
 * whatever the format: XLSX sheets and CSV/TSV tables (header found by column names), JSON,
 * JSONL and YAML records (flat, keyed by category `{ 一级: { 二级: [...] } }`, or dialogues),
 * TXT lines. A file whose records all lack the field they are read for is reported as dropped. Records are pushed to a sink one at a time so a
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
  | 'unmapped-column'
  | 'not-records'
  | 'no-items'
  | 'dropped'
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
  /** no-header, dropped: the column names looked for; unmapped-column: the references not found. */
  expected?: string[];
  /** dropped: the records read, none of which had the expected field. */
  count?: number;
  /** dropped: the field (or column) names the records have; unmapped-column: the header's cells. */
  seen?: string[];
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
  /**
   * The fields the keys of a category-keyed JSON/YAML mapping fill (`{ 一级: { 二级: [items] } }`),
   * outermost key first; container keys such as `items` are left out.
   */
  keyFields: (keys: string[]) => Partial<Record<K, string>>;
  /** Dialogue records (`messages`, `conversations`): the fields a user and a reply turn fill. */
  dialogue?: { question: K; answer?: K };
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const USER_ROLES = new Set(['user', 'human', 'question', 'prompt', '用户', '提问']);
const REPLY_ROLES = new Set(['assistant', 'gpt', 'bot', 'model', 'answer', 'ai', '助手', '回答']);
const ROLE_FIELDS = ['role', 'from', 'speaker', 'author'];
const CONTENT_FIELDS = ['content', 'value', 'text', 'message'];

/** The first user turn and the first reply after it in a record's list of dialogue turns. */
function dialogueTurns(record: Record<string, unknown>): { question?: string; answer?: string } {
  const candidates = [...Object.values(record)];
  for (const value of Object.values(record)) {
    if (isPlainObject(value)) candidates.push(...Object.values(value));
  }
  for (const value of candidates) {
    if (!Array.isArray(value)) continue;
    const found: { question?: string; answer?: string } = {};
    for (const turn of value) {
      if (!isPlainObject(turn)) continue;
      const roleField = ROLE_FIELDS.find((field) => typeof turn[field] === 'string');
      const contentField = CONTENT_FIELDS.find((field) => typeof turn[field] === 'string');
      if (roleField === undefined || contentField === undefined) continue;
      const role = (turn[roleField] as string).trim().toLowerCase();
      const content = (turn[contentField] as string).trim();
      if (found.question === undefined && USER_ROLES.has(role)) found.question = content;
      else if (found.question !== undefined && REPLY_ROLES.has(role)) {
        found.answer = content;
        break;
      }
    }
    if (found.question !== undefined) return found;
  }
  return {};
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

  values(
    record: Record<string, unknown>,
    dialogue?: { question: K; answer?: K },
  ): Partial<Record<K, string>> {
    const values: Partial<Record<K, string>> = {};
    const nested: Record<string, unknown>[] = [];
    for (const [name, value] of Object.entries(record)) {
      if (isPlainObject(value)) nested.push(value);
      const key = this.keyOf(name);
      if (key === null || values[key] !== undefined) continue;
      const text = scalarText(value);
      if (text !== undefined) values[key] = text;
    }
    // One level of nesting (`{"meta": {...}, "data": {"question": ...}}`) fills what is left.
    for (const inner of nested) {
      for (const [name, value] of Object.entries(inner)) {
        const key = this.keyOf(name);
        if (key === null || values[key] !== undefined) continue;
        const text = scalarText(value);
        if (text !== undefined) values[key] = text;
      }
    }
    if (dialogue && values[dialogue.question] === undefined) {
      const turns = dialogueTurns(record);
      if (turns.question !== undefined) values[dialogue.question] = turns.question;
      if (dialogue.answer && values[dialogue.answer] === undefined && turns.answer !== undefined) {
        values[dialogue.answer] = turns.answer;
      }
    }
    return values;
  }
}

/** The elements of one array of a JSON document, reached from the root through object keys. */
export interface JsonList {
  /** The member key, for an array held directly by the root object. */
  key?: string;
  /** The object keys from the root to the array. */
  keys: string[];
  offsets: number[];
}

interface ScanFrame {
  array: boolean;
  list?: JsonList;
  /** Objects reached from the root through objects only: their keys from the root. */
  path?: string[];
  lastKey?: string;
}

/**
 * Start offsets of the elements of the root array, and of every array reached from the root
 * object through object members only (`{ 一级: { 二级: [...] } }`), with the keys on the way;
 * `grouped` adds the arrays held by objects that are list elements (`[{ category, infos: [...] }]`),
 * the element's index standing in the keys. A small scanner: JSON.parse gives values, this gives
 * lines.
 */
export function jsonElementOffsets(text: string, grouped = false): JsonList[] {
  const lists: JsonList[] = [];
  const stack: ScanFrame[] = [];
  let expectElement = false;
  let expectKey = false;
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
      if (isKey && top && !top.array && top.path !== undefined) {
        try {
          top.lastKey = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          top.lastKey = undefined;
        }
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      const array = c === 91;
      // `grouped`: also the arrays of objects that are elements of a list, under the element's index.
      const path =
        top === undefined
          ? []
          : !top.array && top.path !== undefined && top.lastKey !== undefined
            ? [...top.path, top.lastKey]
            : grouped && !array && top.list !== undefined
              ? [...top.list.keys, String(top.list.offsets.length - 1)]
              : undefined;
      if (array) {
        let list: JsonList | undefined;
        if (path !== undefined) {
          list = { ...(path.length === 1 ? { key: path[0] } : {}), keys: path, offsets: [] };
          lists.push(list);
        }
        stack.push(list ? { array, list } : { array });
        expectElement = true;
      } else {
        stack.push(path !== undefined ? { array, path } : { array });
        expectKey = true;
      }
    } else if (c === 93 || c === 125) {
      stack.pop();
    } else if (c === 44 /* , */) {
      if (top?.array) expectElement = true;
      else expectKey = true;
    }
  }
  return lists;
}

/** Whether an object holds lists under its keys (a category-keyed mapping), not one record. */
function keyedLists(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return Object.values(value).some((member) => Array.isArray(member) || isPlainObject(member));
}

/** The fields of a group of records that name its category or bank. */
const GROUP_FIELDS = new Set(['group', 'risk', 'bank']);

/** How deep category keys may nest above a list of records. */
const KEY_DEPTH = 4;

/** Counts the records of one file or sheet, and whether any had the field they are read for. */
interface Tally {
  records: number;
  withPrimary: number;
  firstLine?: number;
  /** Field names of records without the primary field. */
  fields: Set<string>;
}

export class RecordReader<K extends string> {
  private readonly fields: FieldNames<K>;
  private stopped = false;
  private current: EvidenceSource | undefined;
  private tally: Tally = { records: 0, withPrimary: 0, fields: new Set() };
  private tallyAt: { line?: number; sheet?: string } = {};

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

  private startSource(source: EvidenceSource): void {
    this.current = source;
    this.sink.source(source);
  }

  private async readFile(file: string, format: EvidenceFormat): Promise<void> {
    this.tally = { records: 0, withPrimary: 0, fields: new Set() };
    this.tallyAt = {};
    await this.readFileBody(file, format);
    this.finishTally(file);
  }

  /** A file whose records were read but none had the field they are read for: all dropped. */
  private finishTally(file: string): void {
    const { records, withPrimary, fields } = this.tally;
    if (records === 0 || withPrimary > 0) return;
    const spec = this.options.specs.find((s) => s.key === this.options.primary);
    this.sink.problem({
      code: 'dropped',
      file,
      ...(this.tallyAt.line !== undefined ? { line: this.tallyAt.line } : {}),
      ...(this.tallyAt.sheet !== undefined ? { sheet: this.tallyAt.sheet } : {}),
      count: records,
      expected: spec ? [spec.zh, spec.key] : [this.options.primary],
      seen: [...fields],
    });
  }

  private async readFileBody(file: string, format: EvidenceFormat): Promise<void> {
    const byName = formatOf(file);
    if (format === 'auto' && byName === 'xls') {
      this.startSource({ file, format: 'xlsx' });
      this.sink.problem({ code: 'xlsx', file, xlsx: 'xls' });
      return;
    }
    const read = readBytesInRoot(this.root, file, this.options.fileLimit);
    if (!read.ok) {
      this.startSource({
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
      this.startSource({ file, format: 'txt' });
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
    this.startSource(source);
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
    if (this.stopped) return;
    const tally = this.tally;
    if (tally.records++ === 0) {
      // Tables point at their header row, records at the first record.
      const source = this.current;
      this.tallyAt = {
        line: source?.header?.line ?? line,
        ...(source?.sheet !== undefined ? { sheet: source.sheet } : {}),
      };
    }
    if (values[this.options.primary]) tally.withPrimary++;
    if (!this.stopped && !this.sink.record(line, values)) this.stopped = true;
  }

  /** Records and headers go to the sink; a missing header is returned to the caller. */
  private tableEvent(source: EvidenceSource, event: TableEvent<K>): EvidenceProblem | undefined {
    if (event.kind === 'record') this.emit(event.line, event.values);
    else if (event.kind === 'header') {
      source.header = { line: event.line, columns: Object.keys(event.columns) };
    } else if (event.kind === 'unmapped') {
      return {
        code: 'unmapped-column',
        file: source.file,
        line: event.line,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        expected: event.missing.map(String),
        seen: event.cells.slice(0, 40),
      };
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
          this.startSource(source);
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
        if (problem?.code === 'unmapped-column') this.sink.problem(problem);
        else if (problem) pending.push(problem);
        if (problem) headerless = true;
      }
      if (!headerless) endSheet();
    } catch (error) {
      if (!source) this.startSource({ file, format: 'xlsx' });
      const code = error instanceof XlsxError ? error.code : 'corrupt';
      const detail = error instanceof XlsxError ? error.detail : String(error);
      this.sink.problem({ code: 'xlsx', file, xlsx: code, ...(detail ? { detail } : {}) });
      return;
    }
    if (source === undefined) {
      this.startSource({ file, format: 'xlsx' });
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
          this.item(source, line, value, []);
        }
      }
      pos = end + 1;
      line++;
    }
    if (records === 0) this.sink.problem({ code: 'no-items', file: source.file });
  }

  private item(source: EvidenceSource, line: number, value: unknown, keys: string[]) {
    let values: Partial<Record<K, string>>;
    if (typeof value === 'string' || typeof value === 'number') {
      values = { [this.options.lineKey]: String(value).trim() } as Partial<Record<K, string>>;
    } else if (isPlainObject(value)) {
      values = this.fields.values(value, this.options.dialogue);
      if (!values[this.options.primary]) {
        for (const name of Object.keys(value)) {
          if (this.tally.fields.size < 12) this.tally.fields.add(name);
        }
      }
    } else {
      this.sink.problem({ code: 'not-records', file: source.file, line });
      return;
    }
    if (keys.length > 0) {
      for (const [key, fill] of Object.entries(this.options.keyFields(keys))) {
        if (values[key as K] === undefined && fill !== undefined) values[key as K] = fill as string;
      }
    }
    this.emit(line, values);
  }

  /**
   * A group of records rather than a record: an object without the field records are read for
   * that holds lists (`{"category": "应拒答", "infos": [...]}`); its other fields (category, bank)
   * stand for the lists' category keys.
   */
  private groupOf(node: unknown): { keys: string[]; lists: [string, unknown[]][] } | undefined {
    if (!isPlainObject(node)) return undefined;
    const lists = Object.entries(node).filter(
      (entry): entry is [string, unknown[]] =>
        Array.isArray(entry[1]) &&
        entry[1].length > 0 &&
        entry[1].every((element) => isPlainObject(element) || typeof element === 'string'),
    );
    if (lists.length === 0) return undefined;
    const values = this.fields.values(node, this.options.dialogue);
    if (values[this.options.primary]) return undefined;
    const keys = Object.entries(node)
      .filter(
        ([name, value]) =>
          typeof value === 'string' && GROUP_FIELDS.has(this.fields.keyOf(name) ?? ''),
      )
      .map(([, value]) => (value as string).trim())
      .filter((value) => value !== '');
    return { keys, lists };
  }

  /** The records of a parsed JSON / YAML document, each with its line. */
  private document(
    source: EvidenceSource,
    value: unknown,
    lineOf: (keys: string[], index: number) => number,
  ): void {
    let records = 0;
    // `keys`: the category keys above a list; `path`: the document path to it (keys and indices).
    const walk = (node: unknown, keys: string[], path: string[]) => {
      if (this.stopped) return;
      if (Array.isArray(node)) {
        const categories = keys.filter((key) => !CONTAINER_KEYS.has(key.toLowerCase()));
        for (let i = 0; i < node.length && !this.stopped; i++) {
          const group = path.length < KEY_DEPTH ? this.groupOf(node[i]) : undefined;
          if (group) {
            for (const [name, list] of group.lists) {
              walk(list, [...keys, ...group.keys], [...path, String(i), name]);
            }
            continue;
          }
          records++;
          this.item(source, lineOf(path, i), node[i], categories);
        }
      } else if (isPlainObject(node) && path.length < KEY_DEPTH) {
        for (const [key, member] of Object.entries(node))
          walk(member, [...keys, key], [...path, key]);
      }
    };
    if (Array.isArray(value) || keyedLists(value)) walk(value, [], []);
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
    const byKey = new Map<string, number[]>();
    const index = (grouped: boolean) => {
      for (const list of jsonElementOffsets(text, grouped)) {
        byKey.set(list.keys.join('\u0000'), list.offsets);
      }
    };
    index(false);
    let groupedIndexed = false;
    this.document(source, value, (keys, at) => {
      const key = keys.join('\u0000');
      // Lists inside grouped records are indexed only when a document has such groups.
      if (!byKey.has(key) && !groupedIndexed) {
        groupedIndexed = true;
        index(true);
      }
      const offset = byKey.get(key)?.[at];
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
    this.document(source, parsed.value, (keys, index) => {
      const pointer = `${keys.map((key) => `/${escapePointerToken(key)}`).join('')}/${index}`;
      return positions.get(pointer)?.value.line ?? 1;
    });
  }
}
