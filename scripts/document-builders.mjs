// Builds real DOCX, PDF and XLSX documents from a small outline, for the examples
// (scripts/generate-documents.mjs) and for the tests' fixtures. An outline is
// `{ title, blocks: [{ h: text } | { p: text } | { ol: [text...] } | { ul: [text...] } | { page: true }] }`.
//
// PDF: Chinese text uses the font every PDF viewer knows without embedding it: STSong-Light with the
// predefined CMap UniGB-UCS2-H (Adobe-GB1), the way iText's Asian font pack writes Chinese. No font
// file is needed, so the output is the same on any machine with `npm ci`; viewers substitute their
// own Song typeface, and text extraction needs pdf.js's bundled CMaps (shipped in pdfjs-dist).
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** A Word document: headings as Heading 1-3, numbered lists as real Word numbering. */
export async function toDocx(outline) {
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(outline.title)] }),
  ];
  let list = 0;
  for (const block of outline.blocks) {
    if (block.h !== undefined) {
      children.push(
        new Paragraph({
          heading: HEADINGS[(block.level ?? 1) - 1],
          children: [new TextRun(block.h)],
        }),
      );
    } else if (block.p !== undefined) {
      children.push(new Paragraph({ children: [new TextRun(block.p)] }));
    } else if (block.ol || block.ul) {
      const instance = list++;
      for (const item of block.ol ?? block.ul) {
        children.push(
          new Paragraph({
            children: [new TextRun(item)],
            numbering: { reference: block.ol ? 'steps' : 'bullets', level: 0, instance },
          }),
        );
      }
    }
  }
  const doc = new Document({
    creator: outline.author ?? 'genai-compliance-gate examples',
    title: outline.title,
    styles: { default: { document: { run: { font: 'SimSun', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'bullets',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };

function ucs2Hex(text) {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0);
    // UCS-2 only: characters outside the BMP do not occur in these documents.
    hex += (code > 0xffff ? 0x3013 : code).toString(16).padStart(4, '0');
  }
  return hex;
}

/** Width of a character in em: CJK and full-width 1, everything else half (see W below). */
function advance(ch) {
  return ch.charCodeAt(0) < 0x7f ? 0.5 : 1;
}

function wrap(text, size, width) {
  const lines = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = advance(ch) * size;
    if (used + w > width && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function songFont(ctx) {
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor',
      FontName: 'STSong-Light',
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 880,
      StemV: 93,
    }),
  );
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: 'STSong-Light',
      CIDSystemInfo: {
        Registry: PDFString.of('Adobe'),
        Ordering: PDFString.of('GB1'),
        Supplement: 4,
      },
      FontDescriptor: descriptor,
      DW: 1000,
      // CIDs 1-95 are the Latin characters U+0020-U+007E in Adobe-GB1: half an em each here.
      W: [1, 95, 500],
    }),
  );
  return ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'STSong-Light-UniGB-UCS2-H',
      Encoding: 'UniGB-UCS2-H',
      DescendantFonts: [cidFont],
    }),
  );
}

