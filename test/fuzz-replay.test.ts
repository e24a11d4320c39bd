/**
 * Replays every regression fixture in test/fixtures/fuzz/: the shrunk cases earlier fuzz runs
 * failed on (written there by test/fuzz/harness.ts), each checked with the same property.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, FIXTURES, type FixtureFile } from './fuzz/harness.js';
import { TARGETS } from './fuzz/targets.js';

const files = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('fuzz regression fixtures', () => {
  it('there are fixtures, each for a known target', () => {
    expect(files.length).toBeGreaterThan(0);
    const names = new Set(TARGETS.map((t) => t.name));
    for (const file of files) {
      const fixture = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as FixtureFile;
      expect(names, file).toContain(fixture.target);
    }
  });

  it.each(files)('%s', async (file) => {
    const fixture = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as FixtureFile;
    await checkCase(fixture.case);
  });
});
