/** Spreadsheets and text files for the lexicon and test-set tests: read, mutate, write back. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

export type Sheet = { name: string; rows: string[][] };

async function excel(): Promise<any> {
  return ((await import('exceljs')) as any).default;
}

/** Every sheet as rows of display strings; index 0 is row 1 (empty rows kept as []). */
export async function readXlsx(file: string): Promise<Sheet[]> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet: any) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row: any, number: number) => {
      const values = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
      rows[number - 1] = values;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: sheet.name as string, rows };
  });
}

export async function writeXlsx(file: string, sheets: Sheet[]): Promise<void> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
}

/** Reads a workbook, lets the test change its sheets, writes it back. */
export async function mutateXlsx(
  root: string,
  rel: string,
  change: (sheets: Sheet[]) => void,
): Promise<void> {
  const file = path.join(root, rel);
  const sheets = await readXlsx(file);
  change(sheets);
  await writeXlsx(file, sheets);
}

export function csvLine(cells: readonly string[]): string {
  return cells
    .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
}

export function encode(
  text: string,
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030',
): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

export function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function writeJsonl(file: string, records: readonly unknown[]): void {
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
}

/** Data rows of the generated example sheets start here (title row 1, header row 2). */
export const FIRST_DATA_ROW = 3;
export const LEXICON_XLSX = 'compliance/content-safety/附件4-拦截关键词列表.xlsx';
export const TESTSET_XLSX = 'compliance/content-safety/附件5-评估测试题.xlsx';
export const TEXT_LEXICON = 'compliance/content-safety/拦截关键词';
export const TEXT_TESTSET = 'compliance/content-safety/评估测试题.jsonl';
/** Pinned so the lexicon's last review stays within its cadence. */
export const TODAY = '2026-11-30';
