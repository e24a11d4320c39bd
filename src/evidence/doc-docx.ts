/**
 * DOCX: the paragraphs of word/document.xml, read straight from the package (zip.ts) — text
 * runs, tabs and breaks; headings from paragraph styles or outline levels; list items from Word
 * numbering, numbered or bulleted as numbering.xml defines them. Tracked deletions and field
 * codes are not text. Blocks are numbered by paragraph, as a reader counts them.
 */
import type { Block, DocumentProblemCode } from './document.js';
import { Finder, markupFault } from './xml-scan.js';
import { isOleContainer, readZipEntry, zipEntries, type ZipEntry } from './zip.js';

/** Uncompressed bytes a package may declare before it is refused as a zip bomb. */
export const DOCX_EXPANDED_LIMIT = 256 * 1024 * 1024;

export type OfficeRead =
  { ok: true; blocks: Block[] } | { ok: false; code: DocumentProblemCode; detail?: string };

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  if (raw.indexOf('&') === -1) return raw;
  return raw.replace(ENTITY, (_, hex, dec, name) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** `w:val` (or another attribute) of the first `<tag .../>` inside `xml`. */
function valueOf(xml: string, tag: string, attribute = 'w:val'): string | undefined {
  const at = xml.indexOf(`<${tag}`);
  if (at === -1) return undefined;
  const end = xml.indexOf('>', at);
  const match = new RegExp(`\\s${attribute}="([^"]*)"`).exec(xml.slice(at, end));
  return match ? decode(match[1]!) : undefined;
}

/** Elements `<name ...>...</name>` (not nested in themselves), in document order. */
function* elements(xml: string, name: string): Generator<{ attributes: string; body: string }> {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start === -1) return;
    const next = xml[start + open.length];
    if (next !== ' ' && next !== '>' && next !== '/') {
      at = start + open.length;
      continue;
    }
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd === -1) return;
    if (xml[tagEnd - 1] === '/') {
      yield { attributes: xml.slice(start, tagEnd), body: '' };
      at = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end === -1) return;
    yield { attributes: xml.slice(start, tagEnd), body: xml.slice(tagEnd + 1, end) };
    at = end + close.length;
  }
}

const BREAKS = new Set(['tab', 'br', 'cr']);

/**
 * Text runs (`<w:t …>text</w:t>`) and self-closing tabs and breaks (`<w:tab/>`, `<w:br …/>`,
 * `<w:cr/>`, each a space), in order. Every search goes through one Finder, so a paragraph of
 * unclosed tags is scanned once rather than once per tag.
 */
function paragraphText(body: string): string {
  const find = new Finder(body);
  let text = '';
  let at = 0;
  for (;;) {
    const start = find.next('<w:', at);
    if (start === -1) break;
    at = start + 3;
    if (body[at] === 't' && (body[at + 1] === '>' || /\s/.test(body[at + 1] ?? ''))) {
      const gt = find.next('>', at + 1);
      if (gt === -1) break;
      const lt = find.next('<', gt + 1);
      if (lt === -1 || !body.startsWith('</w:t>', lt)) continue;
      text += decode(body.slice(gt + 1, lt));
      at = lt + 6;
      continue;
    }
    let nameEnd = at;
    while (nameEnd < at + 3 && /[a-z]/.test(body[nameEnd] ?? '')) nameEnd++;
    if (!BREAKS.has(body.slice(at, nameEnd)) || /\w/.test(body[nameEnd] ?? '')) continue;
    const gt = find.next('>', nameEnd);
    if (gt === -1) break;
    if (body[gt - 1] !== '/' || gt - 1 < nameEnd) continue;
    text += ' ';
    at = gt + 1;
  }
  return text.replace(/\s+/g, ' ').trim();
}

interface Styles {
  headingLevel: Map<string, number>;
  numbering: Map<string, { numId: string; ilvl: number }>;
}

function readStyles(xml: string | undefined): Styles {
  const styles: Styles = { headingLevel: new Map(), numbering: new Map() };
  for (const { attributes, body } of elements(xml ?? '', 'w:style')) {
    const id = /w:styleId="([^"]*)"/.exec(attributes)?.[1];
    if (!id) continue;
    const name = (valueOf(body, 'w:name') ?? '').toLowerCase();
    const heading = /^(?:heading|标题)\s*(\d)$/.exec(name) ?? /^heading(\d)$/i.exec(id);
    const outline = valueOf(body, 'w:outlineLvl');
    if (heading) styles.headingLevel.set(id, Number(heading[1]));
    else if (name === 'title') styles.headingLevel.set(id, 1);
    else if (outline !== undefined) styles.headingLevel.set(id, Number(outline) + 1);
    const numId = valueOf(body, 'w:numId');
    if (numId !== undefined)
      styles.numbering.set(id, { numId, ilvl: Number(valueOf(body, 'w:ilvl') ?? 0) });
  }
  return styles;
}

