import { describe, expect, it } from 'vitest';
import { PHRASES, PHRASE_KEYS } from '../src/data/phrases.js';
import { Phrases, fold } from '../src/rules/support/phrases.js';

/**
 * The matching rules written as one regular expression: leftmost match, longest phrase first,
 * English phrases as whole words with any white space between words, Chinese phrases with any
 * white space between characters. `Phrases` must find exactly what this finds.
 */
function reference(list: readonly string[]): (value: string) => [number, number][] {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [...new Set(list.filter((p) => p.trim().length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const folded = fold(phrase.trim());
      if (/^[a-z0-9][a-z0-9 '-]*$/.test(folded)) {
        return `(?<![a-z0-9])${folded.split(/\s+/).map(escape).join('\\s+')}(?![a-z0-9])`;
      }
      return [...folded.replace(/\s+/g, '')].map(escape).join('\\s*');
    });
  const regex = new RegExp(patterns.join('|'), 'g');
  return (value) => [...fold(value).matchAll(regex)].map((m) => [m.index, m[0].length]);
}

function spans(phrases: Phrases, value: string): [number, number][] {
  return phrases.all(value).map((m) => [m.index, m.length]);
}

/** A deterministic generator, so a failure names its seed and replays. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

const SPACES = [' ', '\u3000', '\t', '\n', '\u00a0', '\u200a'];
const NOISE = ['。', '，', 'a', 'Z', '9', '-', "'", '（', 'Ｄ', 'ａ', '保', '存', '😀', ' '];

/** Text made of phrase pieces, full-width and upper-case variants, white space and noise. */
function sample(next: () => number, list: readonly string[]): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  let out = '';
  const parts = 1 + Math.floor(next() * 8);
  for (let i = 0; i < parts; i++) {
    const roll = next();
    if (roll < 0.5) {
      let phrase = pick(list);
      if (next() < 0.3) phrase = phrase.slice(0, Math.max(1, phrase.length - 1));
      if (next() < 0.3) phrase = phrase.toUpperCase();
      if (next() < 0.2) {
        phrase = phrase.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      }
      if (next() < 0.4) phrase = [...phrase].join(pick(SPACES));
      out += phrase;
    } else if (roll < 0.8) {
      out += pick(NOISE);
    } else {
      out += pick(SPACES);
    }
  }
  return out;
}

describe('phrase matching', () => {
  it('finds what the one-regex reading of the rules finds, on every built-in list', () => {
    for (const key of PHRASE_KEYS) {
      const list = [...PHRASES[key].zh, ...PHRASES[key].en];
      const phrases = new Phrases(list);
      const expected = reference(list);
      const next = random(PHRASE_KEYS.indexOf(key) + 1);
      for (let i = 0; i < 300; i++) {
        const value = sample(next, list);
        expect([key, value, spans(phrases, value)]).toEqual([key, value, expected(value)]);
      }
    }
  });

  it('prefers the longer phrase where two start at the same place, and takes the leftmost', () => {
    const phrases = new Phrases(['保存', '无限期保存', '期保']);
    expect(phrases.first('将被无限期保存')).toEqual({ index: 2, length: 5, phrase: '无限期保存' });
    expect(spans(phrases, '期保存 无限 期保存')).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });

  it('matches English phrases as whole words, across case, width and white space', () => {
    const phrases = new Phrases(['personal data', 'log']);
    expect(spans(phrases, 'PERSONAL\n  Data; logs; catalog; ｌｏｇ.')).toEqual([
      [0, 15],
      [32, 3],
    ]);
    expect(phrases.first('impersonal data')).toBeUndefined();
  });

  it('lets white space fall between Chinese characters, and reports the text as written', () => {
    const phrases = new Phrases(['个人 信息']);
    expect(phrases.first('收集您的个\u3000人\n信息')).toEqual({
      index: 4,
      length: 6,
      phrase: '个\u3000人\n信息',
    });
    expect(phrases.test('个人')).toBe(false);
  });

  it('finds nothing with an empty or blank list', () => {
    expect(new Phrases([]).all('任何文本')).toEqual([]);
    expect(new Phrases(['  ', '']).first('任何文本')).toBeUndefined();
  });
});
