/**
 * The floor, as a property: whatever shape an empty, unreadable or unrecognised lexicon and test
 * set take, the gate does not pass, and the lexicon and test-set rules each say why with an error.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from './helpers/run.js';
import { editManifest, exampleRepo, readManifest, writeFile } from './helpers/repo.js';

/** A file as generated: its extension and bytes; `undefined` bytes leave the file absent. */
interface Shape {
  ext: string;
  bytes?: string | Uint8Array;
}

/** Field names no lexicon or test set column is called by. */
const unknownKey = fc.constantFrom('input_text', 'x', 'body', 'label', '字段', 'tag', 'meta', '');
const unknownRecord = fc.dictionary(unknownKey, fc.oneof(fc.string(), fc.integer()), {
  maxKeys: 3,
});
const json = (value: unknown) => JSON.stringify(value);

const shapes: fc.Arbitrary<Shape> = fc.oneof(
  // Empty or blank.
  fc
    .record({ ext: fc.constantFrom('json', 'csv', 'txt', 'yaml', 'jsonl', 'xlsx', 'tsv') })
    .chain(({ ext }) =>
      fc.constantFrom('', ' ', '\n\n', '\t \r\n').map((bytes) => ({ ext, bytes })),
    ),
  // Binary noise, a damaged workbook, an unknown extension.
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((bytes) => ({ ext: 'csv', bytes: Uint8Array.from([0, 0, 255, ...bytes]) })),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => ({
    ext: 'xlsx',
    bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]),
  })),
  fc.string().map((bytes) => ({ ext: 'dat', bytes: `${bytes}x` })),
  // Absent.
  fc.constantFrom('json', 'csv', 'xlsx').map((ext) => ({ ext })),
  // Any JSON value, as JSON and as YAML (JSON is YAML).
  fc
    .tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('json', 'yaml'))
    .map(([value, ext]) => ({ ext, bytes: json(value) })),
  // Records whose fields are named like nothing we read, flat, category-keyed or nested.
  fc
    .tuple(fc.array(unknownRecord, { maxLength: 5 }), fc.constantFrom('flat', 'keyed', 'nested'))
    .map(([records, how]) => ({
      ext: 'json',
      bytes: json(
        how === 'flat'
          ? records
          : how === 'keyed'
            ? { 色情: records }
            : { 违法违规: { 色情: records } },
      ),
    })),
  fc
    .array(unknownRecord, { maxLength: 5 })
    .map((records) => ({ ext: 'jsonl', bytes: records.map(json).join('\n') })),
  // A table whose header names no column of ours.
  fc
    .array(fc.array(fc.stringMatching(/^[a-z一-龥 ]{0,6}$/), { minLength: 1, maxLength: 4 }), {
      maxLength: 6,
    })
    .map((rows) => ({
      ext: 'csv',
      bytes: ['编号,备注,分数', ...rows.map((row) => row.join(','))].join('\n'),
    })),
);

describe('the evidence floor', () => {
  it('never passes on an empty, unreadable or unrecognised lexicon and test set', async () => {
    const root = exampleRepo();
    const original = readManifest(root);
    editManifest(
      root,
      'path: compliance/content-safety/附件4-拦截关键词列表.xlsx',
      'path: evidence/lexicon.LEXICON_EXT',
    );
    editManifest(
      root,
      'path: compliance/content-safety/附件5-评估测试题.xlsx',
      'path: evidence/testset.TESTSET_EXT',
    );
    const template = readManifest(root);
    expect(template).not.toBe(original);
    const today = '2026-12-01';

    await fc.assert(
      fc.asyncProperty(shapes, shapes, async (lexicon, testSet) => {
        rmSync(path.join(root, 'evidence'), { recursive: true, force: true });
        if (lexicon.bytes !== undefined)
          writeFile(root, `evidence/lexicon.${lexicon.ext}`, lexicon.bytes);
        if (testSet.bytes !== undefined)
          writeFile(root, `evidence/testset.${testSet.ext}`, testSet.bytes);
        writeFileSync(
          path.join(root, 'compliance.yml'),
          template.replace('LEXICON_EXT', lexicon.ext).replace('TESTSET_EXT', testSet.ext),
        );
        const report = await check(root, { today });
        const errors = report.findings.filter((f) => f.severity === 'error');
        expect(report.passed).toBe(false);
        expect(errors.some((f) => f.ruleId.startsWith('lexicon/'))).toBe(true);
        expect(errors.some((f) => f.ruleId.startsWith('testset/'))).toBe(true);
      }),
      { numRuns: 1000, seed: 160_016 },
    );
  }, 240_000);
});
