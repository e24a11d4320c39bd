import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, buildMatcherSync, type KeywordEntry } from '../src/match/index.js';
import { foldKeyword, foldTables } from '../src/match/fold.js';

const LEXICON: KeywordEntry[] = [
  { keyword: '习近平', category: 'A1a' },
  { keyword: 'falun', category: 'A1d' },
  { keyword: '头发', category: 'A4b' },
  { keyword: '了解', category: 'A5b' },
];

const matcher = await buildMatcher(LEXICON);

function found(text: string, m = matcher): [string, number, number][] {
  return m.findAll(text).map((hit) => [hit.keyword, hit.start, hit.end]);
}

/** Every occurrence, overlapping ones included, by brute force. */
function naive(keywords: string[], text: string): string[] {
  const out: string[] = [];
  keywords.forEach((k, index) => {
    for (let at = text.indexOf(k); at !== -1; at = text.indexOf(k, at + 1)) {
      out.push(`${index}:${at}:${at + k.length}`);
    }
  });
  return out.sort();
}

describe('keyword matcher: evasions', () => {
  it.each([
    ['spaces between characters', '他说习 近 平来了', 2, 7],
    ['ideographic spaces and punctuation', '习　近·平', 0, 5],
    ['zero-width joiners and spaces', '习\u200d近\u200b平', 0, 5],
    ['word joiner and soft hyphen', '习\u2060近\u00ad平', 0, 5],
    ['traditional characters', '關於習近平的報道', 2, 5],
    ['an emoji between characters', '习🌸近平', 0, 5],
    ['line breaks', '习\n近\r\n平', 0, 6],
  ])('matches %s with offsets in the original text', (_name, text, start, end) => {
    expect(found(text)).toEqual([['习近平', start, end]]);
  });

  it('matches full-width letters and any case', () => {
    expect(found('ＦＡＬＵＮ')).toEqual([['falun', 0, 5]]);
    expect(found('FaLuN')).toEqual([['falun', 0, 5]]);
    expect(found('ｆ ａ ｌ ｕ ｎ')).toEqual([['falun', 0, 9]]);
  });

  it('matches traditional forms of a simplified keyword, characters and phrases', () => {
    expect(found('頭髮')).toEqual([['头发', 0, 2]]);
    expect(found('我不瞭解')).toEqual([['了解', 2, 4]]);
  });

  it('reports the category', () => {
    expect(matcher.findAll('習 近 平')[0]).toMatchObject({ category: 'A1a', index: 0 });
  });

  it('does not match the same characters far apart in ordinary text', () => {
    expect(found('学习是接近平常心的方法')).toEqual([]);
    expect(found('习惯接近平原')).toEqual([]);
    expect(found('习a近平')).toEqual([]);
    expect(found('falsely lunar')).toEqual([]);
  });
});

describe('keyword matcher: automaton', () => {
  it('finds a keyword inside a longer one that fails: [abcd, bc] on abce', () => {
    const m = buildMatcherSync([{ keyword: 'abcd' }, { keyword: 'bc' }]);
    expect(found('abce', m)).toEqual([['bc', 1, 3]]);
  });

  it('reports every overlapping match through dictionary-suffix links', () => {
    const m = buildMatcherSync(['he', 'she', 'his', 'hers'].map((keyword) => ({ keyword })));
    expect(found('ushers', m)).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });

  it('reports duplicate keywords (two rows) separately, and a keyword once per place', () => {
    const m = buildMatcherSync([{ keyword: '赌博', category: 'A1h' }, { keyword: '賭博' }]);
    expect(m.findAll('去赌博').map((hit) => hit.index)).toEqual([0, 1]);
  });

  it('keeps a keyword of punctuation usable and skips keywords of blanks only', () => {
    const m = buildMatcherSync([{ keyword: 'C++' }, { keyword: ' \u200b ' }]);
    expect(found('学 C++ 吗', m)).toEqual([['C++', 2, 5]]);
    expect(m.unmatchable).toEqual([1]);
  });

  it('agrees with brute force on random keywords and texts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[abc甲乙]{1,4}$/), { minLength: 1, maxLength: 12 }),
        fc.stringMatching(/^[abcd甲乙]{0,40}$/),
        (keywords, text) => {
          const m = buildMatcherSync(keywords.map((keyword) => ({ keyword })));
          const hits = m.findAll(text).map((h) => `${h.index}:${h.start}:${h.end}`);
          expect(hits.sort()).toEqual(naive(keywords, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skipping separators equals matching the text with them removed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[ab乙]{1,3}$/), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('a', 'b', '乙', ' ', '，', '\u200b'), { maxLength: 30 }),
        (keywords, units) => {
          const m = buildMatcherSync(keywords.map((keyword) => ({ keyword })));
          const text = units.join('');
          const plain = units.filter((u) => /[ab乙]/.test(u)).join('');
          expect(m.findAll(text).length).toBe(naive(keywords, plain).length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('folds keywords the way it folds text', () => {
    const tables = foldTables();
    expect(foldKeyword('習 近·平', tables)).toBe('习近平');
    expect(foldKeyword('ＦａＬＵＮ', tables)).toBe('falun');
  });

  it('builds an empty matcher that finds nothing', () => {
    expect(found('任何文本', buildMatcherSync([]))).toEqual([]);
  });
});
