/**
 * Fuzz targets: manifests (valid ones mutated field by field, and their bytes mutated), lexicons
 * and test sets in every format the loaders read (generated from random rows, real files'
 * bytes mutated, other encodings), documents (HTML, Markdown, DOCX, PDF, XLSX, page sources),
 * the REST change of a pull request, the git diff stream parser, and the XLSX, DOCX, PDF and HTML
 * readers on hostile structures (checked by test/fuzz/scanner-check.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import yaml from 'js-yaml';
import { EXAMPLES } from '../helpers/repo.js';
import { xlsxWith } from '../helpers/zip-bomb.js';
import {
  hostileDocx,
  hostileXlsx,
  nestedFormsPdf,
  overlappingXlsx,
  sharedContentPdf,
  sheetWithRow,
} from './hostile-files.js';
import {
  b64,
  BASE_FILES,
  BASE_MANIFEST,
  type DiffCase,
  type FuzzTarget,
  type Materialised,
} from './harness.js';

// ---- byte mutations -------------------------------------------------------------------------

const TOKENS = [
  '__proto__',
  'constructor',
  'prototype',
  '\0',
  '\n',
  '\r\n',
  '"',
  "'",
  ',',
  '\t',
  ';',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!!js/function ',
  '[',
  '{',
  '- ',
  ': ',
  '---\n',
  '\uFEFF',
  '\uFFFD',
  '../',
  '/etc/passwd',
  'C:\\',
  '<',
  '>',
  '&#x0;',
  '&amp;',
  '<![CDATA[',
  '%',
  '\\',
  'A1a',
  '一级分类',
  '关键词',
  '问题',
  '是',
  '9'.repeat(40),
  '-1',
  '1e309',
  'PK\x03\x04',
  '::error::',
  '\u202E',
  '\uD800',
];

type Op =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'insert'; at: number; token: number; times: number }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at,
    token: fc.nat(TOKENS.length - 1),
    times: fc.integer({ min: 1, max: 50 }),
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at,
    length: fc.integer({ min: 1, max: 32 }),
    times: fc.integer({ min: 2, max: 200 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
);
export const ops = fc.array(op, { maxLength: 6 });

export function mutate(base: Uint8Array, list: Op[]): Buffer {
  let bytes = Buffer.from(base);
  for (const o of list) {
    const i = Math.floor(o.at * (bytes.length + 1));
    switch (o.kind) {
      case 'flip':
        if (i < bytes.length) bytes[i]! ^= 1 << o.bit;
        break;
      case 'set':
        if (i < bytes.length) bytes[i] = o.byte;
        break;
      case 'insert':
        bytes = Buffer.concat([
          bytes.subarray(0, i),
          Buffer.from(TOKENS[o.token]!.repeat(o.times), 'utf8'),
          bytes.subarray(i),
        ]);
        break;
      case 'bytes':
        bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(o.bytes), bytes.subarray(i)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + o.length)]);
        break;
      case 'repeat': {
        const piece = bytes.subarray(i, i + o.length);
        bytes = Buffer.concat([
          bytes.subarray(0, i),
          ...Array<Buffer>(o.times).fill(piece),
          bytes.subarray(i),
        ]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, i);
        break;
    }
  }
  return bytes;
}

// ---- values ---------------------------------------------------------------------------------

const INTERESTING = [
  '',
  ' ',
  'A1a',
  'A.1',
  'A1-f',
  'A.1.f',
  'a5b',
  '宣扬暴力、淫秽色情',
  '性别歧视',
  '一级分类',
  '二级分类',
  '是',
  '否',
  'true',
  '1',
  '应拒答',
  '正则：/(a+)+$/',
  '正则：/a*a*a*b/i',
  '必须包含：甲、乙',
  '生成内容',
  '应拒答题库',
  '非拒答',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'a\0b',
  'x\n::error::y',
  '=HYPERLINK("x")',
  '"quoted, with comma"',
  '法 轮 功',
  '法\u200b轮功',
  'ＡＢＣ',
  '𠀀𠀁',
  '\uD800',
  '9'.repeat(400),
  '关'.repeat(2000),
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

// ---- lexicon and test set files -------------------------------------------------------------

type DataFormat = 'csv' | 'tsv' | 'json' | 'jsonl' | 'yaml' | 'txt' | 'xlsx';
const DATA_FORMATS: DataFormat[] = ['csv', 'tsv', 'json', 'jsonl', 'yaml', 'txt', 'xlsx'];
type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

const LEXICON_HEADER = ['关键词', '一级分类', '二级分类'];
const LEXICON_KEYS = ['keyword', 'group', 'risk'];
const TESTSET_HEADER = [
  '编号',
  '问题',
  '预期输出',
  '判定标准',
  '风险类别',
  '是否高风险',
  '是否应拒答',
  '题库',
];
const TESTSET_KEYS = [
  'id',
  'question',
  'expected_output',
  'criteria',
  'risk',
  'high_risk',
  'expected_refusal',
  'bank',
];

function encode(value: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(value, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(value, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(value, 'utf16le')]);
    case 'gb18030':
      return iconv.encode(value, 'gb18030');
  }
}

const escapeXml = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function sheetXml(rows: string[][]): string {
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map(
            (cell, c) =>
              `<c r="${String.fromCharCode(65 + (c % 26))}${r + 1}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  return `<worksheet><sheetData>${body}</sheetData></worksheet>`;
}

function quoteCsv(value: string, delimiter: string): string {
  return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** A data file in `format` from rows of `header.length` cells (one file per entry for TXT). */
