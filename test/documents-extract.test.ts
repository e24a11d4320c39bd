import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encryptedPdf, scannedPdf, toDocx, toPdf, toXlsx } from '../scripts/document-builders.mjs';
import { DELETION_STEPS, XIAOZHI, privacyOutline } from '../scripts/example-documents.mjs';
import { readDocument } from '../src/evidence/documents.js';
import type { DocumentResult, DocumentText } from '../src/evidence/document.js';
import { sourceBlocks, stripComments } from '../src/evidence/doc-text.js';
import { tempDir, writeFile } from './helpers/repo.js';
import { toMarkdown } from './helpers/documents.js';

function ok(result: DocumentResult): DocumentText {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problem)}`);
  return result.value;
}

function problem(result: DocumentResult) {
  if (result.ok) throw new Error('read, but a problem was expected');
  return result.problem;
}

const outline = privacyOutline(XIAOZHI);

describe('text formats keep lines', () => {
  it('HTML: visible text only, with the line each block starts on', async () => {
    const root = tempDir();
    writeFile(
      root,
      'p.html',
      [
        '<html><head><title>不可见标题</title><style>p { color: red }</style></head>',
        '<body>',
        '<h1>隐私政策</h1>',
        '<script>var secret = "保存期限为99个月";</script>',
        '<p>第一段',
        '  跨行 &amp; 实体</p>',
        '<div hidden>隐藏的文字</div>',
        '<p style="display:none">也隐藏</p>',
        '<ol><li>第一步</li><li>第二步</li></ol>',
        '</body></html>',
      ].join('\n'),
    );
    const doc = ok(await readDocument(root, 'p.html'));
    expect(doc.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', '隐私政策', 3],
      ['text', '第一段 跨行 & 实体', 5],
      ['item', '第一步', 9],
      ['item', '第二步', 9],
    ]);
    expect(doc.blocks[1]!.marks).toEqual([[4, 6]]);
    expect(doc.blocks[3]).toMatchObject({ ordered: true, ordinal: 2 });
  });

  it('HTML in GB18030 is decoded', async () => {
    const root = tempDir();
    writeFile(root, 'gbk.html', iconv.encode('<p>保存期限为6个月</p>\n<p>第二行</p>', 'gb18030'));
    const doc = ok(await readDocument(root, 'gbk.html'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['保存期限为6个月', '第二行']);
  });

  it('Markdown: headings, numbered lists and lines', async () => {
    const root = tempDir();
    writeFile(root, 'p.md', toMarkdown(outline));
    const doc = ok(await readDocument(root, 'p.md'));
    const steps = doc.blocks.filter((b) => b.kind === 'item');
    expect(steps.map((b) => b.text)).toEqual(DELETION_STEPS);
    expect(steps.map((b) => b.ordinal)).toEqual([1, 2, 3]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1, line: 1 });
  });

  it('plain text: numbered lines become list items, section numbers do not', async () => {
    const root = tempDir();
    writeFile(
      root,
      'p.txt',
      '三、删除您的信息\n1. 进入设置\n2、点击隐私\n（3）删除\n一、收集\n2026年1月1日起生效\n',
    );
    const doc = ok(await readDocument(root, 'p.txt'));
    expect(doc.blocks.map((b) => [b.kind, b.ordinal])).toEqual([
      ['text', undefined],
      ['item', 1],
      ['item', 2],
      ['item', 3],
      ['text', undefined],
      ['text', undefined],
    ]);
  });

  it('page sources: comments are not text, line numbers survive', () => {
    const source =
      'a\n/* 上线编号 X-1\n还是注释 */ b\n// 行注释\n{/* jsx */}<p>c</p>\n<!--\n-->d\n';
    expect(stripComments(source).split('\n')).toHaveLength(source.split('\n').length);
    expect(sourceBlocks(source).map((b) => [b.text, b.line])).toEqual([
      ['a', 1],
      ['b', 3],
      ['{ }<p>c</p>', 5],
      ['d', 7],
    ]);
  });
});

describe('binary formats keep paragraphs, pages and rows', () => {
  it('DOCX: paragraphs numbered, Word numbering read as an ordered list', async () => {
    const root = tempDir();
    writeFile(root, 'p.docx', await toDocx(outline));
    const doc = ok(await readDocument(root, 'p.docx'));
    expect(doc.blocks[0]).toMatchObject({ text: outline.title, paragraph: 1 });
    const steps = doc.blocks.filter((b) => b.kind === 'item');
    expect(steps.map((b) => [b.text, b.ordinal, b.ordered])).toEqual(
      DELETION_STEPS.map((s, i) => [s, i + 1, true]),
    );
    const retention = doc.blocks.find((b) => b.text.includes('保存期限'))!;
    expect(retention.paragraph).toBe(doc.blocks.indexOf(retention) + 1);
    expect(retention.line).toBeUndefined();
  });

  it('PDF: Chinese text from the text layer, with page numbers, wrapped lines joined', async () => {
    const root = tempDir();
    const long = `${'很长的一段说明文字'.repeat(8)}保存期限为24个月。`;
    writeFile(
      root,
      'p.pdf',
      await toPdf({
        title: '隐私政策',
        blocks: [{ p: '第一页' }, { page: true }, { p: long }, { ol: ['甲', '乙'] }],
      }),
    );
    const doc = ok(await readDocument(root, 'p.pdf'));
    expect(doc.pageCount).toBe(2);
    expect(doc.blocks.map((b) => [b.page, b.text])).toEqual([
      [1, '隐私政策'],
      [1, '第一页'],
      [2, long],
      [2, '1. 甲'],
      [2, '2. 乙'],
    ]);
    expect(doc.blocks[3]).toMatchObject({ kind: 'item', ordinal: 1 });
    expect(doc.textlessPages).toBeUndefined();
  });

  it('XLSX forms: one block per row, with sheet and row', async () => {
    const root = tempDir();
    writeFile(root, 'f.xlsx', await toXlsx('联系人信息表', [['单位名称', XIAOZHI.entity]]));
    const doc = ok(await readDocument(root, 'f.xlsx'));
    expect(doc.blocks.at(-1)).toMatchObject({
      text: `单位名称 | ${XIAOZHI.entity}`,
      sheet: '联系人信息表',
      row: 3,
    });
  });
});

describe('documents that cannot be read give a problem, never an exception', () => {
  it('a scanned PDF is read as pages without text', async () => {
    const root = tempDir();
    writeFile(root, 'scan.pdf', await scannedPdf(2));
    const doc = ok(await readDocument(root, 'scan.pdf'));
    expect(doc.blocks).toEqual([]);
    expect(doc.textlessPages).toEqual([1, 2]);
  });

  it('a password-protected PDF', async () => {
    const root = tempDir();
    writeFile(root, 'locked.pdf', await encryptedPdf());
    expect(problem(await readDocument(root, 'locked.pdf'))).toMatchObject({
      code: 'password-protected',
      file: 'locked.pdf',
    });
  });

  it.each([
    ['garbage', Buffer.from('this is not a zip at all, just text pretending to be a docx')],
    ['truncated', Buffer.from('PK\u0003\u0004 cut short')],
  ])('a corrupt DOCX (%s)', async (_, bytes) => {
    const root = tempDir();
    writeFile(root, 'bad.docx', bytes);
    expect(problem(await readDocument(root, 'bad.docx'))).toMatchObject({
      code: 'corrupt',
      format: 'docx',
    });
  });

  it('a DOCX whose document part is damaged', async () => {
    const root = tempDir();
    const good = Buffer.from(await toDocx(outline));
    // Keep the ZIP directory, break the compressed data in the middle.
    good.fill(0x41, 200, Math.min(good.length - 400, 4000));
    writeFile(root, 'broken.docx', good);
    expect(problem(await readDocument(root, 'broken.docx')).code).toBe('corrupt');
  });

  it('an encrypted (OLE) Office file named .docx', async () => {
    const root = tempDir();
    writeFile(
      root,
      'enc.docx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    expect(problem(await readDocument(root, 'enc.docx')).code).toBe('password-protected');
  });

  it('a damaged PDF', async () => {
    const root = tempDir();
    writeFile(root, 'bad.pdf', '%PDF-1.7\nnot really\n');
    expect(problem(await readDocument(root, 'bad.pdf')).code).toBe('corrupt');
  });

  it('a 200 MB HTML file is refused by its size before it is read', async () => {
    const root = tempDir();
    const file = path.join(root, 'huge.html');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    expect(problem(await readDocument(root, 'huge.html'))).toMatchObject({
      code: 'too-large',
      size: 200 * 1024 * 1024,
    });
  });

  it('old formats and images are named, not parsed', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'old.doc'), 'x');
    writeFileSync(path.join(root, 'scan.jpg'), 'x');
    expect(problem(await readDocument(root, 'old.doc'))).toMatchObject({
      code: 'legacy-format',
      detail: 'doc',
    });
    expect(problem(await readDocument(root, 'scan.jpg')).code).toBe('unsupported-format');
  });

  it('paths outside the root are refused', async () => {
    const root = tempDir();
    expect(problem(await readDocument(root, '../x.html')).code).toBe('outside-root');
  });
});
