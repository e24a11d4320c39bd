/**
 * ZIP packages built byte by byte for hostile tests: Office files whose parts inflate to
 * gigabytes (zip bombs), with honest or lying declared sizes. The deflate stream of a run of
 * spaces is written by hand, so a gigabyte costs a megabyte and a few milliseconds to build.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Stored deflated (method 8). */
  data?: Buffer | string;
  /** A ready deflate stream and what it claims to inflate to. */
  raw?: { compressed: Buffer; size: number; crc: number };
}

class BitWriter {
  private readonly bytes: Buffer;
  private at = 0;
  private bit = 0;
  constructor(capacity: number) {
    this.bytes = Buffer.alloc(capacity);
  }
  /** Writes `count` bits of `value`, least significant first. */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if ((value >> i) & 1) this.bytes[this.at]! |= 1 << this.bit;
      if (++this.bit === 8) {
        this.bit = 0;
        this.at++;
      }
    }
  }
  /** Writes a Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((value >> i) & 1, 1);
  }
  /** Zero bits (the buffer starts zeroed). */
  skip(count: number): void {
    const total = this.bit + count;
    this.at += Math.floor(total / 8);
    this.bit = total % 8;
  }
  done(): Buffer {
    return this.bytes.subarray(0, this.at + (this.bit > 0 ? 1 : 0));
  }
}

/**
 * A raw deflate stream that inflates to `1 + 258 * matches` spaces, at about 1,000 to 1: one
 * dynamic-Huffman block whose codes give the length-258 match and distance 1 one bit each.
 */
export function deflatedSpaces(matches: number): { compressed: Buffer; size: number } {
  const w = new BitWriter(64 + Math.ceil((matches * 2) / 8));
  w.bits(1, 1); // BFINAL
  w.bits(2, 2); // BTYPE 10: dynamic Huffman codes
  w.bits(286 - 257, 5); // HLIT
  w.bits(0, 5); // HDIST: one distance code
  w.bits(18 - 4, 4); // HCLEN: code-length codes up to symbol 1 in the standard order
  // Code-length code lengths in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1.
  for (const length of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2]) w.bits(length, 3);
  // Canonical code-length codes: 18 → 0, 1 → 10, 2 → 11.
  const zeros = (n: number) => {
    w.code(0, 1);
    w.bits(n - 11, 7);
  };
  zeros(32); // 0..31
  w.code(0b11, 2); // 32 (space): length 2
  zeros(138); // 33..170
  zeros(85); // 171..255
  w.code(0b11, 2); // 256 (end of block): length 2
  zeros(28); // 257..284
  w.code(0b10, 2); // 285 (length 258): length 1
  w.code(0b10, 2); // distance 0 (distance 1): length 1
  // Canonical literal/length codes: 285 → 0, 32 → 10, 256 → 11; distance 0 → 0.
  w.code(0b10, 2);
  w.skip(matches * 2);
  w.code(0b11, 2);
  return { compressed: w.done(), size: 1 + 258 * matches };
}

/** Roughly `mib` MiB of spaces as a deflate stream. */
export function bombPart(mib: number): { compressed: Buffer; size: number; crc: number } {
  const stream = deflatedSpaces(Math.ceil((mib * 1024 * 1024) / 258));
  return { ...stream, crc: 0 };
}

/** A ZIP package of the parts, every part deflated (method 8). */
export function zipPackage(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    let compressed: Buffer;
    let size: number;
    let crc: number;
    if (part.raw) ({ compressed, size, crc } = part.raw);
    else {
      const data =
        typeof part.data === 'string'
          ? Buffer.from(part.data, 'utf8')
          : (part.data ?? Buffer.alloc(0));
      compressed = deflateRawSync(data);
      size = data.length;
      crc = crc32(data);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(Math.min(size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(Math.min(size, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>';

/** An XLSX workbook with one sheet whose part is `sheet`, and any `more` parts. */
export function xlsxWith(sheet: ZipPart['raw'] | string, more: ZipPart[] = []): Buffer {
  return zipPackage([
    ...more,
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    {
      name: 'xl/workbook.xml',
      data: '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="词库" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    typeof sheet === 'string'
      ? { name: 'xl/worksheets/sheet1.xml', data: sheet }
      : { name: 'xl/worksheets/sheet1.xml', raw: sheet! },
  ]);
}

/** A DOCX package whose main part is `document`. */
export function docxWith(document: ZipPart['raw'] | string): Buffer {
  return zipPackage([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    {
      name: '_rels/.rels',
      data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    typeof document === 'string'
      ? { name: 'word/document.xml', data: document }
      : { name: 'word/document.xml', raw: document! },
  ]);
}
