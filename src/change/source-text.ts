/**
 * Text of changed source files in the encodings editors and shells really write: UTF-8 (NUL
 * bytes included: they do not make source binary), UTF-16 and UTF-32 LE/BE with or without
 * BOM (PowerShell's `>` writes UTF-16), GB18030. Git splits such files on 0x0A bytes, so their
 * added lines are decoded per file from the head blob instead.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { decodeText } from '../files/encoding.js';

export type SourceEncoding =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030';

const SAMPLE = 64 * 1024;

/** Whether an added line (as git split it) suggests the file is not plain UTF-8. */
export function unusualLine(bytes: Buffer, line: number, complete: boolean): boolean {
  if (bytes.includes(0)) return true;
  if (
    line === 1 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return true;
  }
  // A window of a long line may cut a character in two: only whole lines are checked.
  return complete && !isUtf8(bytes);
}

function utf32Order(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  const end = Math.min(bytes.length, SAMPLE) & ~3;
  if (end < 4) return undefined;
  const nul = [0, 0, 0, 0];
  for (let i = 0; i < end; i++) if (bytes[i] === 0) nul[i & 3]!++;
  const quads = end / 4;
  // ASCII and BMP characters leave the two high bytes of each code unit zero.
  if (nul[2]! === quads && nul[3]! === quads && nul[0]! < quads) return 'utf-32le';
  if (nul[0]! === quads && nul[1]! === quads && nul[3]! < quads) return 'utf-32be';
  return undefined;
}

function decodeUtf32(bytes: Uint8Array, order: 'utf-32le' | 'utf-32be'): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = order === 'utf-32le';
  const parts: string[] = [];
  let codes: number[] = [];
  let start = 0;
  const first = view.byteLength >= 4 ? view.getUint32(0, little) : 0;
  if (first === 0xfeff) start = 4;
  for (let i = start; i + 4 <= view.byteLength; i += 4) {
    const code = view.getUint32(i, little);
    codes.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
    if (codes.length === 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCodePoint(...codes));
  return parts.join('');
}

/**
 * The text of a source file and its encoding; plain UTF-8 (even with NUL bytes or a few
 * invalid sequences) is returned as 'utf-8', since the diff already showed its lines as they are.
 */
export function decodeSource(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  const order = utf32Order(bytes);
  if (order) return { text: decodeUtf32(bytes, order), encoding: order };
  const decoded = decodeText(bytes);
  if (
    decoded &&
    (decoded.encoding === 'utf-16le' ||
      decoded.encoding === 'utf-16be' ||
      decoded.encoding === 'gb18030')
  ) {
    return { text: decoded.text, encoding: decoded.encoding };
  }
  if (!decoded && !isUtf8(bytes)) {
    // UTF-16 with a few NULs out of place (a NUL character in the text) still decodes.
    const evenNul = countNul(bytes, 0);
    const oddNul = countNul(bytes, 1);
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
    if (oddNul > evenNul * 4 && oddNul > 0)
      return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
    if (evenNul > oddNul * 4 && evenNul > 0)
      return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  return {
    text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    encoding: 'utf-8',
  };
}

function countNul(bytes: Uint8Array, parity: number): number {
  let count = 0;
  const end = Math.min(bytes.length, SAMPLE);
  for (let i = parity; i < end; i += 2) if (bytes[i] === 0) count++;
  return count;
}
