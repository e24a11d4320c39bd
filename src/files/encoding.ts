/**
 * Encoding detection for the documents Chinese teams actually commit: UTF-8 (with or without
 * BOM), UTF-16 LE/BE (Windows "Unicode" exports, usually with BOM), and GB18030/GBK (Excel's
 * "CSV" and Notepad's "ANSI" on Chinese Windows). Decoding uses the platform's WHATWG
 * decoders; detection is by BOM, then by NUL-byte layout, then by strict UTF-8 validity.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const SAMPLE = 64 * 1024;

function nulLayout(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd };
}

function decode(encoding: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Returns undefined for content that is binary rather than text. */
export function decodeText(bytes: Uint8Array): Decoded | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decode('utf-8', bytes, false);
    return text === undefined || text.includes('\0') ? undefined : { text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decode('utf-16le', bytes, false);
    return text === undefined || text.includes('\0') ? undefined : { text, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decode('utf-16be', bytes, false);
    return text === undefined || text.includes('\0') ? undefined : { text, encoding: 'utf-16be' };
  }
  const { even, odd } = nulLayout(bytes);
  const sampled = Math.min(bytes.length, SAMPLE);
  if (even + odd > 0) {
    // UTF-16 without BOM: ASCII-range characters leave NULs on one side only.
    const half = sampled / 2;
    if (odd > half * 0.2 && even === 0) return utf16(bytes, 'utf-16le');
    if (even > half * 0.2 && odd === 0) return utf16(bytes, 'utf-16be');
    return undefined;
  }
  const utf8 = decode('utf-8', bytes, true);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = decode('gb18030', bytes, true);
  if (gb !== undefined && !looksBinary(gb)) return { text: gb, encoding: 'gb18030' };
  return undefined;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded | undefined {
  const text = decode(encoding, bytes, true);
  return text === undefined || text.includes('\0') ? undefined : { text, encoding };
}

/** Control characters other than tab, CR, LF and form feed mark binary content. */
function looksBinary(text: string): boolean {
  let control = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > end * 0.01;
}