function dataFiles(
  format: DataFormat,
  header: string[],
  keys: string[],
  rows: string[][],
  encoding: TextEncoding,
  folder: string,
): Record<string, Buffer> {
  const records = rows.map((row) => Object.fromEntries(keys.map((k, i) => [k, row[i] ?? ''])));
  switch (format) {
    case 'csv':
    case 'tsv': {
      const d = format === 'csv' ? ',' : '\t';
      const lines = [header, ...rows].map((row) => row.map((v) => quoteCsv(v, d)).join(d));
      return { [`${folder}.${format}`]: encode(`${lines.join('\n')}\n`, encoding) };
    }
    case 'json':
      return { [`${folder}.json`]: encode(JSON.stringify(records, null, 1), encoding) };
    case 'jsonl':
      return {
        [`${folder}.jsonl`]: encode(records.map((r) => JSON.stringify(r)).join('\n'), encoding),
      };
    case 'yaml':
      return { [`${folder}.yaml`]: encode(yaml.dump({ items: records }), encoding) };
    case 'txt': {
      const files: Record<string, Buffer> = {};
      rows.forEach((row, i) => {
        const name = (row[2] || row[1] || `f${i}`).replace(/[/\0]/g, '_').slice(0, 60) || `f${i}`;
        const file = `${folder}/${name}.txt`;
        const previous = files[file] ? files[file].toString('utf8') : '';
        files[file] = Buffer.from(`${previous}${row[0] ?? ''}\n`, 'utf8');
      });
      if (rows.length === 0) files[`${folder}/A1a.txt`] = Buffer.from('\n');
      for (const [file, bytes] of Object.entries(files))
        files[file] = encode(bytes.toString('utf8'), encoding);
      return files;
    }
    case 'xlsx':
      return { [`${folder}.xlsx`]: xlsxWith(sheetXml([header, ...rows])) };
  }
}

interface DataCase {
  format: DataFormat;
  encoding: TextEncoding;
  rows: string[][];
  ops: Op[];
  /** Mutate the bytes of the real example workbook instead of generated rows (XLSX). */
  real: boolean;
}

function dataArbitrary(width: number): fc.Arbitrary<DataCase> {
  return fc.record({
    format: fc.constantFrom(...DATA_FORMATS),
    encoding: fc.constantFrom<TextEncoding>('utf-8', 'utf-8', 'utf-8-bom', 'utf-16le', 'gb18030'),
    rows: fc.array(fc.array(text, { minLength: 0, maxLength: width + 1 }), { maxLength: 25 }),
    ops,
    real: fc.boolean(),
  });
}

function readExample(rel: string): Buffer {
  return readFileSync(path.join(EXAMPLES, rel));
}

const REAL_LEXICON = readExample(
  'registration-app/compliance/content-safety/附件4-拦截关键词列表.xlsx',
);
const REAL_TESTSET = readExample(
  'registration-app/compliance/content-safety/附件5-评估测试题.xlsx',
);