/** Lines of a page, each `{ text, size, indent }`, laid out top to bottom. */
function layout(outline) {
  const pages = [[]];
  let y = PAGE.height - PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const put = (text, size, indent = 0, gap = 0.5) => {
    for (const line of wrap(text, size, width - indent)) {
      if (y - size < PAGE.margin) {
        pages.push([]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size * 1.5;
      pages[pages.length - 1].push({ text: line, size, x: PAGE.margin + indent, y });
    }
    y -= size * gap;
  };
  put(outline.title, 18, 0, 1);
  for (const block of outline.blocks) {
    if (block.page) {
      pages.push([]);
      y = PAGE.height - PAGE.margin;
    } else if (block.h !== undefined) put(block.h, 14, 0, 0.6);
    else if (block.p !== undefined) put(block.p, 11);
    else if (block.ol) block.ol.forEach((item, i) => put(`${i + 1}. ${item}`, 11, 11, 0.2));
    else if (block.ul) block.ul.forEach((item) => put(`• ${item}`, 11, 11, 0.2));
  }
  return pages;
}

/** The same outline as Markdown: a title, `##` headings, paragraphs and lists. */
export function toMarkdown(outline) {
  const lines = [`# ${outline.title}`, ''];
  for (const block of outline.blocks) {
    if (block.h !== undefined) lines.push(`${'#'.repeat((block.level ?? 1) + 1)} ${block.h}`, '');
    else if (block.p !== undefined) lines.push(block.p, '');
    else if (block.ol) lines.push(...block.ol.map((item, i) => `${i + 1}. ${item}`), '');
    else if (block.ul) lines.push(...block.ul.map((item) => `- ${item}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A PDF with a text layer (see the note at the top of this file). */
export async function toPdf(outline) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(outline.title);
  doc.setCreator('genai-compliance-gate scripts/document-builders.mjs');
  doc.setProducer('pdf-lib');
  const ctx = doc.context;
  const font = songFont(ctx);
  for (const lines of layout(outline)) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    page.node.setFontDictionary(PDFName.of('F1'), font);
    const ops = lines
      .map(
        (l) =>
          `BT /F1 ${l.size} Tf ${l.x.toFixed(2)} ${l.y.toFixed(2)} Td <${ucs2Hex(l.text)}> Tj ET`,
      )
      .join('\n');
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(ops)));
  }
  return doc.save({ useObjectStreams: false });
}

function crc32(bytes) {
  let c;
  let crc = 0xffffffff;
  for (const b of bytes) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A grey PNG with darker stripes standing in for scanned lines of text. */
export function scanPng(width = 200, height = 280) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const ink = y % 14 < 4 && x > 16 && x < width - 16 && (x * 7 + y) % 23 > 3;
      raw[y * (width + 1) + 1 + x] = ink ? 60 : 235;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A scanned document: every page is an image, with no text layer. */
export async function scannedPdf(pages = 1) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const image = await doc.embedPng(scanPng());
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    page.drawImage(image, { x: 40, y: 40, width: PAGE.width - 80, height: PAGE.height - 80 });
  }
  return doc.save({ useObjectStreams: false });
}

function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

const PASSWORD_PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function padded(password) {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
}

const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();

/**
 * A PDF encrypted with the standard security handler (revision 2, RC4 40-bit) and a user password:
 * no reader opens it without the password. Its one line of text reads `text` once opened.
 */
export async function encryptedPdf(
  text = 'Privacy policy (confidential draft)',
  password = 'secret',
) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const id = createHash('md5').update(text).digest();
  const owner = rc4(md5(padded(`${password}-owner`)).subarray(0, 5), padded(password));
  const permissions = -44;
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(password), owner, p, id).subarray(0, 5);
  const user = rc4(key, PASSWORD_PAD);
  const font = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.node.setFontDictionary(PDFName.of('F1'), font);
  const ref = ctx.nextRef();
  const objectKey = md5(
    key,
    Buffer.from([
      ref.objectNumber & 0xff,
      (ref.objectNumber >> 8) & 0xff,
      (ref.objectNumber >> 16) & 0xff,
      0,
      0,
    ]),
  ).subarray(0, 10);
  const plain = Buffer.from(`BT /F1 14 Tf 56 780 Td (${text}) Tj ET`, 'latin1');
  ctx.assign(ref, ctx.stream(rc4(objectKey, plain)));
  page.node.set(PDFName.of('Contents'), ref);
  const encrypt = ctx.register(
    ctx.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      O: PDFHexString.of(Buffer.from(owner).toString('hex')),
      U: PDFHexString.of(Buffer.from(user).toString('hex')),
      P: PDFNumber.of(permissions),
    }),
  );
  ctx.trailerInfo.Encrypt = encrypt;
  const hexId = PDFHexString.of(id.toString('hex'));
  ctx.trailerInfo.ID = ctx.obj([hexId, hexId]);
  return doc.save({ useObjectStreams: false });
}

/** A two-column form workbook (项目 / 内容), as contact forms are often kept. */
export async function toXlsx(title, rows) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'genai-compliance-gate examples';
  workbook.created = new Date('2026-11-01T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(title);
  sheet.columns = [{ width: 18 }, { width: 60 }];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow(['项目', '内容']).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
