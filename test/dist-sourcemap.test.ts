/** dist/ ships source maps that point back into src/, right to the line, escapes and all. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/repo.js';

const DIST = path.join(PROJECT_ROOT, 'dist');

function distFiles(ending: string): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => path.join(DIST, f));
}

describe('dist/ source maps', () => {
  it('every linked map exists, names its file and points at sources that exist', () => {
    const bundles = distFiles('.js');
    const linked = bundles.filter((file) => /sourceMappingURL=/.test(readFileSync(file, 'utf8')));
    expect(linked.length).toBeGreaterThan(10);
    for (const file of linked) {
      const url = /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'))![1]!;
      expect(url).toBe(`${path.basename(file)}.map`);
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
      expect(map.file).toBe(path.basename(file));
      const ours = (map.sources as string[]).filter((s) => !s.includes('node_modules'));
      expect(ours.length).toBeGreaterThan(0);
      for (const source of ours) {
        expect(existsSync(path.resolve(path.dirname(file), source)), source).toBe(true);
      }
    }
  });

  it('maps each string literal of the bundle to the very place it stands in src/', () => {
    let checked = 0;
    let afterEscapes = 0;
    const wrong: string[] = [];
    for (const file of distFiles('.js').filter((f) => existsSync(`${f}.map`))) {
      const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, row) => {
          for (const match of text.matchAll(/"([A-Za-z][\w ,.()-]{24,})"/g)) {
            const entry = map.findEntry(row, match.index) as {
              originalSource?: string;
              originalLine?: number;
              originalColumn?: number;
            };
            const source = entry.originalSource
              ? path.resolve(path.dirname(file), entry.originalSource)
              : '';
            if (!source.startsWith(path.join(PROJECT_ROOT, 'src/')) || !source.endsWith('.ts')) {
              continue;
            }
            checked++;
            // Each \\u escape the build wrote before the literal moved it right by five columns.
            if ((text.slice(0, match.index).match(/\\u[0-9A-F]{4}/g) ?? []).length >= 20) {
              afterEscapes++;
            }
            const line = readFileSync(source, 'utf8').split('\n')[entry.originalLine!] ?? '';
            const at = line.slice(entry.originalColumn);
            if (!["'", '"', '`'].some((quote) => at.startsWith(quote + match[1]))) {
              wrong.push(
                `${match[1]} -> ${path.relative(PROJECT_ROOT, source)}:${entry.originalLine! + 1}`,
              );
            }
          }
        });
    }
    expect(checked).toBeGreaterThan(100);
    expect(afterEscapes).toBeGreaterThan(50);
    expect(wrong.length, wrong.slice(0, 5).join('\n')).toBeLessThanOrEqual(checked * 0.03);
  });
});
