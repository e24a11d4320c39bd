/**
 * DOCX: vetted as a ZIP first (see zip.ts), then converted by mammoth (loaded only when a DOCX
 * is read) to HTML, whose headings, numbered lists and paragraphs become blocks numbered by
 * paragraph.
 */
import type { Block, DocumentProblemCode } from './documents.js';
import { htmlBlocks } from './doc-html.js';
import { isOleContainer, zipEntries } from './zip.js';

/** Uncompressed bytes a package may declare before it is refused as a zip bomb. */
export const DOCX_EXPANDED_LIMIT = 256 * 1024 * 1024;

export type OfficeRead =
  { ok: true; blocks: Block[] } | { ok: false; code: DocumentProblemCode; detail?: string };

export function vetOfficePackage(bytes: Uint8Array, main: string): OfficeRead | undefined {
  if (isOleContainer(bytes)) return { ok: false, code: 'password-protected', detail: 'ole' };
  const listing = zipEntries(bytes);
  if (!listing.ok) return { ok: false, code: 'corrupt', detail: listing.reason };
  if (!listing.entries.some((entry) => entry.name === main)) {
    return { ok: false, code: 'corrupt', detail: `no ${main} in the package` };
  }
  const expanded = listing.entries.reduce((sum, entry) => sum + entry.size, 0);
  if (expanded > DOCX_EXPANDED_LIMIT) {
    return { ok: false, code: 'too-large', detail: `expands to ${expanded} bytes` };
  }
  return undefined;
}

export async function docxBlocks(bytes: Uint8Array): Promise<OfficeRead> {
  const refused = vetOfficePackage(bytes, 'word/document.xml');
  if (refused) return refused;
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    // Images are dropped: only text matters here, and inlining them would cost memory.
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    return {
      ok: false,
      code: 'corrupt',
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
    };
  }
  return { ok: true, blocks: htmlBlocks(html, 'paragraphs') };
}
