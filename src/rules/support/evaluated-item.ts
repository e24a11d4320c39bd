/** How the evaluate rules name an evaluated item in messages, and where its finding points. */
import { text, type Bilingual } from '../../model/finding.js';
import type { EvalItem } from '../../model/evaluation.js';
import type { Draft } from '../rule.js';

export function itemName(item: EvalItem): Bilingual {
  const sheetZh = item.sheet !== undefined ? `工作表「${item.sheet}」` : '';
  const sheetEn = item.sheet !== undefined ? `sheet "${item.sheet}" ` : '';
  const idZh = item.id !== undefined ? `（编号 ${item.id}）` : '';
  const idEn = item.id !== undefined ? ` (id ${item.id})` : '';
  return text(`${sheetZh}第 ${item.row} 行${idZh}`, `${sheetEn}row ${item.row}${idEn}`);
}

export function itemAt(item: EvalItem): Pick<Draft, 'file' | 'line'> {
  return { file: item.file, line: item.row };
}
