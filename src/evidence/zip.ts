/**
 * Just enough of the ZIP format for Office files (XLSX, DOCX): the central directory, and one
 * entry at a time inflated by the platform's zlib with an output cap (zip bombs stop at the cap)
 * and a CRC-32 check (damage is an error, never zero-filled text).
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  /** Declared inflated size; Infinity for ZIP64 entries, which Office files this size never need. */
  size: number;
  localOffset: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

/**
 * Deflate reaches about 1,000 to 1 on a run of one byte (a zip bomb); Office parts stay well under
 * 100 to 1, even sheets of identical inline strings. Parts above the floor that claim more are
 * refused before anything is inflated.
 */
export const ZIP_RATIO_LIMIT = 200;
export const ZIP_RATIO_FLOOR = 16 * 1024 * 1024;

/** Output buffer of one inflate step: the declared size, so a part inflates in one step, within a cap. */
const INFLATE_CHUNK_LIMIT = 8 * 1024 * 1024;
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function zipEntries(bytes: Uint8Array): ZipListing {
  if (bytes.length < 22) return { ok: false, reason: 'too short to be a ZIP package' };
  const data = view(bytes);
  let end = -1;
  for (let i = bytes.length - 22, stop = Math.max(0, bytes.length - 22 - 0xffff); i >= stop; i--) {
    if (data.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end === -1) return { ok: false, reason: 'no ZIP end-of-directory record' };
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL) {
      return { ok: false, reason: 'damaged ZIP central directory' };
    }
    const nameLength = data.getUint16(at + 28, true);
    if (at + 46 + nameLength > bytes.length)
      return { ok: false, reason: 'damaged ZIP central directory' };
    const size = data.getUint32(at + 24, true);
    const compressedSize = data.getUint32(at + 20, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      crc: data.getUint32(at + 16, true),
      compressedSize: compressedSize === 0xffffffff ? Infinity : compressedSize,
      size: size === 0xffffffff ? Infinity : size,
      localOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  const overlap = overlappingEntries(bytes, entries);
  if (overlap !== undefined) return { ok: false, reason: overlap };
  return { ok: true, entries };
}

/**
 * Entries of a ZIP file occupy disjoint byte ranges: a local header, then the stored data. Entries
 * that share bytes (one compressed part listed under many names, or many times) would make a
 * small file inflate the same data again and again, so such a package is refused.
 */
function overlappingEntries(bytes: Uint8Array, entries: ZipEntry[]): string | undefined {
  const data = view(bytes);
  const ranges = entries.map((entry) => {
    const at = entry.localOffset;
    let end = at + 30;
    if (at + 30 <= bytes.length && data.getUint32(at, true) === LOCAL) {
      end += data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
      if (Number.isFinite(entry.compressedSize)) end += entry.compressedSize;
    }
    return { name: entry.name, start: at, end };
  });
  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1]!;
    const range = ranges[i]!;
    if (range.start < previous.end)
      return `ZIP entries ${previous.name} and ${range.name} share their bytes; not read`;
  }
  return undefined;
}

/** The inflated bytes of one entry, or a reason it cannot be read. */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
): { ok: true; data: Uint8Array } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false, reason: `${entry.name}: ${reason}` }) as const;
  if (!Number.isFinite(entry.size) || !Number.isFinite(entry.compressedSize))
    return fail('ZIP64 entry');
  if (entry.size > ZIP_RATIO_FLOOR && entry.size > entry.compressedSize * ZIP_RATIO_LIMIT) {
    const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
    return fail(`inflates ${ratio} times its compressed size (a zip bomb); not read`);
  }
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL)
    return fail('damaged local header');
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const stored = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) return fail('truncated');
  let out: Uint8Array;
  if (entry.method === 0) {
    out = stored;
  } else if (entry.method === 8) {
    try {
      out = inflateRawSync(stored, {
        maxOutputLength: Math.max(1, entry.size),
        chunkSize: Math.min(Math.max(entry.size, 64), INFLATE_CHUNK_LIMIT),
      });
    } catch (error) {
      return fail(
        (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
          ? 'inflates past its declared size'
          : 'damaged data',
      );
    }
  } else {
    return fail(`compression method ${entry.method}`);
  }
  if (out.length !== entry.size || crc32(out) !== entry.crc)
    return fail('damaged data (CRC mismatch)');
  return { ok: true, data: out };
}

/** The OLE compound-file signature: legacy .doc/.xls, or an Office file encrypted with a password. */
export function isOleContainer(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && signature.every((byte, i) => bytes[i] === byte);
}