/** numId → level → whether that level is numbered (decimal, letters, 一二三...) rather than bulleted. */
function readNumbering(xml: string | undefined): Map<string, boolean[]> {
  const abstract = new Map<string, boolean[]>();
  for (const { attributes, body } of elements(xml ?? '', 'w:abstractNum')) {
    const id = /w:abstractNumId="([^"]*)"/.exec(attributes)?.[1];
    if (id === undefined) continue;
    const levels: boolean[] = [];
    for (const level of elements(body, 'w:lvl')) {
      const ilvl = Number(/w:ilvl="(\d+)"/.exec(level.attributes)?.[1] ?? levels.length);
      const format = valueOf(level.body, 'w:numFmt') ?? 'decimal';
      levels[ilvl] = format !== 'bullet' && format !== 'none';
    }
    abstract.set(id, levels);
  }
  const nums = new Map<string, boolean[]>();
  for (const { attributes, body } of elements(xml ?? '', 'w:num')) {
    const id = /w:numId="([^"]*)"/.exec(attributes)?.[1];
    const abstractId = valueOf(body, 'w:abstractNumId');
    if (id !== undefined && abstractId !== undefined) nums.set(id, abstract.get(abstractId) ?? []);
  }
  return nums;
}

function documentBlocks(
  document: string,
  styles: Styles,
  numbering: Map<string, boolean[]>,
): Block[] {
  const blocks: Block[] = [];
  const lists = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const { body } of elements(document, 'w:p')) {
    const text = paragraphText(body);
    if (text === '') continue;
    const properties = body.slice(0, Math.max(0, body.indexOf('</w:pPr>')));
    const style = valueOf(properties, 'w:pStyle');
    const paragraph = blocks.length + 1;
    const direct = properties.includes('<w:numPr')
      ? {
          numId: valueOf(properties, 'w:numId') ?? '',
          ilvl: Number(valueOf(properties, 'w:ilvl') ?? 0),
        }
      : undefined;
    const numbered = direct ?? (style === undefined ? undefined : styles.numbering.get(style));
    const level = style === undefined ? undefined : styles.headingLevel.get(style);
    const outline = valueOf(properties, 'w:outlineLvl');
    if (numbered && numbered.numId !== '0') {
      const key = `${numbered.numId}/${numbered.ilvl}`;
      if (!lists.has(key)) lists.set(key, lists.size + 1);
      const ordinal = (counters.get(key) ?? 0) + 1;
      counters.set(key, ordinal);
      const ordered = numbering.get(numbered.numId)?.[numbered.ilvl] ?? true;
      blocks.push({ text, kind: 'item', list: lists.get(key)!, ordered, ordinal, paragraph });
    } else if (level !== undefined || outline !== undefined) {
      blocks.push({
        text,
        kind: 'heading',
        level: Math.min(6, level ?? Number(outline) + 1),
        paragraph,
      });
    } else {
      blocks.push({ text, kind: 'text', paragraph });
    }
  }
  return blocks;
}

export function vetOfficePackage(
  bytes: Uint8Array,
  main: string,
): OfficeRead | { ok: true; entries: Map<string, ZipEntry> } {
  if (isOleContainer(bytes)) return { ok: false, code: 'password-protected', detail: 'ole' };
  const listing = zipEntries(bytes);
  if (!listing.ok) return { ok: false, code: 'corrupt', detail: listing.reason };
  if (!listing.entries.some((entry) => entry.name === main)) {
    return { ok: false, code: 'corrupt', detail: `no ${main} in the package` };
  }
  const expanded = listing.entries.reduce((sum, entry) => sum + entry.size, 0);
  if (expanded > DOCX_EXPANDED_LIMIT) {
    return { ok: false, code: 'too-large', detail: `expands to ${expanded} bytes` };
  }
  return { ok: true, entries: new Map(listing.entries.map((entry) => [entry.name, entry])) };
}

export async function docxBlocks(bytes: Uint8Array): Promise<OfficeRead> {
  const vetted = vetOfficePackage(bytes, 'word/document.xml');
  if (!vetted.ok || !('entries' in vetted)) return vetted as OfficeRead;
  const text = new TextDecoder('utf-8');
  const parts: Record<string, string | undefined> = {};
  for (const name of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml']) {
    const entry = vetted.entries.get(name);
    if (!entry) continue;
    const read = readZipEntry(bytes, entry);
    if (!read.ok) return { ok: false, code: 'corrupt', detail: read.reason };
    const xml = text.decode(read.data);
    const fault = markupFault(xml);
    if (fault !== undefined) return { ok: false, code: 'corrupt', detail: `${name}: ${fault}` };
    parts[name] = xml;
  }
  const document = parts['word/document.xml'] ?? '';
  if (!document.includes('<w:body'))
    return { ok: false, code: 'corrupt', detail: 'no document body' };
  return {
    ok: true,
    blocks: documentBlocks(
      document,
      readStyles(parts['word/styles.xml']),
      readNumbering(parts['word/numbering.xml']),
    ),
  };
}
