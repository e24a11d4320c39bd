/**
 * Phrase matching for the document rules: the built-in lists plus the manifest's `phrases:`,
 * matched on folded text (width and case do not matter) with offsets that survive folding.
 */
import { PHRASES, type PhraseKey } from '../../data/phrases.js';
import type { Manifest } from '../../model/manifest.js';

/** Full-width ASCII to ASCII and ASCII to lower case, one unit to one so offsets survive. */
export function fold(value: string): string {
  return value.replace(FOLDABLE, foldUnit);
}

const FOLDABLE = /[A-Z\uff01-\uff5e]/g;

function foldUnit(unit: string): string {
  let c = unit.charCodeAt(0);
  if (c >= 0xff01) c -= 0xfee0;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return String.fromCharCode(c);
}

/** The code units JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * One phrase, folded. English phrases match whole words with any white space between words;
 * Chinese (or mixed) phrases allow white space between any two characters.
 */
interface CompiledPhrase {
  words: boolean;
  /** Folded code units; for English phrases -1 stands for "one or more white-space units". */
  units: number[];
}

const ENGLISH = /^[a-z0-9][a-z0-9 '-]*$/;

function compilePhrase(phrase: string): CompiledPhrase {
  const folded = fold(phrase.trim());
  const units: number[] = [];
  if (ENGLISH.test(folded)) {
    for (const word of folded.split(/\s+/)) {
      if (units.length > 0) units.push(-1);
      for (let i = 0; i < word.length; i++) units.push(word.charCodeAt(i));
    }
    return { words: true, units };
  }
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isSpace(c)) units.push(c);
  }
  return { words: false, units };
}

/** End of `phrase` matched at `start` in folded `text`, or -1. */
function matchAt(text: string, start: number, phrase: CompiledPhrase): number {
  const { units } = phrase;
  let at = start;
  if (phrase.words) {
    if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return -1;
    for (const unit of units) {
      if (unit === -1) {
        if (!isSpace(text.charCodeAt(at))) return -1;
        while (isSpace(text.charCodeAt(at + 1))) at++;
      } else if (text.charCodeAt(at) !== unit) return -1;
      at++;
    }
    return at < text.length && isWordUnit(text.charCodeAt(at)) ? -1 : at;
  }
  for (let k = 0; k < units.length; k++) {
    if (k > 0) while (isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== units[k]) return -1;
    at++;
  }
  return at;
}

export interface PhraseMatch {
  index: number;
  length: number;
  phrase: string;
}

/**
 * A list of phrases, found in text by the leftmost match, the longest phrase first where several
 * start at the same place. Phrases are indexed by their first unit, so a position costs one map
 * lookup unless a phrase can start there; no regular expression is built from user phrases.
 */
export class Phrases {
  private readonly byFirstUnit = new Map<number, CompiledPhrase[]>();

  constructor(readonly list: readonly string[]) {
    const ordered = [...new Set(list.filter((p) => p.trim().length > 0))]
      // Longer phrases first, so 无限期保存 wins over a shorter overlap at the same place.
      .sort((a, b) => b.length - a.length);
    for (const phrase of ordered) {
      const compiled = compilePhrase(phrase);
      const first = compiled.units[0];
      if (first === undefined) continue;
      const group = this.byFirstUnit.get(first);
      if (group) group.push(compiled);
      else this.byFirstUnit.set(first, [compiled]);
    }
  }

  /** The leftmost match in folded `text` at or after `from`. */
  private next(text: string, from: number): { index: number; end: number } | undefined {
    if (this.byFirstUnit.size === 0) return undefined;
    for (let i = from; i < text.length; i++) {
      const group = this.byFirstUnit.get(text.charCodeAt(i));
      if (group === undefined) continue;
      for (const phrase of group) {
        const end = matchAt(text, i, phrase);
        if (end !== -1) return { index: i, end };
      }
    }
    return undefined;
  }

  /** Every non-overlapping match in `value`. */
  all(value: string): PhraseMatch[] {
    const folded = fold(value);
    const out: PhraseMatch[] = [];
    for (let m = this.next(folded, 0); m !== undefined; m = this.next(folded, m.end)) {
      out.push({ index: m.index, length: m.end - m.index, phrase: value.slice(m.index, m.end) });
    }
    return out;
  }

  first(value: string): PhraseMatch | undefined {
    const m = this.next(fold(value), 0);
    return m && { index: m.index, length: m.end - m.index, phrase: value.slice(m.index, m.end) };
  }

  test(value: string): boolean {
    return this.first(value) !== undefined;
  }
}

const cache = new WeakMap<Manifest, Map<PhraseKey, Phrases>>();

/** The built-in list for `key` plus whatever the manifest's `phrases:` adds. */
export function phrases(manifest: Manifest, key: PhraseKey): Phrases {
  let byKey = cache.get(manifest);
  if (!byKey) {
    byKey = new Map();
    cache.set(manifest, byKey);
  }
  let compiled = byKey.get(key);
  if (!compiled) {
    const builtIn = PHRASES[key];
    compiled = new Phrases([...builtIn.zh, ...builtIn.en, ...(manifest.phrases?.[key] ?? [])]);
    byKey.set(key, compiled);
  }
  return compiled;
}

/** The built-in phrases of a list, Chinese then English, as a rule page shows them. */
export function builtInPhrases(key: PhraseKey): string[] {
  return [...PHRASES[key].zh, ...PHRASES[key].en];
}
