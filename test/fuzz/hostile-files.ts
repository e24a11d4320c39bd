/**
 * Hostile Office and PDF files built byte by byte: unclosed and repeated tags in SpreadsheetML
 * and WordprocessingML, ZIP directories whose entries share one stored part, and PDFs whose
 * pages share one huge content stream. Used by the scanner fuzz targets and the security tests.
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { docxWith, xlsxWith, zipPackage } from '../helpers/zip-bomb.js';

/** A worksheet whose one row holds `body` as its cells. */
export function sheetWithRow(body: string): string {
  return `<worksheet><sheetData><row r="1">${body}</row></sheetData></worksheet>`;
}

/** An XLSX workbook whose only sheet is `sheet`, with shared strings and styles when given. */
export function hostileXlsx(sheet: string, parts: { strings?: string; styles?: string } = {}) {
  return xlsxWith(sheet, [
    ...(parts.strings !== undefined ? [{ name: 'xl/sharedStrings.xml', data: parts.strings }] : []),
    ...(parts.styles !== undefined ? [{ name: 'xl/styles.xml', data: parts.styles }] : []),
  ]);
}

/** A DOCX whose body is `body`, with styles and numbering parts when given. */
export function hostileDocx(body: string, parts: { styles?: string; numbering?: string } = {}) {
  const document = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  if (parts.styles === undefined && parts.numbering === undefined) return docxWith(document);
  return zipPackage([
    { name: 'word/document.xml', data: document },
    ...(parts.styles !== undefined ? [{ name: 'word/styles.xml', data: parts.styles }] : []),
    ...(parts.numbering !== undefined
      ? [{ name: 'word/numbering.xml', data: parts.numbering }]
      : []),
  ]);
}

/** `count` repetitions of `piece`. */
export const run = (piece: string, count: number) => piece.repeat(Math.max(0, count));

/**
 * An XLSX workbook listing `copies` sheets whose ZIP entries all point at the one stored sheet
 * part: the central directory names it `copies` times at the same local header.
 */
export function overlappingXlsx(sheet: string, copies: number): Buffer {
  const sheets = Array.from(
    { length: copies },
    (_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  ).join('');
  const rels = Array.from(
    { length: copies },
    (_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const parts = [
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships>${rels}</Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const central = (name: Buffer, crc: number, compressed: number, size: number, at: number) => {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(compressed, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(at, 42);
    return Buffer.concat([header, name]);
  };
  let offset = 0;
  let entries = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = Buffer.from(part.data, 'utf8');
    const compressed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, compressed);
    if (part.name === 'xl/worksheets/sheet1.xml') {
      for (let i = 1; i <= copies; i++) {
        const alias = Buffer.from(`xl/worksheets/sheet${i}.xml`, 'utf8');
        centrals.push(central(alias, crc, compressed.length, data.length, offset));
        entries++;
      }
    } else {
      centrals.push(central(name, crc, compressed.length, data.length, offset));
      entries++;
    }
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A PDF of `pages` pages that all draw one content stream (`repeat` times each): a line of text,
 * then `padding` bytes of path operators (which compress about 1,000 to 1).
 */
export function sharedContentPdf(pages: number, padding: number, repeat = 1): Buffer {
  const head = Buffer.from('BT /F1 12 Tf 72 720 Td (shared) Tj ET\n', 'latin1');
  const filler = Buffer.alloc(Math.max(0, padding), '0 0 m\n', 'latin1');
  const content = deflateSync(Buffer.concat([head, filler]), { level: 9 });
  const contentId = pages + 3;
  const fontId = pages + 4;
  const objects: Buffer[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const contents = run(` ${contentId} 0 R`, repeat);
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, 'latin1'));
  for (let i = 0; i < pages; i++) {
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [${contents}] /Resources << /Font << /F1 ${fontId} 0 R >> >> >>`,
        'latin1',
      ),
    );
  }
  objects.push(
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      content,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', 'latin1'));
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
  ].join('\n');
  chunks.push(Buffer.from(`${xref}\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/**
 * A one-page PDF drawing a chain of `levels` forms, each drawing the next `fan` times: a file of
 * a few hundred bytes that makes pdf.js interpret `fan ** (levels - 1)` forms.
 */
export function nestedFormsPdf(levels: number, fan: number): Buffer {
  const fontId = levels + 5;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>`,
    '<< /Length 6 >>\nstream\n/X Do\n\nendstream',
  ];
  for (let level = 0; level < levels; level++) {
    const last = level === levels - 1;
    const body = last ? 'BT /F1 12 Tf (nested) Tj ET\n' : run('/X Do\n', fan);
    const resources = last
      ? `<< /Font << /F1 ${fontId} 0 R >> >>`
      : `<< /XObject << /X ${6 + level} 0 R >> >>`;
    objects.push(
      `<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources ${resources} /Length ${body.length} >>\nstream\n${body}\nendstream`,
    );
  }
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let out = '%PDF-1.4\n';
  objects.forEach((body, i) => {
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  return Buffer.from(`${out}trailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}
