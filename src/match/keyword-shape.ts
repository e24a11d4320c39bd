/**
 * How a keyword will behave in the matcher: never matching (separators only, or nothing left
 * after folding), too short to be useful (one CJK character, two Latin letters or digits: it hits
 * most ordinary text), or fine.
 */
import { foldTables, keywordPattern, SEPARATOR, type FoldTables } from './fold.js';

export type KeywordShape = 'unmatchable' | 'short' | 'usable';

const LATIN_OR_DIGIT = /^[a-z0-9]+$/;

export function keywordShape(keyword: string, tables: FoldTables = foldTables()): KeywordShape {
  const pattern = keywordPattern(keyword, tables);
  if (pattern.text.length === 0) return 'unmatchable';
  let letters = pattern.text;
  if (pattern.literal) {
    letters = '';
    for (let i = 0; i < pattern.text.length; i++) {
      if (tables.separator[pattern.text.charCodeAt(i)] !== SEPARATOR) letters += pattern.text[i];
    }
  }
  const characters = [...letters].length;
  if (characters <= 1) return 'short';
  return characters <= 2 && LATIN_OR_DIGIT.test(letters) ? 'short' : 'usable';
}
