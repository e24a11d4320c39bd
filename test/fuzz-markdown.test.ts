/**
 * Fuzzing hostile Markdown (see test/fuzz/): padded headings, deep emphasis, long tables and
 * unclosed links must each be read into blocks within a fixed bound, with sane line numbers.
 * GCG_FUZZ_RUNS sets the cases.
 */
import { describe, it } from 'vitest';
import { markdownBlocks } from '../src/evidence/doc-markdown.js';
import {
  caseBoundMs,
  fuzz,
  isDiffCase,
  unb64,
  type DiffCase,
  type Materialised,
} from './fuzz/harness.js';
import { markdownTarget } from './fuzz/targets.js';

/** Time one case may take: far above what a linear scan of ~1 MB needs, far below a stall. */
const CASE_MS = caseBoundMs(2_000);

async function checkMarkdown(m: Materialised | DiffCase): Promise<void> {
  if (isDiffCase(m)) throw new Error('not a Markdown case');
  const source = unb64(m.files!['docs/fuzz-policy.md']!).toString('utf8');
  const lines = source.split('\n').length;
  const started = performance.now();
  const blocks = markdownBlocks(source);
  const elapsed = performance.now() - started;
  if (elapsed > CASE_MS)
    throw new Error(`slow: ${Math.round(elapsed)} ms for ${source.length} chars`);
  for (const block of blocks) {
    const line = block.line ?? 0;
    if (!Number.isInteger(line) || line < 1 || line > lines) throw new Error(`bad line ${line}`);
    if (typeof block.text !== 'string') throw new Error('block without text');
  }
}

describe('fuzz: hostile Markdown', () => {
  it(`${markdownTarget.name}: every case is read in bounded time`, async () => {
    await fuzz(markdownTarget, checkMarkdown);
  }, 3_600_000);
});
