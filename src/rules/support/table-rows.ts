/** The tables of a document as rows of cells, each cell with the block and offset it sits at. */
import type { Block, DocumentText } from '../../evidence/document.js';

export interface TableCell {
  text: string;
  block: Block;
  /** Offset of the cell's text in the block's text. */
  offset: number;
}

export interface TableRows {
  header: TableCell[];
  rows: TableCell[][];
}

/** A Markdown row's cells: its text split at ` | `, without the pipes at its ends. */
function rowCells(block: Block): TableCell[] {
  const cells: TableCell[] = [];
  let offset = 0;
  for (const part of block.text.split(' | ')) {
    const lead = part.startsWith('| ') ? 2 : part.startsWith('|') ? 1 : 0;
    const tail = part.endsWith(' |') ? 2 : part.endsWith('|') ? 1 : 0;
    const text = part.slice(lead, Math.max(lead, part.length - tail));
    cells.push({ text, block, offset: offset + lead });
    offset += part.length + 3;
  }
  return cells;
}

export function tables(doc: DocumentText): TableRows[] {
  const byId = new Map<number, Map<number, TableCell[]>>();
  for (const block of doc.blocks) {
    if (!block.table) continue;
    const { id, row, column } = block.table;
    let rows = byId.get(id);
    if (!rows) byId.set(id, (rows = new Map()));
    const cells = rows.get(row) ?? [];
    if (column === undefined) cells.push(...rowCells(block));
    else cells.push({ text: block.text, block, offset: 0 });
    rows.set(row, cells);
  }
  return [...byId.values()].map((rows) => {
    const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => cells);
    return { header: ordered[0] ?? [], rows: ordered.slice(1) };
  });
}
