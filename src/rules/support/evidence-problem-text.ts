/** The message of a lexicon or test-set load problem, in the words of the artefact. */
import { text, type Bilingual } from '../../model/finding.js';
import type { EvidenceProblem } from '../../evidence/records.js';
import { readProblemText } from './read-problem-text.js';
import { where } from './place.js';

const XLSX_TEXT: Record<string, { zh: string; en: string }> = {
  'not-zip': {
    zh: '不是有效的 XLSX 文件（不是 ZIP 格式）',
    en: 'is not a valid XLSX file (not a ZIP)',
  },
  xls: {
    zh: '是旧版 Excel 97-2003（.xls）格式，请另存为 .xlsx',
    en: 'is an old Excel 97-2003 (.xls) workbook; save it as .xlsx',
  },
  'not-workbook': { zh: '不是 Excel 工作簿', en: 'is not an Excel workbook' },
  'too-large': { zh: '解压后过大，未读取', en: 'inflates beyond the size limit; not read' },
  corrupt: { zh: '已损坏，无法读取', en: 'is damaged and cannot be read' },
  'no-sheet': { zh: '没有指定的工作表', en: 'has no such sheet' },
};

/** The message of a load problem, in the words of the artefact (`关键词库`, `测试题集`). */
export function evidenceProblemText(
  problem: EvidenceProblem,
  what: { zh: string; en: string },
): Bilingual {
  const f = problem.file;
  const at = where(problem.line, problem.sheet);
  const atZh = at.zh ? `${at.zh}：` : '';
  const atEn = at.en ? ` (${at.en})` : '';
  switch (problem.code) {
    case 'read':
      return problem.read
        ? readProblemText(problem.read)
        : text(`无法读取 ${f}`, `Cannot read ${f}`);
    case 'unsupported':
      return text(
        `${f} 的格式不受支持（支持 XLSX、CSV、TSV、TXT、JSON、JSONL、YAML）`,
        `${f} has an unsupported format (XLSX, CSV, TSV, TXT, JSON, JSONL, YAML are read)`,
      );
    case 'xlsx': {
      const t = XLSX_TEXT[problem.xlsx ?? 'corrupt'] ?? XLSX_TEXT.corrupt!;
      const sheet = problem.sheet !== undefined ? `「${problem.sheet}」` : '';
      const sheetEn = problem.sheet !== undefined ? ` "${problem.sheet}"` : '';
      const detail = problem.detail && problem.xlsx === 'corrupt' ? `（${problem.detail}）` : '';
      const detailEn = problem.detail && problem.xlsx === 'corrupt' ? ` (${problem.detail})` : '';
      return text(`${f} ${t.zh}${sheet}${detail}`, `${f} ${t.en}${sheetEn}${detailEn}`);
    }
    case 'syntax':
      return problem.detail === 'unterminated-quote'
        ? text(
            `${f} ${atZh}引号未闭合，此后内容被读作同一单元格`,
            `${f}${atEn}: unterminated quote; what follows is read as one cell`,
          )
        : text(
            `${f} ${atZh}语法错误：${problem.detail ?? ''}`,
            `${f}${atEn}: syntax error: ${problem.detail ?? ''}`,
          );
    case 'no-header':
      return text(
        `${f} ${at.zh ? `${at.zh}前` : ''}未找到${what.zh}的表头行（应包含：${(problem.expected ?? []).join('、')}）；可在清单中用 header_row 和 columns 指定`,
        `${f}${atEn}: no header row of the ${what.en} found (expected columns such as ${(problem.expected ?? []).join(', ')}); set header_row and columns in the manifest`,
      );
    case 'unmapped-column': {
      const missing = (problem.expected ?? []).map((ref) => `「${ref}」`).join('');
      const missingEn = (problem.expected ?? []).map((ref) => `"${ref}"`).join(', ');
      const cells = (problem.seen ?? []).filter((cell) => cell !== '');
      return text(
        `${f} ${atZh}清单 columns 指定的列${missing}不在表头中（表头各列：${cells.join('、')}）；未读取此表。请按表头中的列名、列字母（A、B…）或列序号（1、2…）指定`,
        `${f}${atEn}: the column(s) ${missingEn} named by the manifest's columns are not in the header (its columns: ${cells.join(', ')}); the table was not read. Name a column by its header text, letter (A, B, ...) or number (1, 2, ...)`,
      );
    }
    case 'not-records':
      return text(
        `${f} ${atZh}不是${what.zh}的记录（应为对象数组，或按类别分组的数组）`,
        `${f}${atEn}: not ${what.en} records (expected an array of objects, or arrays keyed by category)`,
      );
    case 'no-items':
      return text(
        `${f} ${at.zh ? `${at.zh} ` : ''}没有任何${what.zh}条目`,
        `${f}${atEn} has no ${what.en} entries`,
      );
    case 'dropped': {
      const [zhName, key] = problem.expected ?? [];
      const seen = problem.seen ?? [];
      if (seen.length === 0) {
        return text(
          `${f} ${atZh}读到 ${problem.count ?? 0} 行，但「${zhName}」列全部为空，没有任何${what.zh}条目；请在该列填写内容，或用 columns.${key} 指定含内容的列`,
          `${f}${atEn}: ${problem.count ?? 0} row(s) read, but the ${key} column (${zhName}) is empty in all of them, so the ${what.en} has no entries; fill it, or name the column that holds them with columns.${key}`,
        );
      }
      return text(
        `${f} ${atZh}读到 ${problem.count ?? 0} 条记录，但没有一条含可识别为「${zhName}」（${key}）的字段（记录中的字段：${seen.join('、')}），全部被忽略；请在清单中用 columns.${key} 指定字段名，如 columns.${key}: ${seen[0]}`,
        `${f}${atEn}: ${problem.count ?? 0} record(s) read, none with a field read as ${key} (${zhName}); fields found: ${seen.join(', ')}. All were dropped; name the field in the manifest with columns.${key}, e.g. columns.${key}: ${seen[0]}`,
      );
    }
    case 'too-many-items':
      return text(
        `${what.zh}超过 ${problem.limit ?? 0} 条上限，其余未读取`,
        `The ${what.en} exceeds the limit of ${problem.limit ?? 0} entries; the rest was not read`,
      );
    case 'too-many-files':
      return text(
        `文件夹 ${f} 中文件超过 ${problem.limit ?? 0} 个，其余未读取`,
        `Folder ${f} holds more than ${problem.limit ?? 0} files; the rest was not read`,
      );
    case 'empty-folder':
      return text(
        `文件夹 ${f} 中没有可读取的${what.zh}文件（XLSX、CSV、TSV、TXT、JSON、JSONL、YAML）`,
        `Folder ${f} holds no ${what.en} files (XLSX, CSV, TSV, TXT, JSON, JSONL, YAML)`,
      );
  }
}
