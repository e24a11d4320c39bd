/**
 * A display page read as its source: where it renders a value (the value itself, or a constant or
 * i18n key that holds it), and whether the markup around that place hides it.
 */
import type { Block, DocumentText } from '../../evidence/document.js';
import { hiddenAt } from '../../text/hidden-markup.js';
import { fold } from './phrases.js';

/** Markup: an opening or closing tag. A module without any only holds values. */
const MARKUP = /<\/?[A-Za-z][\w.:-]*[\s/>]/;

/** A constants module or a language file (JSON): it holds values, it renders nothing. */
export function isValueSource(doc: DocumentText): boolean {
  if (doc.format === 'text') return /\.json$/i.test(doc.file);
  if (doc.format !== 'source') return false;
  return !doc.blocks.some((b) => MARKUP.test(b.text));
}

function squeeze(value: string): string {
  return fold(value).replace(/[\s\u3000\u00a0]+/g, '');
}

/** `"onlineNumber": "…"`, `ONLINE_NUMBER = '…'`, `onlineNumber: "…"`: the name a value is under. */
const BOUND_NAME = /([A-Za-z_$][\w$-]*)["']?\s*[:=]\s*["'`]/g;

export interface ValueReference {
  name: string;
  /** How a page refers to it: an identifier, or a quoted i18n key ending in the name. */
  pattern: RegExp;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names under which the value sources hold `value`. */
export function valueReferences(sources: DocumentText[], value: string): ValueReference[] {
  const wanted = squeeze(value);
  const names = new Set<string>();
  for (const doc of sources) {
    for (const block of doc.blocks) {
      if (!squeeze(block.text).includes(wanted)) continue;
      BOUND_NAME.lastIndex = 0;
      const m = BOUND_NAME.exec(block.text);
      if (m) names.add(m[1]!);
    }
  }
  return [...names].map((name) => {
    const n = escapeRegExp(name);
    return {
      name,
      // SITE.onlineNumber, {ONLINE_NUMBER}, t('footer.onlineNumber'), $t("onlineNumber")
      pattern: new RegExp(`["'\`](?:[\\w-]+[.:])*${n}["'\`]|(?<![\\w$"'\`-])${n}(?![\\w$"'\`-])`),
    };
  });
}

export interface OnPage {
  /** Rendered where it can be seen. */
  visible: boolean;
  /** Present only where markup hides it: the first such place and why. */
  hidden?: { block: Block; why: string };
}

const IMPORT_LINE =
  /^\s*(?:import\b|export\s+(?:\{[^}]*\}|\*)\s+from\b|(?:const|let|var)\s+\w+\s*=\s*require\()/;

/**
 * Whether a page shows `value`, written out or through a reference, and not inside hidden markup.
 * HTML pages were read as their visible text already; source pages are judged by their markup.
 */
export function numberOnPage(
  doc: DocumentText,
  value: string,
  references: readonly ValueReference[],
): OnPage {
  if (doc.format !== 'source') {
    const wanted = squeeze(value);
    const shown = doc.blocks.filter((b) => !b.concealed);
    if (squeeze(shown.map((b) => b.text).join('')).includes(wanted)) return { visible: true };
    const block = doc.blocks.find((b) => b.concealed && squeeze(b.text).includes(wanted));
    return block
      ? { visible: false, hidden: { block, why: block.concealed! } }
      : { visible: false };
  }
  // The source again, one block per line, so that offsets and lines agree.
  const starts: { offset: number; block: Block }[] = [];
  let source = '';
  for (const block of doc.blocks) {
    starts.push({ offset: source.length, block });
    source += `${block.text}\n`;
  }
  const folded = fold(source);
  const wanted = fold(value.trim());
  const places: number[] = [];
  for (let at = folded.indexOf(wanted); at !== -1 && wanted; at = folded.indexOf(wanted, at + 1))
    places.push(at);
  for (const { block, offset } of starts) {
    if (IMPORT_LINE.test(block.text)) continue;
    for (const reference of references) {
      const m = reference.pattern.exec(block.text);
      if (m) places.push(offset + m.index);
    }
  }
  places.sort((a, b) => a - b);
  let hidden: OnPage['hidden'];
  for (const place of places) {
    const why = hiddenAt(source, place);
    if (!why) return { visible: true };
    if (!hidden) {
      const start = starts.filter((s) => s.offset <= place).pop()!;
      hidden = { block: start.block, why };
    }
  }
  return hidden ? { visible: false, hidden } : { visible: false };
}
