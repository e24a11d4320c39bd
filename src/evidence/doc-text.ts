/** Line-based documents: plain text, and page source files (TSX, Vue, templates) read as text. */
import type { Block } from './document.js';

/** Collapses runs of white space (including full-width spaces) into one space. */
export function collapse(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const value = collapse(lines[i]!);
    if (value.length > 0) blocks.push({ text: value, kind: 'text', line: i + 1 });
  }
  return blocks;
}

/** Blanks out a span but keeps its line breaks, so later lines keep their numbers. */
function blank(span: string): string {
  return span.replace(/[^\n]/g, ' ');
}

const COMMENTS: [open: string, close: string][] = [
  ['/*', '*/'],
  ['<!--', '-->'],
];

/**
 * Source text of a page without its comments: `/* *\/`, `<!-- -->` and whole-line `//` comments.
 * What is left (markup, string literals, template text) is what the page can show. One linear
 * pass: an unclosed comment runs to the end of the file.
 */
export function stripComments(source: string): string {
  const out: string[] = [];
  // Next known position of each opener; searched again only once the scan has passed it.
  const nextAt = COMMENTS.map(([open]) => source.indexOf(open));
  let i = 0;
  while (i < source.length) {
    let which = -1;
    for (let k = 0; k < COMMENTS.length; k++) {
      if (nextAt[k] !== -1 && nextAt[k]! < i) nextAt[k] = source.indexOf(COMMENTS[k]![0], i);
      if (nextAt[k] !== -1 && (which === -1 || nextAt[k]! < nextAt[which]!)) which = k;
    }
    if (which === -1) {
      out.push(source.slice(i));
      break;
    }
    const [open, close] = COMMENTS[which]!;
    const start = nextAt[which]!;
    out.push(source.slice(i, start));
    const closeAt = source.indexOf(close, start + open.length);
    const end = closeAt === -1 ? source.length : closeAt + close.length;
    out.push(blank(source.slice(start, end)));
    i = end;
  }
  return out.join('').replace(/^[ \t]*\/\/.*$/gm, blank);
}

export function sourceBlocks(source: string): Block[] {
  return textBlocks(stripComments(source.replace(/\r\n?/g, '\n')));
}