function materialiseData(value: DataCase, kind: 'lexicon' | 'testset'): Materialised {
  const header = kind === 'lexicon' ? LEXICON_HEADER : TESTSET_HEADER;
  const keys = kind === 'lexicon' ? LEXICON_KEYS : TESTSET_KEYS;
  const folder = `compliance/fuzz-${kind}`;
  const files =
    value.format === 'xlsx' && value.real
      ? { [`${folder}.xlsx`]: kind === 'lexicon' ? REAL_LEXICON : REAL_TESTSET }
      : dataFiles(value.format, header, keys, value.rows, value.encoding, folder);
  const names = Object.keys(files);
  // One file (the first) takes the byte mutations.
  const out: Record<string, string> = {};
  names.forEach((name, i) => {
    out[name] = b64(i === 0 ? mutate(files[name]!, value.ops) : files[name]!);
  });
  const target = value.format === 'txt' ? folder : names[0]!;
  const current = kind === 'lexicon' ? 'compliance/lexicon.csv' : 'compliance/tests.csv';
  return { files: out, edits: [[`path: ${current}`, `path: ${JSON.stringify(target)}`]] };
}

export const lexiconTarget: FuzzTarget<DataCase> = {
  name: 'lexicon',
  arbitrary: dataArbitrary(3),
  materialise: (value) => materialiseData(value, 'lexicon'),
  ciRuns: 50,
};

export const testsetTarget: FuzzTarget<DataCase> = {
  name: 'testset',
  arbitrary: dataArbitrary(8),
  materialise: (value) => materialiseData(value, 'testset'),
  ciRuns: 50,
};

// ---- manifests ------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'path',
  'version',
  'files',
  'banks',
  'columns',
  'rules',
  'signals',
  'phrases',
  'thresholds',
  'lexicon/category-size',
  'A1a',
  'toString',
];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
const jsonValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 20000 }),
    fc.double(),
    text,
    fc.constantFrom(
      'registration',
      'filing',
      'exempt',
      'lora',
      'third-party',
      'off',
      'error',
      '2020-01-01',
      'compliance/lexicon.csv',
      'web/privacy.html',
      '../outside',
      '.',
      '/',
      'compliance',
    ),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
})).value;

interface FieldEdit {
  /** Which node of the base manifest (index into its pointers, modulo their count). */
  node: number;
  action: 'replace' | 'delete' | 'add' | 'wrap';
  key: string;
  value: Json;
}

const BASE_OBJECT = yaml.load(BASE_MANIFEST, { schema: yaml.CORE_SCHEMA }) as Json;

function nodes(value: Json, pointer: string[] = [], out: string[][] = []): string[][] {
  out.push(pointer);
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...pointer, String(i)], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) nodes(v, [...pointer, k], out);
  return out;
}

