/**
 * HTML (and the HTML that DOCX converts to): visible text only, grouped in blocks (paragraphs,
 * headings, list items, table cells). Scripts, styles, templates, the head and elements hidden
 * with `hidden`, `aria-hidden`, a hiding class (`hidden`, `sr-only`, `invisible`) or an inline
 * `display: none` / `visibility: hidden` are dropped.
 */
import { Parser } from 'htmlparser2';
import type { Block } from './document.js';
import { concealedByAttributes, hiddenByAttributes } from '../text/hidden-markup.js';

const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'object',
  'iframe',
  'canvas',
  'select',
  'textarea',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

interface Pending {
  /** Text collapsed as it arrives: one space between runs, none at the ends. */
  text: string;
  space: boolean;
  line?: number;
  lastLine: number;
  marks: [number, number][];
  meta: Omit<Block, 'text' | 'line' | 'marks'>;
}

const WHITE = /([\s\u3000\u00a0]+)/;

/**
 * Steps htmlparser2 may take over its stack of open elements: each start tag is pushed at the
 * bottom of it and each end tag is looked up in it, so a page of thousands of unclosed `<b>`
 * (then thousands of stray `</i>`) costs the square of its length. Real pages, a few dozen
 * elements deep, take a small fraction of this.
 */
export const HTML_STACK_BUDGET = 50_000_000;

export class HtmlTooCostlyError extends Error {
  constructor() {
    super('markup nests too deep for its end tags to be matched (unclosed elements)');
    this.name = 'HtmlTooCostlyError';
  }
}

/** htmlparser2's parser, stopped when its work on the stack of open elements passes the budget. */
class BudgetedParser extends Parser {
  private steps = 0;

  /** Opening and closing an element each walk the stack of open elements. */
  private spend(): void {
    this.steps += (this as unknown as { stack: string[] }).stack.length;
    if (this.steps > HTML_STACK_BUDGET) throw new HtmlTooCostlyError();
  }

  override onopentagname(start: number, endIndex: number): void {
    this.spend();
    super.onopentagname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    this.spend();
    super.onclosetag(start, endIndex);
  }
}

function fresh(meta: Pending['meta']): Pending {
  return { text: '', space: false, lastLine: 0, marks: [], meta };
}

/**
 * `positions: 'lines'` numbers blocks by source line (an HTML file); `'paragraphs'` numbers them
 * 1, 2, 3... (HTML converted from DOCX, where a source line means nothing to the reader).
 * Throws HtmlTooCostlyError on markup nested past HTML_STACK_BUDGET.
 */
export function htmlBlocks(source: string, positions: 'lines' | 'paragraphs'): Block[] {
  const blocks: Block[] = [];
  const lineStarts: number[] = [0];
  if (positions === 'lines') {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
      lineStarts.push(i + 1);
  }
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const hiddenStack: boolean[] = [];
  let hiddenDepth = 0;
  const concealStack: (string | undefined)[] = [];
  /** The reasons of the concealing elements open around the text, outermost first. */
  const concealing: string[] = [];
  const lists: { id: number; ordered: boolean; count: number }[] = [];
  let listId = 0;
  const tables: { id: number; row: number; column: number }[] = [];
  let tableId = 0;
  let pending = fresh({ kind: 'text' });

  const flush = (next: Pending['meta'] = { kind: 'text' }) => {
    if (pending.text.length > 0) {
      const block: Block = { text: pending.text, ...pending.meta };
      if (positions === 'lines') {
        block.line = pending.line ?? 1;
        if (pending.marks.length > 0) block.marks = pending.marks;
      } else {
        block.paragraph = blocks.length + 1;
      }
      blocks.push(block);
    }
    pending = fresh(next);
  };

  const parser = new BudgetedParser(
    {
      onopentag(name, attribs) {
        const hidden = INVISIBLE.has(name) || hiddenByAttributes(attribs);
        hiddenStack.push(hidden);
        if (hidden) hiddenDepth++;
        const concealed = concealedByAttributes(attribs);
        concealStack.push(concealed);
        if (concealed) concealing.push(concealed);
        if (!BLOCK.has(name)) return;
        if (name === 'ol' || name === 'ul') {
          flush();
          lists.push({ id: ++listId, ordered: name === 'ol', count: 0 });
          return;
        }
        if (name === 'li') {
          const list = lists[lists.length - 1];
          if (list) {
            list.count++;
            flush({ kind: 'item', list: list.id, ordered: list.ordered, ordinal: list.count });
          } else flush({ kind: 'item' });
          return;
        }
        if (name === 'table') tables.push({ id: ++tableId, row: 0, column: 0 });
        const table = tables[tables.length - 1];
        if (table && name === 'tr') {
          table.row++;
          table.column = 0;
        }
        if (table && (name === 'td' || name === 'th')) {
          table.column++;
          flush({ kind: 'text', table: { id: table.id, row: table.row, column: table.column } });
          return;
        }
        const heading = /^h([1-6])$/.exec(name);
        flush(heading ? { kind: 'heading', level: Number(heading[1]) } : { kind: 'text' });
      },
      onclosetag(name) {
        if (hiddenStack.pop()) hiddenDepth--;
        if (concealStack.pop()) concealing.pop();
        if (name === 'ol' || name === 'ul') lists.pop();
        if (name === 'table') tables.pop();
        if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (hiddenDepth > 0) return;
        // Concealed text and shown text never share a block.
        const concealed = concealing[0];
        if (pending.meta.concealed !== concealed) {
          if (pending.text.length > 0) flush({ ...pending.meta, concealed });
          else pending.meta = { ...pending.meta, concealed };
          if (concealed === undefined) delete pending.meta.concealed;
        }
        let line = positions === 'lines' ? lineAt(parser.startIndex) : 0;
        for (const piece of data.split(WHITE)) {
          if (piece.length === 0) continue;
          if (WHITE.test(piece)) {
            for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
            if (pending.text.length > 0) pending.space = true;
            continue;
          }
          if (pending.space) {
            pending.text += ' ';
            pending.space = false;
          }
          if (pending.text.length === 0) pending.line = line;
          else if (line !== pending.lastLine) pending.marks.push([pending.text.length, line]);
          pending.lastLine = line;
          pending.text += piece;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  flush();
  return blocks;
}
