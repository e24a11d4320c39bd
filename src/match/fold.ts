/**
 * Per-character folding for keyword matching. Every UTF-16 unit maps to exactly one unit, so
 * offsets in the original text survive: compatibility forms (full-width, circled digits) to their
 * base, accents dropped, lower case, regional variants and traditional characters to
 * simplified (opencc-js character tables). Separators — spaces, punctuation, symbols, control,
 * format (zero-width) and combining characters — are flagged so the scanner can step over them.
 */
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

export interface FoldTables {
  /** The folded unit of every UTF-16 unit. */
  fold: Uint16Array;
  /** 1 for separators the scanner steps over, 2 for the whitespace-like ones among them. */
  separator: Uint8Array;
}

export const SEPARATOR = 1;
export const BLANK = 2;

const BLANK_RE = /[\p{Z}\p{Cc}\p{Cf}]/u;
const ANY_SEPARATOR_RE = /[\p{P}\p{S}\p{M}\p{Z}\p{Cc}\p{Cf}]/u;

/** `"trad simp1 simp2|..."`: single-unit pairs only, first candidate wins. */
function charPairs(dict: string, into: Map<number, number>): void {
  for (const entry of dict.split('|')) {
    const from = entry.charCodeAt(0);
    if (entry.length >= 3 && entry[1] === ' ' && (entry.length === 3 || entry[3] === ' ')) {
      const to = entry.charCodeAt(2);
      if (!isSurrogate(from) && !isSurrogate(to)) into.set(from, to);
    }
  }
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** CJK Unified Ideographs and Extension A. */
function isUnifiedIdeograph(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf);
}

function isHangulSyllable(unit: number): boolean {
  return unit >= 0xac00 && unit <= 0xd7a3;
}

function unicodeFold(ch: string): string {
  let folded = ch.normalize('NFKD');
  if (folded.length > 1) folded = folded.replace(/\p{M}/gu, '');
  if (folded.length !== 1) folded = ch.normalize('NFKC');
  if (folded.length !== 1) folded = ch;
  const lower = folded.toLowerCase();
  return lower.length === 1 ? lower : folded;
}

let tables: FoldTables | undefined;

export function foldTables(): FoldTables {
  if (tables) return tables;
  const chinese = new Map<number, number>();
  charPairs(tsCharacters, chinese);
  const variants = new Map<number, number>();
  charPairs(twVariantsRev, variants);
  charPairs(hkVariantsRev, variants);
  const fold = new Uint16Array(65536);
  const separator = new Uint8Array(65536);
  for (let unit = 0; unit < 65536; unit++) {
    if (isSurrogate(unit) || isHangulSyllable(unit)) {
      fold[unit] = unit;
      continue;
    }
    if (isUnifiedIdeograph(unit)) {
      // Letters that no Unicode normalisation changes: only the Chinese tables apply.
      const variant = variants.get(unit) ?? unit;
      fold[unit] = chinese.get(variant) ?? variant;
      continue;
    }
    const ch = String.fromCharCode(unit);
    if (ANY_SEPARATOR_RE.test(ch)) separator[unit] = BLANK_RE.test(ch) ? BLANK : SEPARATOR;
    let folded = unicodeFold(ch).charCodeAt(0);
    // Regional variants to standard traditional (著 → 着, HK 台 → 臺), then to simplified (臺 → 台).
    folded = variants.get(folded) ?? folded;
    folded = chinese.get(folded) ?? folded;
    fold[unit] = folded;
  }
  // A few chains (麼 → 么 → 幺) need a second step to make folding idempotent.
  for (let unit = 0; unit < 65536; unit++) fold[unit] = fold[fold[unit]!]!;
  tables = { fold, separator };
  return tables;
}

/** A keyword as the scanner sees it, and whether its own punctuation is part of it. */
export interface KeywordPattern {
  text: string;
  /** The keyword keeps punctuation that the scanner must match as written (`C++`, `法?`). */
  literal: boolean;
}

/**
 * Folds a keyword: folded, separators removed. A keyword that would shrink to one unit without
 * its punctuation (`C++`, `法?`) keeps it, literally and for itself only: everywhere else that
 * punctuation stays a separator. A keyword of separators only (`&`, `--`) is empty: it can
 * never match.
 */
export function keywordPattern(keyword: string, { fold, separator }: FoldTables): KeywordPattern {
  let stripped = '';
  let kept = '';
  let strippedSome = false;
  for (let i = 0; i < keyword.length; i++) {
    const unit = keyword.charCodeAt(i);
    const kind = separator[unit];
    const folded = String.fromCharCode(fold[unit]!);
    if (kind === 0) stripped += folded;
    else if (kind === SEPARATOR) strippedSome = true;
    if (kind !== BLANK) kept += folded;
  }
  if (stripped.length > 0 && strippedSome && stripped.length < 2 && kept.length >= 2) {
    return { text: kept, literal: true };
  }
  return { text: stripped, literal: false };
}

/** The folded text of a keyword (see `keywordPattern`). */
export function foldKeyword(keyword: string, tables: FoldTables): string {
  return keywordPattern(keyword, tables).text;
}

/** Folds a whole string unit by unit (same length as the input). */
export function foldText(value: string, { fold }: FoldTables): string {
  let out = '';
  for (let i = 0; i < value.length; i++) out += String.fromCharCode(fold[value.charCodeAt(i)]!);
  return out;
}
