/**
 * Phrase-level traditional/simplified variants of keywords, from opencc-js. Character-level
 * conversion is already folded into the class table, so only the phrases whose folded forms
 * differ (了解 / 瞭解, 借以 / 藉以) can add anything; the converters are built from those alone.
 * Applied to the lexicon, never to the scanned text.
 */
import { foldKeyword, type FoldTables } from './fold.js';

type Pairs = [string, string][];

function differs(a: string, b: string, fold: Uint16Array): boolean {
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) {
    if (fold[a.charCodeAt(i)] !== fold[b.charCodeAt(i)]) return true;
  }
  return false;
}

function differingPairs(dict: string, tables: FoldTables): Pairs {
  const pairs: Pairs = [];
  for (const entry of dict.split('|')) {
    const space = entry.indexOf(' ');
    if (space <= 0) continue;
    const end = entry.indexOf(' ', space + 1);
    const from = entry.slice(0, space);
    const to = entry.slice(space + 1, end === -1 ? undefined : end);
    if (to.length > 0 && differs(from, to, tables.fold)) pairs.push([from, to]);
  }
  return pairs;
}

export type VariantsOf = (keywords: readonly string[]) => string[][];

/** Loads the phrase tables (about 40 ms) and returns a batch variant generator. */
export async function phraseVariants(tables: FoldTables): Promise<VariantsOf> {
  const [{ CustomConverter }, st, ts] = await Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/STPhrases'),
    import('opencc-js/dict/TSPhrases'),
  ]);
  const pairs = [differingPairs(st.default, tables), differingPairs(ts.default, tables)];
  const converters = pairs.map((list) => CustomConverter(list));
  // Only a keyword holding the first character of some phrase can change.
  const starts = new Uint8Array(65536);
  for (const list of pairs) for (const [from] of list) starts[from.charCodeAt(0)] = 1;
  const mayChange = (keyword: string) => {
    for (let i = 0; i < keyword.length; i++) if (starts[keyword.charCodeAt(i)]) return true;
    return false;
  };
  return (keywords) => {
    const out: string[][] = keywords.map(() => []);
    const candidates = keywords.flatMap((k, i) => (mayChange(k) ? [i] : []));
    if (candidates.length === 0) return out;
    // One conversion per batch: "\n" is in no phrase, so lines stay aligned.
    const joined = candidates.map((i) => keywords[i]!.replace(/\n/g, ' ')).join('\n');
    const converted = converters.map((convert) => convert(joined).split('\n'));
    candidates.forEach((index, n) => {
      const keyword = keywords[index]!;
      const own = foldKeyword(keyword, tables);
      for (const lines of converted) {
        const line = lines[n];
        if (line === undefined || line === keyword) continue;
        const folded = foldKeyword(line, tables);
        if (folded !== own && !out[index]!.includes(folded)) out[index]!.push(folded);
      }
    });
    return out;
  };
}
