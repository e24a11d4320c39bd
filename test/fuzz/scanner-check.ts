/**
 * The property of the scanner targets: each evidence reader, given a hostile file, returns
 * (rows, blocks, or the problem it reports) within the case bound; an exception other than the
 * reader's own refusal, or a case past the bound, is an escape.
 */
import { docxBlocks } from '../../src/evidence/doc-docx.js';
import { HtmlTooCostlyError, htmlBlocks } from '../../src/evidence/doc-html.js';
import { pdfBlocks } from '../../src/evidence/doc-pdf.js';
import { XlsxError, xlsxRows } from '../../src/evidence/xlsx.js';
import { caseBoundMs, unb64, type DiffCase, type Materialised } from './harness.js';

/** A scanner case taking longer than this counts as hung (2 s in the `npm run fuzz` campaign). */
export const SCANNER_CASE_MS = caseBoundMs(2_000);

async function readWith(file: string, bytes: Buffer): Promise<void> {
  if (file.endsWith('.xlsx')) {
    try {
      for (const row of xlsxRows(bytes)) if (!Array.isArray(row.cells)) throw new Error('no cells');
    } catch (error) {
      if (!(error instanceof XlsxError)) throw error;
    }
  } else if (file.endsWith('.docx')) {
    const read = await docxBlocks(bytes);
    if (read.ok && !Array.isArray(read.blocks)) throw new Error('no blocks');
  } else if (file.endsWith('.pdf')) {
    const read = await pdfBlocks(bytes);
    if (read.ok && !Array.isArray(read.value.blocks)) throw new Error('no blocks');
  } else if (file.endsWith('.html')) {
    try {
      htmlBlocks(bytes.toString('utf8'), 'lines');
    } catch (error) {
      if (!(error instanceof HtmlTooCostlyError)) throw error;
    }
  }
}

/** Reads every file of the case with its reader, each within SCANNER_CASE_MS. */
export async function checkScanners(m: Materialised | DiffCase): Promise<void> {
  for (const [file, content] of Object.entries((m as Materialised).files ?? {})) {
    const started = Date.now();
    await readWith(file, unb64(content));
    const elapsed = Date.now() - started;
    if (elapsed > SCANNER_CASE_MS) throw new Error(`hung: ${file} took ${elapsed} ms`);
  }
}
