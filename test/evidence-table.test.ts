import { describe, expect, it } from 'vitest';
import { LEXICON_COLUMNS, TESTSET_COLUMNS } from '../src/data/evidence-columns.js';
import { jsonElementOffsets } from '../src/evidence/records.js';
import {
  delimitedRows,
  matchHeader,
  sniffDelimiter,
  TableReader,
  type TableRow,
} from '../src/evidence/table.js';
import { XlsxError, xlsxRows } from '../src/evidence/xlsx.js';
import { xlsxWith } from './helpers/zip-bomb.js';
import { zipEntries } from '../src/evidence/zip.js';
import { writeXlsx } from './helpers/evidence.js';
import { EXAMPLES, tempDir } from './helpers/repo.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

function rows(text: string, delimiter: ',' | '\t' = ','): TableRow[] {
  return [...delimitedRows(text, delimiter)];
}

describe('delimited rows', () => {
  it('splits plain lines and keeps 1-based line numbers, skipping blank lines', () => {
    expect(rows('a,b\n\nc,d\r\n,\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['c', 'd'] },
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const out = rows('"x,1","say ""hi"""\n"multi\nline",z\nlast,row\n');
    expect(out).toEqual([
      { line: 1, cells: ['x,1', 'say "hi"'] },
      { line: 2, cells: ['multi\nline', 'z'] },
      { line: 4, cells: ['last', 'row'] },
    ]);
  });

  it('reports an unterminated quote at the row it starts', () => {
    const problems: number[] = [];
    const out = [...delimitedRows('a,b\n"open,c\nd,e\n', ',', (p) => problems.push(p.line))];
    expect(problems).toEqual([2]);
    expect(out[0]).toEqual({ line: 1, cells: ['a', 'b'] });
  });

  it('skips a BOM and sniffs the delimiter', () => {
    expect(rows('\ufeffa,b\n')[0]!.cells).toEqual(['a', 'b']);
    expect(sniffDelimiter('关键词\t一级分类\t二级分类\n')).toBe('\t');
    expect(sniffDelimiter('关键词;一级分类;二级分类\n')).toBe(';');
    expect(sniffDelimiter('"a;b",c\n')).toBe(',');
  });
});

describe('header detection', () => {
  it('matches Chinese, English and annotated headers', () => {
    expect(matchHeader(['关键词', '一级分类', '二级分类'], LEXICON_COLUMNS).columns).toEqual({
      keyword: 0,
      group: 1,
      risk: 2,
    });
    expect(matchHeader(['Keyword', 'Risk'], LEXICON_COLUMNS).columns).toEqual({
      keyword: 0,
      risk: 1,
    });
    expect(
      matchHeader(['序号', '问题（必填）', '预期输出内容', '判定标准 Criteria'], TESTSET_COLUMNS)
        .columns,
    ).toEqual({ id: 0, question: 1, expected_output: 2, criteria: 3 });
  });

  it('finds the header below title rows', () => {
    const reader = new TableReader({ specs: LEXICON_COLUMNS, primary: 'keyword' });
    expect(reader.accept({ line: 1, cells: ['附件4 拦截关键词列表'] }).kind).toBe('skip');
    expect(reader.accept({ line: 2, cells: ['单位：示例公司', '', ''] }).kind).toBe('skip');
    expect(reader.accept({ line: 3, cells: ['关键词', '一级分类', '二级分类'] })).toMatchObject({
      kind: 'header',
      line: 3,
    });
    expect(reader.accept({ line: 4, cells: ['词', 'A.1', 'A1f'] })).toEqual({
      kind: 'record',
      line: 4,
      values: { keyword: '词', group: 'A.1', risk: 'A1f' },
    });
  });

  it('uses an explicit mapping by header text, letter or number', () => {
    const reader = new TableReader({
      specs: LEXICON_COLUMNS,
      primary: 'keyword',
      mapping: { keyword: '词汇', risk: 'C' },
    });
    expect(reader.accept({ line: 1, cells: ['词汇', '备注', '类'] }).kind).toBe('header');
    expect(reader.accept({ line: 2, cells: ['w', 'x', 'A2e'] })).toMatchObject({
      values: { keyword: 'w', risk: 'A2e' },
    });
    const positional = new TableReader({
      specs: LEXICON_COLUMNS,
      primary: 'keyword',
      mapping: { keyword: 1, risk: 2 },
    });
    expect(positional.accept({ line: 1, cells: ['w', 'A1a'] })).toMatchObject({
      kind: 'record',
      values: { keyword: 'w', risk: 'A1a' },
    });
  });

  it('takes a first row of column names as the header of a table mapped by letter or number', () => {
    for (const mapping of [
      { question: 'B', risk: 'D' },
      { question: 2, risk: 4 },
    ] as const) {
      const reader = new TableReader({ specs: TESTSET_COLUMNS, primary: 'question', mapping });
      expect(reader.accept({ line: 1, cells: ['ID', '问题', '违规类型', '违规子类'] })).toEqual({
        kind: 'header',
        line: 1,
        columns: { question: 1, risk: 3, id: 0, group: 2 },
      });
      expect(reader.accept({ line: 2, cells: ['1', 'q', '歧视偏见', '性别歧视'] })).toMatchObject({
        kind: 'record',
        values: { question: 'q', risk: '性别歧视' },
      });
    }
  });

  it('refuses a header without a column the mapping names, by text, letter or number', () => {
    const header = { line: 3, cells: ['编号', '问题', '风险类别'] };
    for (const [mapping, missing] of [
      [{ question: '题干' }, ['题干']],
      [{ question: '问题', risk: 'F' }, ['F']],
      [{ question: '问题', risk: 7 }, [7]],
    ] as const) {
      const reader = new TableReader({ specs: TESTSET_COLUMNS, primary: 'question', mapping });
      expect(reader.accept(header)).toEqual({
        kind: 'unmapped',
        line: 3,
        missing,
        cells: header.cells,
      });
      expect(reader.accept({ line: 4, cells: ['1', 'q', 'A1a'] })).toEqual({ kind: 'skip' });
    }
    const explicit = new TableReader({
      specs: TESTSET_COLUMNS,
      primary: 'question',
      mapping: { question: '题干' },
      headerRow: 3,
    });
    expect(explicit.accept(header)).toMatchObject({ kind: 'unmapped', missing: ['题干'] });
  });

  it('gives up after the scan window without a header', () => {
    const reader = new TableReader({ specs: LEXICON_COLUMNS, primary: 'keyword' });
    let last;
    for (let i = 1; i <= 20; i++) last = reader.accept({ line: i, cells: ['x', 'y'] });
    expect(last).toEqual({ kind: 'no-header', line: 20 });
  });
});

describe('JSON element offsets', () => {
  it('finds the start of each element of the root array and of member arrays', () => {
    const text = '[\n {"a": [1,2]},\n "x",\n 3\n]';
    expect(jsonElementOffsets(text)[0]!.offsets.map((o) => text[o])).toEqual(['{', '"', '3']);
    const keyed = '{"A1f": ["w1",\n "w2"], "n": 1, "A2e": [\n"w3"]}';
    const lists = jsonElementOffsets(keyed);
    expect(lists.map((l) => l.key)).toEqual(['A1f', 'A2e']);
    expect(lists[1]!.offsets.map((o) => keyed.slice(o, o + 4))).toEqual(['"w3"']);
  });
});

describe('xlsxRows', () => {
  it('streams every sheet with 1-based rows and display strings', async () => {
    const file = path.join(tempDir(), 'book.xlsx');
    await writeXlsx(file, [
      {
        name: '生成内容测试题库（A.1-A.5）',
        rows: [['标题'], [], ['问题', '预期输出'], ['q', 'a']],
      },
      { name: '应拒答', rows: [['问题'], ['r']] },
    ]);
    const out = [];
    for await (const row of xlsxRows(readFileSync(file))) out.push(row);
    expect(out).toEqual([
      { sheet: '生成内容测试题库（A.1-A.5）', row: 1, cells: ['标题'] },
      { sheet: '生成内容测试题库（A.1-A.5）', row: 3, cells: ['问题', '预期输出'] },
      { sheet: '生成内容测试题库（A.1-A.5）', row: 4, cells: ['q', 'a'] },
      { sheet: '应拒答', row: 1, cells: ['问题'] },
      { sheet: '应拒答', row: 2, cells: ['r'] },
    ]);
  });

  it('reads the same rows whatever the decoding chunk size (tags cut at chunk boundaries)', async () => {
    const bytes = readFileSync(
      path.join(EXAMPLES, 'registration-app/compliance/content-safety/附件5-评估测试题.xlsx'),
    );
    const read = async (chunkSize?: number) => {
      const out = [];
      for await (const row of xlsxRows(bytes, chunkSize ? { chunkSize } : {})) out.push(row);
      return out;
    };
    const whole = await read();
    expect(whole.length).toBeGreaterThan(1000);
    for (const chunkSize of [13, 97, 4096]) expect(await read(chunkSize)).toEqual(whole);
  });

  it('renders rich text, formulas, dates, booleans, numbers and errors as Excel shows them', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('值');
    sheet.getCell('A1').value = { richText: [{ text: 'A1' }, { font: { bold: true }, text: 'f' }] };
    sheet.getCell('B1').value = { formula: '1+1', result: 2 };
    sheet.getCell('C1').value = new Date('2026-01-02T00:00:00Z');
    sheet.getCell('D1').value = true;
    sheet.getCell('E1').value = { error: '#N/A' };
    sheet.getCell('F1').value = 'a & b < c';
    sheet.getCell('H1').value = 42;
    sheet.getCell('B3').value = '隔行';
    const file = path.join(tempDir(), 'values.xlsx');
    await workbook.xlsx.writeFile(file);
    const out = [];
    for await (const row of xlsxRows(readFileSync(file))) out.push(row);
    expect(out).toEqual([
      {
        sheet: '值',
        row: 1,
        cells: ['A1f', '2', '2026-01-02', 'TRUE', '#N/A', 'a & b < c', '', '42'],
      },
      { sheet: '值', row: 3, cells: ['', '隔行'] },
    ]);
  });

  it('reads cells and shared strings however the writer laid them out', async () => {
    const shared = [
      '<sst>',
      '<si><t>纯文本</t></si>',
      '<si><t xml:space="preserve"> 留空格 </t></si>',
      '<si><t>a &amp; b_x000D_</t></si>',
      '<si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></si>',
      '<si><t>读音</t><rPh sb="0" eb="1"><t>ドク</t></rPh></si>',
      '<si/>',
      '<si><t/></si>',
      '</sst>',
    ].join('');
    const cells = [
      '<c r="A1" t="s"><v>0</v></c>',
      '<c r="B1" s="0" t="s"><v>1</v></c>',
      '<c r="C1" t="s" s="0"><v>2</v></c>',
      '<c r="D1" t="s"><v>3</v></c>',
      '<c r="E1" t="s"><v>4</v></c>',
      '<c r="F1" t="s"><v>5</v></c>',
      '<c r="G1" t="s"><v>6</v></c>',
      '<c r="H1"><v>007</v></c>',
      '<c r="I1" t="b"><v>1</v></c>',
      '<c r="J1" t="str"><f>A1&amp;"x"</f><v>纯文本x</v></c>',
      '<c r="K1" t="inlineStr"><is><t>内联</t></is></c>',
      '<c r="L1" cm="1" t="e"><v>#N/A</v></c>',
      '\n  <c r="M1" t="s"><v></v></c><c r="N1"/>',
      '<c t="n"><v>1.50</v></c>',
      '<c r="p1"><v>3</v></c>',
      '<c r="R1" t="s"><v>0</v></c>',
    ].join('');
    const sheet = `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
    const bytes = xlsxWith(sheet, [{ name: 'xl/sharedStrings.xml', data: shared }]);
    const out = [];
    for await (const row of xlsxRows(bytes)) out.push(row);
    expect(out).toEqual([
      {
        sheet: '词库',
        row: 1,
        cells: [
          '纯文本',
          ' 留空格 ',
          'a & b\r',
          '富文本',
          '读音',
          '',
          '',
          '7',
          'TRUE',
          '纯文本x',
          '内联',
          '#N/A',
          '',
          '',
          '1.5',
          '3',
          '',
          '纯文本',
        ],
      },
    ]);
  });

  it.each([
    ['not a ZIP', Buffer.from('关键词,一级分类\n'), 'not-zip'],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls'],
    ['a truncated ZIP', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]), 'corrupt'],
  ])('refuses %s with an XlsxError', async (_name, bytes, code) => {
    const run = async () => {
      for await (const _row of xlsxRows(bytes)) void _row;
    };
    await expect(run()).rejects.toMatchObject({ name: 'XlsxError', code });
  });

  it('refuses a damaged workbook part-way through', async () => {
    const file = path.join(tempDir(), 'book.xlsx');
    await writeXlsx(file, [{ name: 'S', rows: [['关键词'], ['w']] }]);
    const bytes = readFileSync(file);
    const listing = zipEntries(bytes);
    expect(listing.ok && listing.entries.some((e) => e.name === 'xl/workbook.xml')).toBe(true);
    const damaged = Buffer.from(bytes);
    damaged.fill(0x41, 40, Math.min(damaged.length - 200, 2000));
    const run = async () => {
      for await (const _row of xlsxRows(damaged)) void _row;
    };
    await expect(run()).rejects.toBeInstanceOf(XlsxError);
  });
});
