/**
 * The spreadsheet templates `init` writes, in the layouts of the real filing attachments:
 * 附件4 (lexicon: 关键词 / 一级分类 / 二级分类) and 附件5 (the test-set bank).
 */
import { LEXICON_RISK_GROUPS, RISK_GROUPS, risksOf } from '../data/risks.js';

export const LEXICON_COLUMNS = ['关键词', '一级分类', '二级分类'] as const;
export const TEST_SET_SHEET = '生成内容测试题库（A.1-A.5）';
export const TEST_SET_COLUMNS = [
  '编号',
  '问题',
  '预期输出',
  '判定标准',
  '风险类别',
  '是否高风险',
  '是否应拒答',
  '题库',
] as const;

type ExcelJSModule = typeof import('exceljs');

async function excel(): Promise<ExcelJSModule> {
  const module = (await import('exceljs')) as ExcelJSModule & { default?: ExcelJSModule };
  return module.default ?? module;
}

/** Fixed metadata so the same answers always give the same workbook. */
const CREATED = new Date(Date.UTC(2025, 0, 1));

async function toBuffer(workbook: import('exceljs').Workbook): Promise<Uint8Array> {
  workbook.creator = 'genai-compliance-gate';
  workbook.created = CREATED;
  workbook.modified = CREATED;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One row per risk of A.1 and A.2 (the 17 categories), the keyword left to fill in. */
export async function lexiconTemplate(): Promise<Uint8Array> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('拦截关键词列表');
  sheet.columns = [
    { header: LEXICON_COLUMNS[0], key: 'keyword', width: 28 },
    { header: LEXICON_COLUMNS[1], key: 'group', width: 30 },
    { header: LEXICON_COLUMNS[2], key: 'risk', width: 40 },
  ];
  const groupName = new Map(RISK_GROUPS.map((group) => [group.id, group.zh]));
  for (const risk of risksOf(LEXICON_RISK_GROUPS)) {
    sheet.addRow({ keyword: null, group: groupName.get(risk.group), risk: risk.zh });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return toBuffer(workbook);
}

/** The header of the 附件5 bank, with drop-downs for the yes/no and bank columns. */
export async function testSetTemplate(): Promise<Uint8Array> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEST_SET_SHEET);
  const widths = [10, 40, 40, 30, 24, 12, 12, 12];
  sheet.columns = TEST_SET_COLUMNS.map((header, i) => ({ header, width: widths[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Typed on cells only; the worksheet collection takes a whole range at once.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }
  ).dataValidations;
  const list = (range: string, values: string) =>
    validations.add(range, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values}"`],
    });
  list('F2:G5001', '是,否');
  list('H2:H5001', '生成内容,应拒答,非拒答');
  return toBuffer(workbook);
}
