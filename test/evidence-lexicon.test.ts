import { closeSync, openSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconEntry, loadLexicon, type Lexicon } from '../src/evidence/lexicon.js';
import { csvLine, encode, writeXlsx } from './helpers/evidence.js';
import { tempDir, writeFile } from './helpers/repo.js';

const CSV = [
  '关键词,一级分类,二级分类',
  '词甲,A.1,A1f',
  '词乙,A.2,性别歧视',
  '词丙,A.1,宣扬民族仇恨',
].join('\n');

function entries(lexicon: Lexicon) {
  return Array.from({ length: lexicon.size }, (_, i) => {
    const e = lexiconEntry(lexicon, i);
    return { keyword: e.keyword, risk: e.risk, file: e.file, line: e.line, sheet: e.sheet };
  });
}

describe('loadLexicon', () => {
  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const)(
    'reads a %s CSV with positions',
    async (encoding) => {
      const root = tempDir();
      writeFile(root, 'lex.csv', encode(`${CSV}\n`, encoding));
      const lexicon = await loadLexicon(root, { path: 'lex.csv' });
      expect(lexicon.problems).toEqual([]);
      expect(lexicon.sources[0]!.encoding).toBe(encoding);
      expect(entries(lexicon)).toEqual([
        { keyword: '词甲', risk: 'A1f', file: 'lex.csv', line: 2, sheet: undefined },
        { keyword: '词乙', risk: 'A2e', file: 'lex.csv', line: 3, sheet: undefined },
        { keyword: '词丙', risk: 'A1e', file: 'lex.csv', line: 4, sheet: undefined },
      ]);
    },
  );

  it('reads TSV, and an XLSX whose header sits below a title, with sheet and row', async () => {
    const root = tempDir();
    writeFile(root, 'lex.tsv', CSV.replace(/,/g, '\t'));
    expect(entries(await loadLexicon(root, { path: 'lex.tsv' })).map((e) => e.risk)).toEqual([
      'A1f',
      'A2e',
      'A1e',
    ]);
    await writeXlsx(path.join(root, 'lex.xlsx'), [
      { name: '说明', rows: [['本文件为示例']] },
      {
        name: '关键词',
        rows: [
          ['附件4 拦截关键词列表'],
          [],
          ['关键词', '一级分类', '二级分类'],
          ['词甲', 'A.1', 'A1f'],
        ],
      },
    ]);
    const lexicon = await loadLexicon(root, { path: 'lex.xlsx' });
    expect(lexicon.problems).toEqual([]);
    expect(entries(lexicon)).toEqual([
      { keyword: '词甲', risk: 'A1f', file: 'lex.xlsx', line: 4, sheet: '关键词' },
    ]);
  });

  it('carries merged category cells down', async () => {
    const root = tempDir();
    writeFile(root, 'lex.csv', '关键词,一级分类,二级分类\n甲,A.2,性别\n乙,,\n丙,,年龄\n');
    const lexicon = await loadLexicon(root, { path: 'lex.csv' });
    expect(entries(lexicon).map((e) => e.risk)).toEqual(['A2e', 'A2e', 'A2f']);
  });

  it('reads a folder of TXT files named by risk, or mapped in the manifest', async () => {
    const root = tempDir();
    writeFile(root, 'words/A1f.txt', '甲\n\n# comment\n乙\n');
    writeFile(root, 'words/性别歧视.txt', encode('丙\r\n', 'gb18030'));
    writeFile(root, 'words/misc.txt', '丁\n');
    writeFile(root, 'words/README.md', 'not read');
    const lexicon = await loadLexicon(root, { path: 'words', files: { 'misc.txt': 'A2f' } });
    expect(lexicon.problems).toEqual([]);
    expect(entries(lexicon)).toEqual([
      { keyword: '甲', risk: 'A1f', file: 'words/A1f.txt', line: 1, sheet: undefined },
      { keyword: '乙', risk: 'A1f', file: 'words/A1f.txt', line: 4, sheet: undefined },
      { keyword: '丁', risk: 'A2f', file: 'words/misc.txt', line: 1, sheet: undefined },
      { keyword: '丙', risk: 'A2e', file: 'words/性别歧视.txt', line: 1, sheet: undefined },
    ]);
    const unnamed = await loadLexicon(root, { path: 'words/misc.txt' });
    expect(unnamed.categories[0]).toMatchObject({ label: '', fileName: 'misc', count: 1 });
    expect(unnamed.categories[0]!.risk).toBeUndefined();
  });

  it('reads JSON, JSONL and YAML records with their lines', async () => {
    const root = tempDir();
    writeFile(
      root,
      'lex.json',
      '[\n  {"keyword": "甲", "risk": "A1f"},\n  {"关键词": "乙", "二级分类": "性别歧视"}\n]\n',
    );
    writeFile(root, 'grouped.json', '{\n  "A1a": ["甲",\n    "乙"],\n  "A2e": ["丙"]\n}\n');
    writeFile(
      root,
      'lex.jsonl',
      '{"keyword":"甲","risk":"A1f"}\n\nnot json\n{"keyword":"乙","risk":"A2e"}\n',
    );
    writeFile(root, 'lex.yaml', '- keyword: 甲\n  risk: A1f\n- keyword: 乙\n  risk: 性别歧视\n');
    const json = await loadLexicon(root, { path: 'lex.json' });
    expect(entries(json).map((e) => [e.keyword, e.risk, e.line])).toEqual([
      ['甲', 'A1f', 2],
      ['乙', 'A2e', 3],
    ]);
    const grouped = await loadLexicon(root, { path: 'grouped.json' });
    expect(entries(grouped).map((e) => [e.keyword, e.risk, e.line])).toEqual([
      ['甲', 'A1a', 2],
      ['乙', 'A1a', 3],
      ['丙', 'A2e', 4],
    ]);
    const jsonl = await loadLexicon(root, { path: 'lex.jsonl' });
    expect(entries(jsonl).map((e) => [e.keyword, e.line])).toEqual([
      ['甲', 1],
      ['乙', 4],
    ]);
    expect(jsonl.problems).toEqual([expect.objectContaining({ code: 'syntax', line: 3 })]);
    const yaml = await loadLexicon(root, { path: 'lex.yaml' });
    expect(entries(yaml).map((e) => [e.keyword, e.risk, e.line])).toEqual([
      ['甲', 'A1f', 1],
      ['乙', 'A2e', 3],
    ]);
  });

  it('honours format, sheet, header_row and columns from the manifest', async () => {
    const root = tempDir();
    await writeXlsx(path.join(root, 'lex.data'), [
      { name: 'A', rows: [['x']] },
      { name: 'B', rows: [['说明'], ['词汇', '类'], ['甲', 'A1f']] },
    ]);
    const lexicon = await loadLexicon(root, {
      path: 'lex.data',
      format: 'xlsx',
      sheet: 'B',
      header_row: 2,
      columns: { keyword: '词汇', risk: 'B' },
    });
    expect(lexicon.problems).toEqual([]);
    expect(entries(lexicon)).toEqual([
      { keyword: '甲', risk: 'A1f', file: 'lex.data', line: 3, sheet: 'B' },
    ]);
  });

  it.each([
    ['an empty file', 'lex.csv', Buffer.alloc(0), 'read'],
    [
      'a binary file renamed .csv',
      'lex.csv',
      Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 9, 0]),
      'read',
    ],
    [
      'a corrupt XLSX',
      'lex.xlsx',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 1)]),
      'xlsx',
    ],
    ['a CSV without the header', 'lex.csv', Buffer.from('a,b\nc,d\n'), 'no-header'],
    ['an unknown format', 'lex.docx2', Buffer.from('x'), 'unsupported'],
    ['an .xls workbook', 'lex.xls', Buffer.from('x'), 'xlsx'],
  ])('turns %s into a problem, not an exception', async (_name, file, bytes, code) => {
    const root = tempDir();
    writeFile(root, file, bytes);
    const lexicon = await loadLexicon(root, { path: file });
    expect(lexicon.size).toBe(0);
    expect(lexicon.problems[0]).toMatchObject({ code, file });
  });

  it('refuses a 2 GB sparse file by its size without reading it', async () => {
    const root = tempDir();
    const fd = openSync(path.join(root, 'huge.csv'), 'w');
    ftruncateSync(fd, 2 * 1024 * 1024 * 1024);
    closeSync(fd);
    const lexicon = await loadLexicon(root, { path: 'huge.csv' });
    expect(lexicon.problems).toEqual([
      expect.objectContaining({
        code: 'read',
        read: expect.objectContaining({ code: 'too-large' }),
      }),
    ]);
  });

  it('reports a missing path and an empty folder', async () => {
    const root = tempDir();
    expect((await loadLexicon(root, { path: 'nope.xlsx' })).problems[0]).toMatchObject({
      code: 'read',
      read: { code: 'missing' },
    });
    writeFile(root, 'empty/.keep', '');
    expect((await loadLexicon(root, { path: 'empty' })).problems[0]).toMatchObject({
      code: 'empty-folder',
    });
    expect((await loadLexicon(root, { path: '../outside.csv' })).problems[0]).toMatchObject({
      read: { code: 'outside-root' },
    });
  });

  it('keeps CSV cells that hold quotes and commas', async () => {
    const root = tempDir();
    writeFile(
      root,
      'lex.csv',
      [csvLine(['关键词', '二级分类']), csvLine(['a,"b"', 'A1f'])].join('\n'),
    );
    expect(entries(await loadLexicon(root, { path: 'lex.csv' }))[0]!.keyword).toBe('a,"b"');
  });
});
