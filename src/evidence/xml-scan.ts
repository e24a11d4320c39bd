/**
 * Linear-time building blocks for the SpreadsheetML and WordprocessingML scanners. Untrusted
 * markup may hold thousands of unclosed tags (`<c <c <c …`); a scanner that searches for the next
 * `>` or closing tag afresh from every `<` is quadratic on such input. A Finder remembers, per
 * needle, the last answer: a later search from a position it already covers is answered without
 * scanning again, so a left-to-right scan reads the text a bounded number of times.
 */
export class Finder {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(readonly text: string) {}

  /** The first index of `needle` at or after `from`, or -1. */
  next(needle: string, from: number): number {
    const known = this.memo.get(needle);
    if (known !== undefined && known.from <= from && (known.at === -1 || from <= known.at))
      return known.at;
    const at = this.text.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }
}

/** Whether the character after a tag name ends the name: white space, `>` or `/` (or the end). */
export function endsName(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    Number.isNaN(c) ||
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x3e ||
    c === 0x2f
  );
}

/** Start tags `<name …>` (or `…/>`) in document order: the tag text and where it ends. */
export function* startTags(
  xml: string,
  name: string,
): Generator<{ tag: string; start: number; end: number; selfClosing: boolean }> {
  const find = new Finder(xml);
  const open = `<${name}`;
  let at = 0;
  for (;;) {
    const start = find.next(open, at);
    if (start === -1) return;
    at = start + open.length;
    if (!endsName(xml, at) || at >= xml.length) continue;
    const gt = find.next('>', at);
    if (gt === -1) return;
    yield { tag: xml.slice(start, gt + 1), start, end: gt + 1, selfClosing: xml[gt - 1] === '/' };
    at = gt + 1;
  }
}

const SKIPPED: [open: string, close: string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

/**
 * Why `xml` is not well-formed markup as far as a scanner can tell (a `<` inside a tag, a tag
 * or comment never closed), or undefined. One pass: each `<` is followed to its `>` once.
 */
export function markupFault(xml: string): string | undefined {
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) return undefined;
    const skipped = SKIPPED.find(([open]) => xml.startsWith(open, lt));
    if (skipped !== undefined) {
      const end = xml.indexOf(skipped[1], lt + skipped[0].length);
      if (end === -1) return `${skipped[0]} at offset ${lt} is never closed`;
      at = end + skipped[1].length;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt === -1) return `the tag at offset ${lt} has no closing ">"`;
    const next = xml.indexOf('<', lt + 1);
    if (next !== -1 && next < gt) return `the tag at offset ${lt} holds another "<"`;
    at = gt + 1;
  }
}