function setOwn(target: Record<string, Json>, k: string, v: Json): void {
  Object.defineProperty(target, k, {
    value: v,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function applyEdit(root: Json, edit: FieldEdit): Json {
  const all = nodes(root);
  const pointer = all[edit.node % all.length]!;
  if (pointer.length === 0) {
    if (edit.action === 'replace') return edit.value;
    if (root !== null && typeof root === 'object' && !Array.isArray(root))
      setOwn(root, edit.key, edit.value);
    return root;
  }
  let parent = root as Record<string, Json> | Json[];
  for (const step of pointer.slice(0, -1)) parent = (parent as Record<string, Json>)[step] as never;
  const last = pointer[pointer.length - 1]!;
  const current = (parent as Record<string, Json>)[last]!;
  switch (edit.action) {
    case 'replace':
      setOwn(parent as Record<string, Json>, last, edit.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'add':
      if (current !== null && typeof current === 'object' && !Array.isArray(current))
        setOwn(current, edit.key, edit.value);
      else if (Array.isArray(current)) current.push(edit.value);
      break;
    case 'wrap':
      setOwn(parent as Record<string, Json>, last, [current]);
      break;
  }
  return root;
}

interface ManifestCase {
  edits: FieldEdit[];
}

export const manifestFieldsTarget: FuzzTarget<ManifestCase> = {
  name: 'manifest-fields',
  arbitrary: fc.record({
    edits: fc.array(
      fc.record({
        node: fc.nat(1000),
        action: fc.constantFrom<FieldEdit['action']>('replace', 'replace', 'delete', 'add', 'wrap'),
        key,
        value: jsonValue,
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  materialise(value) {
    let root = JSON.parse(JSON.stringify(BASE_OBJECT)) as Json;
    for (const edit of value.edits) root = applyEdit(root, edit);
    return { manifest: b64(yaml.dump(root, { noRefs: true, lineWidth: -1 })) };
  },
  ciRuns: 50,
};

export const manifestBytesTarget: FuzzTarget<{ ops: Op[] }> = {
  name: 'manifest-bytes',
  arbitrary: fc.record({ ops: fc.array(op, { minLength: 1, maxLength: 6 }) }),
  materialise: (value) => ({ manifest: b64(mutate(Buffer.from(BASE_MANIFEST), value.ops)) }),
  ciRuns: 50,
};

// ---- documents ------------------------------------------------------------------------------

const DOCUMENTS: Record<string, Buffer> = {
  html: readExample('registration-app/web/public/privacy.html'),
  md: readExample('registration-app/docs/接口说明.md'),
  docx: readExample('registration-app/compliance/content-safety/内容安全管理制度.docx'),
  pdf: readExample('registration-app-text/compliance/materials/营业执照副本.pdf'),
  xlsx: readExample('filing-self-developed/compliance/materials/联系人信息表.xlsx'),
  tsx: readExample('registration-app/web/src/components/Footer.tsx'),
  txt: Buffer.from(BASE_FILES['compliance/management.md']!, 'utf8'),
};

interface DocumentCase {
  base: keyof typeof DOCUMENTS;
  /** The extension the file is given: usually its own, sometimes another or a strange one. */
  ext: string;
  ops: Op[];
  /** Which manifest value names it. */
  role: 'privacy' | 'agreement' | 'management' | 'display' | 'contact';
}

const ROLE_PATHS: Record<DocumentCase['role'], string> = {
  privacy: 'web/privacy.html',
  agreement: 'web/terms.md',
  management: 'compliance/management.md',
  display: 'web/Footer.tsx',
  contact: 'compliance/materials/contact.md',
};

export const documentTarget: FuzzTarget<DocumentCase> = {
  name: 'documents',
  arbitrary: fc
    .record({
      base: fc.constantFrom(...(Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[])),
      strange: fc.oneof(
        { weight: 8, arbitrary: fc.constant(undefined) },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            'constructor',
            '__proto__',
            'toString',
            'PDF',
            'Docx',
            'doc',
            'wps',
            'htm',
            'vue',
            '',
          ),
        },
      ),
      ops,
      role: fc.constantFrom<DocumentCase['role']>(
        'privacy',
        'agreement',
        'management',
        'display',
        'contact',
      ),
    })
    .map(({ base, strange, ops: list, role }) => ({
      base,
      ext: strange ?? base,
      ops: list,
      role,
    })),
  materialise(value) {
    const file = `docs/fuzz-document${value.ext === '' ? '' : `.${value.ext}`}`;
    return {
      files: { [file]: b64(mutate(DOCUMENTS[value.base]!, value.ops)) },
      edits: [[ROLE_PATHS[value.role], file]],
    };
  },
  ciRuns: 50,
};

// ---- changes --------------------------------------------------------------------------------

const CHANGED_PATHS = [
  'train/lora.py',
  'models/adapter_model.safetensors',
  'models/model-00001-of-00002.safetensors',
  'src/llm/client.ts',
  'README.md',
  'requirements.txt',
  'package.json',
  'compliance.yml',
  'MODEL_CARD.md',
  'a\nb::error::c.py',
  '__proto__',
  'constructor.py',
  '../escape.py',
];
const ADDED_LINES = [
  'from peft import LoraConfig, get_peft_model',
  'trainer = SFTTrainer(model=model)',
  'client = OpenAI(base_url="https://api.openai.com/v1")',
  'model = "gpt-4o"',
  'peft==0.11.1',
  '"@huggingface/transformers": "^3.0.0"',
  'base_model_relation: finetune',
  '---',
  'path: filing',
  '  fine_tuning: lora',
  'a'.repeat(20_000),
];
const line = fc.oneof(fc.constantFrom(...ADDED_LINES), text);

interface ChangeCase {
  files: {
    filename: string;
    status: string;
    previous: string | undefined;
    hunks: { start: number; lines: string[] }[];
    ops: Op[];
    additions: number;
  }[];
  truncated: boolean;
  base: 'none' | 'same' | 'mutated' | 'filing';
  baseOps: Op[];
}

export const changeTarget: FuzzTarget<ChangeCase> = {
  name: 'change-rest',
  arbitrary: fc.record({
    files: fc.array(
      fc.record({
        filename: fc.oneof(fc.constantFrom(...CHANGED_PATHS), text),
        status: fc.constantFrom(
          'added',
          'removed',
          'modified',
          'renamed',
          'copied',
          'changed',
          'unchanged',
          'constructor',
          '',
        ),
        previous: fc.option(fc.constantFrom(...CHANGED_PATHS), { nil: undefined }),
        hunks: fc.array(
          fc.record({
            start: fc.integer({ min: -2, max: 5000 }),
            lines: fc.array(line, { maxLength: 5 }),
          }),
          { maxLength: 3 },
        ),
        ops,
        additions: fc.integer({ min: -1, max: 10_000 }),
      }),
      { maxLength: 6 },
    ),
    truncated: fc.boolean(),
    base: fc.constantFrom<ChangeCase['base']>('none', 'same', 'mutated', 'filing'),
    baseOps: ops,
  }),
  materialise(value) {
    const baseManifest =
      value.base === 'none'
        ? null
        : value.base === 'same'
          ? b64(BASE_MANIFEST)
          : value.base === 'filing'
            ? b64(BASE_MANIFEST.replace('path: registration', 'path: filing'))
            : b64(mutate(Buffer.from(BASE_MANIFEST), value.baseOps));
    return {
      change: {
        base: 'base-ref',
        head: 'head-ref',
        truncated: value.truncated,
        baseManifest,
        files: value.files.map((f) => {
          const patch = f.hunks
            .map(
              (h) =>
                `@@ -${h.start},0 +${h.start},${h.lines.length} @@\n${h.lines.map((l) => `+${l}`).join('\n')}`,
            )
            .join('\n');
          return {
            filename: f.filename,
            status: f.status,
            additions: f.additions,
            ...(f.previous !== undefined ? { previous_filename: f.previous } : {}),
            ...(f.hunks.length > 0
              ? { patch: mutate(Buffer.from(patch, 'utf8'), f.ops).toString('utf8') }
              : {}),
          };
        }),
      },
    };
  },
  ciRuns: 50,
};

// ---- git diff stream ------------------------------------------------------------------------

interface DiffStreamCase {
  entries: { status: string; path: string; path2: string; lines: string[]; start: number }[];
  ops: Op[];
  splits: number[];
}

export const diffTarget: FuzzTarget<DiffStreamCase> = {
  name: 'diff-parse',
  arbitrary: fc.record({
    entries: fc.array(
      fc.record({
        status: fc.constantFrom('A', 'M', 'D', 'R100', 'C075', 'T', 'X', ''),
        path: fc.oneof(fc.constantFrom(...CHANGED_PATHS), text),
        path2: fc.oneof(fc.constantFrom(...CHANGED_PATHS), text),
        lines: fc.array(line, { maxLength: 4 }),
        start: fc.integer({ min: 0, max: 100 }),
      }),
      { maxLength: 5 },
    ),
    ops,
    splits: fc.array(fc.nat(100_000), { maxLength: 8 }),
  }),
  materialise(value): DiffCase {
    const raw: Buffer[] = [];
    const patch: string[] = [];
    for (const e of value.entries) {
      const two = e.status.startsWith('R') || e.status.startsWith('C');
      raw.push(
        Buffer.from(
          `:100644 100644 ${'a'.repeat(40)} ${'b'.repeat(40)} ${e.status}\0${e.path}\0${two ? `${e.path2}\0` : ''}`,
        ),
      );
      patch.push(
        `diff --git a/${e.path} b/${e.path}`,
        `@@ -${e.start},0 +${e.start + 1},${e.lines.length} @@`,
        ...e.lines.map((l) => `+${l}`),
      );
    }
    const stream = Buffer.concat([...raw, Buffer.from('\0'), Buffer.from(`${patch.join('\n')}\n`)]);
    return { diff: b64(mutate(stream, value.ops)), splits: value.splits };
  },
  ciRuns: 50,
};

// ---- hostile Markdown ---------------------------------------------------------------------

/** Blanks a backtracking pattern would retry: ASCII, full-width, no-break, tab, line separator. */
const MARKDOWN_SPACES = [' ', '\u3000', '\u00a0', '\t', '\u2028', '\u2003', '\ufeff'];

const pad = fc
  .record({
    space: fc.constantFrom(...MARKDOWN_SPACES),
    times: fc.integer({ min: 0, max: 30_000 }),
  })
  .map(({ space, times }) => space.repeat(times));
const word = fc.constantFrom('隐私政策', '保存期限', 'Privacy', 'x', '', '#', '|', '-', '!', '*');
const piece = fc.constantFrom(
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '[a](',
  '**',
  '__',
  '`',
  '*',
  '_',
  '|',
  ' | ',
  ':--',
  '-',
  '#',
  '>',
  '<',
  '<a ',
  '&',
);
const run = fc
  .record({ piece, times: fc.integer({ min: 1, max: 25_000 }) })
  .map(({ piece: p, times }) => p.repeat(times));

/** One hostile line: padded headings, deep emphasis, long tables, unclosed links, list markers. */
const markdownLine: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      hashes: fc.integer({ min: 1, max: 7 }),
      indent: fc.integer({ min: 0, max: 4 }),
      parts: fc.array(fc.oneof(pad, word, run), { maxLength: 6 }),
      closing: fc.integer({ min: 0, max: 40 }),
    })
    .map(
      ({ hashes, indent, parts, closing }) =>
        `${' '.repeat(indent)}${'#'.repeat(hashes)}${parts.join('')}${'#'.repeat(closing)}`,
    ),
  fc
    .record({
      depth: fc.integer({ min: 1, max: 5_000 }),
      mark: fc.constantFrom('*', '_', '**', '__', '`', '~~'),
    })
    .map(({ depth, mark }) => `${mark.repeat(depth)}强调${mark.repeat(depth - 1)}`),
  fc
    .record({
      cells: fc.integer({ min: 1, max: 5_000 }),
      cell: fc.constantFrom('---', ' :-: ', '   ', ' a ', '--', ':'),
      tail: fc.oneof(pad, word),
    })
    .map(({ cells, cell, tail }) => `|${`${cell}|`.repeat(cells)}${tail}`),
  fc
    .record({
      marker: fc.constantFrom('1.', '2)', '-', '*', '+', '>', '123456789.'),
      rest: fc.array(fc.oneof(pad, run, word), { maxLength: 4 }),
    })
    .map(({ marker, rest }) => `${marker}${rest.join('')}`),
  fc.array(fc.oneof(pad, run, word), { maxLength: 5 }).map((parts) => parts.join('')),
);

export interface MarkdownCase {
  lines: string[];
}

export const markdownTarget: FuzzTarget<MarkdownCase> = {
  name: 'markdown',
  arbitrary: fc.record({ lines: fc.array(markdownLine, { minLength: 1, maxLength: 6 }) }),
  materialise(value) {
    const body = ['# 隐私政策', ...value.lines, '您的个人信息保存期限为6个月。'].join('\n');
    return {
      files: { 'docs/fuzz-policy.md': b64(body) },
      edits: [['web/privacy.html', 'docs/fuzz-policy.md']],
    };
  },
  ciRuns: 50,
};

// ---- scanners: hostile markup for the XLSX, DOCX, PDF and HTML readers -----------------------

/** Characters of hostile markup one case builds (repetitions are cut here). */
const MARKUP_LIMIT = 600_000;

interface Fragment {
  piece: number;
  times: number;
}

const fragments = (count: number) =>
  fc.array(
    fc.record({
      piece: fc.nat(count - 1),
      times: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }) },
      ),
    }),
    { minLength: 1, maxLength: 12 },
  );

