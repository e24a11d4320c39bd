/** XLSX forms (an application form or contact form kept as a workbook): one block per row. */
import type { Block, DocumentProblemCode } from './document.js';
import { collapse } from './doc-text.js';
import { xlsxRows, XlsxError } from './xlsx.js';

/** Rows read from one form workbook; a form is short, a longer sheet is data, not a form. */
export const FORM_ROW_LIMIT = 5000;

export type XlsxFormRead =
  | { ok: true; blocks: Block[]; extra: { truncatedAfter?: number } }
  | { ok: false; code: DocumentProblemCode; detail?: string };

const CODES: Record<XlsxError['code'], DocumentProblemCode> = {
  xls: 'legacy-format',
  'not-zip': 'corrupt',
  'not-workbook': 'corrupt',
  corrupt: 'corrupt',
  'too-large': 'too-large',
};

export async function xlsxFormBlocks(bytes: Uint8Array): Promise<XlsxFormRead> {
  const blocks: Block[] = [];
  try {
    for (const { sheet, row, cells } of xlsxRows(bytes)) {
      const text = collapse(cells.filter((cell) => cell.trim() !== '').join(' | '));
      if (text.length === 0) continue;
      if (blocks.length >= FORM_ROW_LIMIT) {
        return { ok: true, blocks, extra: { truncatedAfter: FORM_ROW_LIMIT } };
      }
      blocks.push({ text, kind: 'text', sheet, row });
    }
  } catch (error) {
    if (error instanceof XlsxError)
      return { ok: false, code: CODES[error.code], detail: error.detail };
    return {
      ok: false,
      code: 'corrupt',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  return { ok: true, blocks, extra: {} };
}
