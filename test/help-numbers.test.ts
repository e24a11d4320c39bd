/** Help texts quote thresholds from the profiles (src/data/profiles.ts), never as typed numbers. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../src/data/profiles.js';
import { PROJECT_ROOT } from './helpers/repo.js';

const RULES_DIR = path.join(PROJECT_ROOT, 'src/rules');

/** The threshold figures as a text could write them: 1000, 1,000, 50%. */
const FIGURES = new Set(
  Object.values(PROFILES).flatMap((profile) =>
    Object.values(profile.thresholds).flatMap(({ value }) => {
      if (value === null || value <= 1)
        return value === null ? [] : [`${Math.round(value * 100)}%`];
      return value < 10 ? [] : [String(value), value.toLocaleString('en-US')];
    }),
  ),
);

describe('help texts', () => {
  it('write no threshold of a profile as a literal number', () => {
    const literal: string[] = [];
    for (const group of readdirSync(RULES_DIR)) {
      if (group === 'support' || group.includes('.')) continue;
      for (const file of readdirSync(path.join(RULES_DIR, group))) {
        const source = readFileSync(path.join(RULES_DIR, group, file), 'utf8');
        const help = /\n {2}help: text\(([\s\S]*?)\n {2}\),/.exec(source)?.[1] ?? '';
        // Interpolated values are code, not text: drop them before looking for figures.
        const words = help.replace(/\$\{[^}]*\}/g, '');
        for (const figure of words.match(/\d[\d,]*%?/g) ?? []) {
          if (FIGURES.has(figure)) literal.push(`${group}/${file}: ${figure}`);
        }
      }
    }
    expect(FIGURES.size).toBeGreaterThan(10);
    expect(literal).toEqual([]);
  });
});