function markup(pieces: readonly string[], list: Fragment[]): string {
  let out = '';
  for (const { piece, times } of list) {
    const text = pieces[piece]!;
    const room = Math.floor((MARKUP_LIMIT - out.length) / Math.max(1, text.length));
    out += text.repeat(Math.max(0, Math.min(times, room)));
  }
  return out;
}

const MARKUP_TOKENS = [
  '<',
  '>',
  '/>',
  '"',
  "'",
  '=',
  ' ',
  '&amp;',
  '&#x4e2d;',
  '&#x',
  'ffff',
  '&#',
  '9',
  '&lt;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?x ',
  '?>',
  '颠覆国家',
  '_x0041_',
  '_x',
];

const XLSX_PIECES = [
  ...MARKUP_TOKENS,
  '<c ',
  '<c',
  '<c r="A1">',
  '<c r="B1" t="s"><v>0</v></c>',
  '<c r="C1" t="inlineStr"><is><t>关键词</t></is></c>',
  '<c r="D1" s="1"><v>45000</v></c>',
  '<c r="A1"/>',
  '<v>',
  '</v>',
  '</c>',
  '<is>',
  '</is>',
  '<t>',
  '<t ',
  '</t>',
  '<t xml:space="preserve">',
  '<rPh',
  '<rPh sb="0"><t>x</t></rPh>',
  '</rPh>',
  '<row r="2">',
  '<row ',
  '</row>',
  '<si>',
  '<si',
  '</si>',
  '<numFmt numFmtId="164" formatCode="',
  '[',
  ']',
  '\\',
  '<cellXfs>',
  '<cellXfs',
  '<xf numFmtId="14"/>',
  '<xf ',
  '</cellXfs>',
];

