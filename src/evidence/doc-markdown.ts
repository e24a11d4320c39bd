/** Markdown: one block per line, with headings (ATX and setext) and list items recognised. */
import type { Block } from './documents.js';
import { collapse, stripComments } from './doc-text.js';

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ORDERED = /^\s*([0-9]{1,9})[.)]\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Inline markup removed: emphasis, code ticks, links and images keep their text. */
function inline(text: string): string {
  return collapse(
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^<>]{1,200}>/g, ' ')
      .replace(/(\*\*|__|`)/g, '')
      .replace(/^\s*>\s?/, '')
      .replace(/\s*\|\s*/g, ' | ')
      .replace(/^\|\s*|\s*\|$/g, ''),
  );
}

export function markdownBlocks(source: string): Block[] {
  const lines = stripComments(source.replace(/\r\n?/g, '\n')).split('\n');
  const blocks: Block[] = [];
  let listId = 0;
  let current: { list: number; ordinal: number; ordered: boolean } | undefined;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (raw.trim() === '') continue;
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
    if (TABLE_RULE.test(raw) && raw.includes('-')) continue;
    const heading = HEADING.exec(raw);
    if (heading) {
      current = undefined;
      blocks.push({ text: inline(heading[2]!), kind: 'heading', level: heading[1]!.length, line });
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
    if (text.length > 0) blocks.push({ text, kind: 'text', line });
  }
  return blocks;
}
