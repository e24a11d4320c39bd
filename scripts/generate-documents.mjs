// Generates the example documents in DOCX, PDF, XLSX and Markdown:
// `node scripts/generate-documents.mjs`, after scripts/generate-evidence.mjs (which copies
// registration-app into registration-app-text). The output is committed; run this again only
// after changing scripts/example-documents.mjs. registration-app keeps its licence and contract
// as text transcriptions, the lean repository the start-up bench measures; the same documents
// as PDFs live in registration-app-text and filing-self-developed.
// It needs nothing beyond `npm ci` (docx, pdf-lib and exceljs from the npm registry): the PDFs
// use the non-embedded STSong-Light font with the UniGB-UCS2-H CMap (see document-builders.mjs),
// so no Chinese font file has to be installed or downloaded.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toDocx, toMarkdown, toPdf, toXlsx } from './document-builders.mjs';
import {
  LINGXI,
  XIAOZHI,
  agreementOutline,
  contactRows,
  filingFormOutline,
  licenceOutline,
  representativeOutline,
  safetyOutline,
} from './example-documents.mjs';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples');

async function write(rel, bytes) {
  const file = path.join(examples, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await bytes);
  console.log(`wrote examples/${rel}`);
}

const reg = 'registration-app/compliance';
await write(`${reg}/materials/营业执照副本.md`, toMarkdown(licenceOutline(XIAOZHI)));
await write(`${reg}/materials/法定代表人身份证明.docx`, toDocx(representativeOutline(XIAOZHI)));
await write(`${reg}/contracts/阿里云百炼API服务协议.md`, toMarkdown(agreementOutline(XIAOZHI)));
await write(`${reg}/content-safety/内容安全管理制度.docx`, toDocx(safetyOutline(XIAOZHI)));

const txt = 'registration-app-text/compliance';
const pdfs = [
  ['materials/营业执照副本', licenceOutline],
  ['contracts/阿里云百炼API服务协议', agreementOutline],
];
let txtManifest = readFileSync(path.join(examples, 'registration-app-text/compliance.yml'), 'utf8');
for (const [name, outline] of pdfs) {
  rmSync(path.join(examples, `${txt}/${name}.md`), { force: true });
  await write(`${txt}/${name}.pdf`, toPdf(outline(XIAOZHI)));
  txtManifest = txtManifest.replace(`compliance/${name}.md`, `compliance/${name}.pdf`);
}
writeFileSync(path.join(examples, 'registration-app-text/compliance.yml'), txtManifest);

const fil = 'filing-self-developed/compliance';
await write(`${fil}/materials/营业执照副本.pdf`, toPdf(licenceOutline(LINGXI)));
await write(
  `${fil}/materials/生成式人工智能服务备案申请表.docx`,
  toDocx(filingFormOutline(LINGXI)),
);
await write(`${fil}/materials/联系人信息表.xlsx`, toXlsx('联系人信息表', contactRows(LINGXI)));
await write(`${fil}/content-safety/内容安全管理制度.pdf`, toPdf(safetyOutline(LINGXI)));