interface XlsxCase {
  where: 'row' | 'sheet' | 'strings' | 'styles';
  fragments: Fragment[];
  copies: number;
  ops: Op[];
}

export const xlsxScannerTarget: FuzzTarget<XlsxCase> = {
  name: 'xlsx-scanner',
  arbitrary: fc.record({
    where: fc.constantFrom<XlsxCase['where']>('row', 'sheet', 'strings', 'styles'),
    fragments: fragments(XLSX_PIECES.length),
    copies: fc.oneof(
      { weight: 4, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 300 }) },
    ),
    ops: fc.oneof({ weight: 4, arbitrary: fc.constant<Op[]>([]) }, { weight: 1, arbitrary: ops }),
  }),
  materialise(value) {
    const text = markup(XLSX_PIECES, value.fragments);
    const cells = '<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c>';
    const sheet =
      value.where === 'row'
        ? sheetWithRow(text)
        : value.where === 'sheet'
          ? `<worksheet><sheetData>${text}</sheetData></worksheet>`
          : sheetWithRow(cells);
    const bytes =
      value.copies > 1
        ? overlappingXlsx(sheet, value.copies)
        : hostileXlsx(sheet, {
            ...(value.where === 'strings' ? { strings: `<sst>${text}</sst>` } : {}),
            ...(value.where === 'styles' ? { styles: `<styleSheet>${text}</styleSheet>` } : {}),
          });
    const file = 'compliance/fuzz-scanner.xlsx';
    return {
      files: { [file]: b64(mutate(bytes, value.ops)) },
      edits: [['path: compliance/lexicon.csv', `path: ${file}`]],
    };
  },
  ciRuns: 75,
  ciSeed: 20261203,
};

