/**
 * Where a finding about a document goes: the source line of a match, or the page, paragraph or
 * sheet row named in the message; and short quotations for messages.
 */
import { text, type Bilingual } from '../../model/finding.js';
import type { Block, DocumentText } from '../../evidence/document.js';
import type { Draft } from '../rule.js';

/** 1-based source line of an offset in a block of a text format. */
function lineOf(block: Block, offset: number): number | undefined {
  if (block.line === undefined) return undefined;
  let line = block.line;
  for (const [at, l] of block.marks ?? []) {
    if (at <= offset) line = l;
    else break;
  }
  return line;
}

export interface Place {
  file: string;
  line?: number;
  data?: Record<string, unknown>;
  /** How the message names the place when there is no line: page, paragraph, sheet row. */
  where?: Bilingual;
}

export function placeOf(doc: DocumentText, block: Block | undefined, offset = 0): Place {
  if (!block) return { file: doc.file };
  const line = lineOf(block, offset);
  if (line !== undefined) return { file: doc.file, line };
  if (block.page !== undefined) {
    return {
      file: doc.file,
      data: { page: block.page, pageLine: block.pageLine },
      where: text(`第 ${block.page} 页`, `page ${block.page}`),
    };
  }
  if (block.paragraph !== undefined) {
    return {
      file: doc.file,
      data: { paragraph: block.paragraph },
      where: text(`第 ${block.paragraph} 段`, `paragraph ${block.paragraph}`),
    };
  }
  if (block.sheet !== undefined && block.row !== undefined) {
    return {
      file: doc.file,
      data: { sheet: block.sheet, row: block.row },
      where: text(
        `工作表“${block.sheet}”第 ${block.row} 行`,
        `sheet "${block.sheet}", row ${block.row}`,
      ),
    };
  }
  return { file: doc.file };
}

/** A draft at a place; for a page, paragraph or row, the message starts with it. */
export function draftAt(place: Place, message: Bilingual, extra: Partial<Draft> = {}): Draft {
  const { where, data, ...location } = place;
  const merged = data || extra.data ? { ...data, ...extra.data } : undefined;
  return {
    ...location,
    ...extra,
    ...(merged ? { data: merged } : {}),
    message: where
      ? text(`${where['zh-CN']}：${message['zh-CN']}`, `${capital(where.en)}: ${message.en}`)
      : message,
  };
}

function capital(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Where a finding about something absent from a document goes: its title (first block). */
export function startOf(doc: DocumentText): Place {
  return placeOf(doc, doc.blocks[0]);
}

/** A short quotation of a block for a message. */
export function quote(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
