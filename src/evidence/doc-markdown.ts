/** Markdown: one block per line, with headings (ATX and setext) and list items recognised. */
import type { Block } from './document.js';
import { collapse, stripComments } from './doc-text.js';

/*
 * Every line of a Markdown file is user text: the patterns here are anchored with disjoint
 * neighbours, and the shapes a backtracking engine would retry (a heading's trailing spaces and
 * hashes, table rules, links, pipes) are plain scans, so a line costs time linear in its length.
 */
// `[\s\S]*` runs to the end of the line (`.` would stop at U+2028 and make `\s+` retry).
const ORDERED = /^\s*([0-9]{1,9})[.)]\s+([\s\S]*)$/;
const BULLET = /^\s*[-*+]\s+([\s\S]*)$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_CELL_RULE = /^:?-{2,}:?$/;
const SPACE = /\s/;

/** An ATX heading (`## Title ##`): its level and text, or undefined. */
export function atxHeading(raw: string): { level: number; text: string } | undefined {
  let start = 0;
  while (start < 3 && raw[start] === ' ') start++;
  let level = 0;
  while (raw[start + level] === '#') level++;
  if (level < 1 || level > 6) return undefined;
  const rest = raw.slice(start + level);
  if (rest.length === 0 || !SPACE.test(rest[0]!)) return undefined;
  let end = rest.trimEnd().length;
  while (end > 0 && rest[end - 1] === '#') end--;
  return { level, text: rest.slice(0, end).trim() };
}

/** A table's delimiter row (`| --- | :-: |`). */
export function isTableRule(raw: string): boolean {
  let row = raw.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => TABLE_CELL_RULE.test(cell.trim()));
}

/**
 * `[label](target)` (with `bang`, `![label](target)`) replaced by its label, leftmost first as a
 * global replace would, in one pass: a label ends at the first `]`, a target at the first `)`.
 */
function replaceLinks(text: string, bang: boolean): string {
  let out = '';
  let from = 0;
  let scan = 0;
  for (;;) {
    const open = text.indexOf('[', scan);
    if (open === -1) break;
    const close = text.indexOf(']', open + 1);
    if (close === -1) break;
    scan = close + 1;
    if (text[close + 1] !== '(') continue;
    const end = text.indexOf(')', close + 2);
    if (end === -1) break;
    // Every `[` from `open` up to `close` shares this label's end: the leftmost eligible wins.
    let start = open;
    if (bang) {
      start = -1;
      for (let k = Math.max(open, from + 1); k < close; k++) {
        if (text[k] === '[' && text[k - 1] === '!') {
          start = k - 1;
          break;
        }
      }
      if (start === -1) continue;
    }
    const labelStart = bang ? start + 2 : start + 1;
    out += text.slice(from, start) + text.slice(labelStart, close);
    from = end + 1;
    scan = from;
  }
  return out + text.slice(from);
}

/** Spaces around each `|` become one; a leading and a trailing pipe go. */
function tidyPipes(text: string): string {
  if (!text.includes('|')) return text;
  const cells = text.split('|').map((cell, i, all) => {
    const left = i > 0 ? cell.trimStart() : cell;
    return i < all.length - 1 ? left.trimEnd() : left;
  });
  let joined = cells.join(' | ');
  if (joined.startsWith('|')) joined = joined.slice(1).trimStart();
  if (joined.endsWith('|')) joined = joined.slice(0, -1).trimEnd();
  return joined;
}

/** Inline markup removed: emphasis, code ticks, links and images keep their text. */
function inline(text: string): string {
  const unlinked = replaceLinks(replaceLinks(text, true), false);
  return collapse(
    tidyPipes(
      unlinked
        .replace(/<[^<>]{1,200}>/g, ' ')
        .replace(/(\*\*|__|`)/g, '')
        .replace(/^\s*>\s?/, ''),
    ),
  );
}

export function markdownBlocks(source: string): Block[] {
  const lines = stripComments(source.replace(/\r\n?/g, '\n')).split('\n');
  const blocks: Block[] = [];
  let listId = 0;
  let current: { list: number; ordinal: number; ordered: boolean } | undefined;
  let inFence = false;
  let table: { id: number; row: number } | undefined;
  let tableId = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (raw.trim() === '') {
      table = undefined;
      continue;
    }
    if (inFence) {
      blocks.push({ text: collapse(raw), kind: 'text', line });
      continue;
    }
    const setext = SETEXT.exec(raw);
    const last = blocks[blocks.length - 1];
    if (setext && last && last.line === line - 1 && last.kind === 'text') {
      last.kind = 'heading';
      last.level = setext[1]!.startsWith('=') ? 1 : 2;
      continue;
    }
    if (raw.includes('-') && isTableRule(raw)) {
      // The row above the delimiter is the table's header row.
      if (last && last.line === line - 1 && last.kind === 'text' && lines[i - 1]!.includes('|')) {
        table = { id: ++tableId, row: 1 };
        last.table = { id: table.id, row: 1 };
      }
      continue;
    }
    if (table && !raw.includes('|')) table = undefined;
    const heading = atxHeading(raw);
    if (heading) {
      current = undefined;
      blocks.push({ text: inline(heading.text), kind: 'heading', level: heading.level, line });
      continue;
    }
    const ordered = ORDERED.exec(raw);
    const bullet = ordered ? null : BULLET.exec(raw);
    if (ordered || bullet) {
      const isOrdered = ordered !== null;
      if (current === undefined || current.ordered !== isOrdered) {
        current = { list: ++listId, ordinal: 0, ordered: isOrdered };
      }
      current.ordinal++;
      blocks.push({
        text: inline((ordered ? ordered[2] : bullet![1])!),
        kind: 'item',
        list: current.list,
        ordered: isOrdered,
        ordinal: current.ordinal,
        line,
      });
      continue;
    }
    // An indented line continues the list item above it; anything else ends the list.
    if (!/^\s{2,}/.test(raw)) current = undefined;
    const text = inline(raw);
    if (text.length === 0) continue;
    if (table) {
      table.row++;
      blocks.push({ text, kind: 'text', line, table: { id: table.id, row: table.row } });
    } else blocks.push({ text, kind: 'text', line });
  }
  return blocks;
}
