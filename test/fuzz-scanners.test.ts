/**
 * Fuzzing the XLSX, DOCX, PDF and HTML readers with hostile structures (see test/fuzz/).
 * GCG_FUZZ_RUNS sets the cases per target.
 */
import { describe, it } from 'vitest';
import { fuzz, type FuzzTarget } from './fuzz/harness.js';
import { checkScanners } from './fuzz/scanner-check.js';
import {
  docxScannerTarget,
  htmlScannerTarget,
  pdfScannerTarget,
  xlsxScannerTarget,
} from './fuzz/targets.js';

describe('fuzz: evidence readers on hostile markup', () => {
  for (const target of [
    xlsxScannerTarget,
    docxScannerTarget,
    pdfScannerTarget,
    htmlScannerTarget,
  ] as FuzzTarget<unknown>[]) {
    it(`${target.name}: every case is read or refused within the bound`, async () => {
      await fuzz(target, checkScanners);
    }, 3_600_000);
  }
});