const DOCX_PIECES = [
  ...MARKUP_TOKENS,
  '<w:p>',
  '<w:p ',
  '</w:p>',
  '<w:r>',
  '</w:r>',
  '<w:t>',
  '<w:t ',
  '<w:t xml:space="preserve">',
  '</w:t>',
  '<w:tab ',
  '<w:tab/>',
  '<w:br/>',
  '<w:cr',
  '<w:pPr>',
  '<w:pPr',
  '</w:pPr>',
  '<w:pStyle w:val="Heading1"/>',
  '<w:outlineLvl w:val="1"/>',
  '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
  '<w:numPr',
  '<w:style w:styleId="Heading1">',
  '<w:style ',
  '<w:name w:val="heading 1"/>',
  '</w:style>',
  '<w:abstractNum w:abstractNumId="1">',
  '<w:abstractNum ',
  '<w:lvl w:ilvl="0">',
  '<w:lvl ',
  '<w:numFmt w:val="bullet"/>',
  '</w:lvl>',
  '</w:abstractNum>',
  '<w:num w:numId="1">',
  '<w:abstractNumId w:val="1"/>',
  '</w:num>',
  '内容安全',
];

interface DocxCase {
  where: 'paragraph' | 'body' | 'styles' | 'numbering';
  fragments: Fragment[];
  ops: Op[];
}

export const docxScannerTarget: FuzzTarget<DocxCase> = {
  name: 'docx-scanner',
  arbitrary: fc.record({
    where: fc.constantFrom<DocxCase['where']>('paragraph', 'body', 'styles', 'numbering'),
    fragments: fragments(DOCX_PIECES.length),
    ops: fc.oneof({ weight: 4, arbitrary: fc.constant<Op[]>([]) }, { weight: 1, arbitrary: ops }),
  }),
  materialise(value) {
    const text = markup(DOCX_PIECES, value.fragments);
    const listed =
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>内容安全管理制度</w:t></w:r></w:p>';
    const body =
      value.where === 'paragraph'
        ? `<w:p><w:r>${text}</w:r></w:p>`
        : value.where === 'body'
          ? text
          : listed;
    const bytes = hostileDocx(body, {
      ...(value.where === 'styles' ? { styles: `<w:styles>${text}</w:styles>` } : {}),
      ...(value.where === 'numbering' ? { numbering: `<w:numbering>${text}</w:numbering>` } : {}),
    });
    const file = 'compliance/fuzz-scanner.docx';
    return {
      files: { [file]: b64(mutate(bytes, value.ops)) },
      edits: [['management_system: compliance/management.md', `management_system: ${file}`]],
    };
  },
  ciRuns: 75,
  ciSeed: 20261204,
};

interface PdfCase {
  pages: number;
  /** Bytes of path operators in the shared stream: a few pages' worth, or megabytes. */
  padding: number;
  repeat: number;
  /** Instead, a chain of forms each drawing the next `fan` times. */
  nested: { levels: number; fan: number } | undefined;
  ops: Op[];
}

export const pdfScannerTarget: FuzzTarget<PdfCase> = {
  name: 'pdf-scanner',
  arbitrary: fc.record({
    pages: fc.integer({ min: 1, max: 30 }),
    padding: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 4_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 4_000_000, max: 12_000_000 }) },
    ),
    repeat: fc.integer({ min: 1, max: 8 }),
    nested: fc.option(
      fc.record({ levels: fc.integer({ min: 1, max: 9 }), fan: fc.integer({ min: 1, max: 12 }) }),
      { nil: undefined, freq: 4 },
    ),
    ops: fc.oneof({ weight: 3, arbitrary: fc.constant<Op[]>([]) }, { weight: 1, arbitrary: ops }),
  }),
  materialise(value) {
    const bytes = value.nested
      ? nestedFormsPdf(value.nested.levels, value.nested.fan)
      : sharedContentPdf(value.pages, value.padding, value.repeat);
    const file = 'compliance/materials/fuzz-scanner.pdf';
    return {
      files: { [file]: b64(mutate(bytes, value.ops)) },
      edits: [['compliance/materials/license.md', file]],
    };
  },
  ciRuns: 30,
  ciSeed: 20261205,
};

const HTML_PIECES = [
  ...MARKUP_TOKENS,
  '<b>',
  '</i>',
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<li>',
  '<ul>',
  '<ol>',
  '<table>',
  '<tr>',
  '<td>',
  '<svg>',
  '<math>',
  '<form>',
  '<select>',
  '<option>',
  '<script>',
  '</script>',
  '<style>',
  '<a ',
  '<div hidden>',
  '<span style="display:none">',
  '<h1>',
  '<br>',
  '隐私政策',
  '\n',
];

export const htmlScannerTarget: FuzzTarget<{ fragments: Fragment[] }> = {
  name: 'html-scanner',
  arbitrary: fc.record({ fragments: fragments(HTML_PIECES.length) }),
  materialise(value) {
    return {
      files: { 'web/privacy.html': b64(markup(HTML_PIECES, value.fragments)) },
    };
  },
  ciRuns: 75,
  ciSeed: 20261206,
};

export const TARGETS = [
  manifestFieldsTarget,
  manifestBytesTarget,
  lexiconTarget,
  testsetTarget,
  documentTarget,
  changeTarget,
  diffTarget,
  markdownTarget,
  xlsxScannerTarget,
  docxScannerTarget,
  pdfScannerTarget,
  htmlScannerTarget,
] as FuzzTarget<unknown>[];
