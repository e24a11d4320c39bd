/**
 * Tiny hostile files that made the evidence readers hang: unclosed cells in a workbook row,
 * unclosed tabs in a Word paragraph, a workbook whose ZIP entries all share one stored sheet, a
 * PDF whose pages share one huge content stream, and a page of unclosed elements followed by
 * stray end tags. The bundled CLI must finish (the child-process timeout guards against a hang)
 * and report the file as unreadable.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editManifest, exampleRepo } from './helpers/repo.js';
import { cliJson } from './helpers/run.js';
import {
  hostileDocx,
  hostileXlsx,
  nestedFormsPdf,
  overlappingXlsx,
  run,
  sharedContentPdf,
  sheetWithRow,
} from './fuzz/hostile-files.js';

const LEXICON = 'compliance/content-safety/附件4-拦截关键词列表.xlsx';
const TESTSET = 'compliance/content-safety/附件5-评估测试题.xlsx';
const MANAGEMENT = 'compliance/content-safety/内容安全管理制度.docx';
const LICENSE_PDF = 'compliance/materials/营业执照副本.pdf';
const PRIVACY = 'web/public/privacy.html';

interface Finding {
  ruleId: string;
  file?: string;
  message: string;
}

function checkRepo(root: string): Finding[] {
  const result = cliJson(['check', root, '--lang', 'en'], { cwd: root, timeout: 30_000 });
  expect(result.status, 'the CLI finished').not.toBeNull();
  return result.report.findings as Finding[];
}

function at(findings: Finding[], ruleId: string, file: string): Finding {
  const found = findings.find((f) => f.ruleId === ruleId && f.file === file);
  expect(found, `${ruleId} at ${file}`).toBeDefined();
  return found!;
}

describe('evidence readers stay linear on hostile markup', () => {
  it('an XLSX row of unclosed cells (<c <c <c …) is a lexicon/parse finding', () => {
    const root = exampleRepo('registration-app');
    const row = run('<c ', 300_000);
    writeFileSync(path.join(root, LEXICON), hostileXlsx(sheetWithRow(row)));
    const finding = at(checkRepo(root), 'lexicon/parse', LEXICON);
    expect(finding.message).toMatch(/damaged/);
  }, 60_000);

  it('a DOCX paragraph of unclosed tabs (<w:tab <w:tab …) is a management-system finding', () => {
    const root = exampleRepo('registration-app');
    const paragraph = `<w:p><w:r>${run('<w:tab ', 250_000)}</w:r></w:p>`;
    writeFileSync(path.join(root, MANAGEMENT), hostileDocx(paragraph));
    const finding = at(checkRepo(root), 'policy/safety-management', MANAGEMENT);
    expect(finding.message).toMatch(/damaged|corrupt|cannot be read/i);
  }, 60_000);

  it('an XLSX whose ZIP entries all share one stored sheet is a testset/parse finding', () => {
    const root = exampleRepo('registration-app');
    const rows = Array.from(
      { length: 120_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const sheet = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
    writeFileSync(path.join(root, TESTSET), overlappingXlsx(sheet, 1000));
    const finding = at(checkRepo(root), 'testset/parse', TESTSET);
    expect(finding.message).toMatch(/share their bytes/);
  }, 60_000);

  it('a PDF whose pages share one 64 MiB content stream is refused at a budget', () => {
    const root = exampleRepo('registration-app-text');
    writeFileSync(path.join(root, LICENSE_PDF), sharedContentPdf(40, 64 * 1024 * 1024));
    const findings = checkRepo(root);
    const finding = findings.find((f) => f.file === LICENSE_PDF && /too costly/.test(f.message));
    expect(finding, `a finding at ${LICENSE_PDF}`).toBeDefined();
    expect(finding!.message).toMatch(/content comes to/);
  }, 60_000);

  it('a PDF of forms drawing forms ten times over is refused at the budget', () => {
    const root = exampleRepo('registration-app-text');
    writeFileSync(path.join(root, LICENSE_PDF), nestedFormsPdf(8, 10));
    const findings = checkRepo(root);
    const finding = findings.find((f) => f.file === LICENSE_PDF && /too costly/.test(f.message));
    expect(finding, `a finding at ${LICENSE_PDF}`).toBeDefined();
  }, 60_000);

  it('a lexicon header of unclosed brackets is read once, not once per bracket', () => {
    const root = exampleRepo('registration-app');
    const csv = 'compliance/content-safety/lexicon.csv';
    writeFileSync(path.join(root, csv), `${run('(', 200_000)},一级分类\n颠覆国家,A.1\n`);
    editManifest(root, `path: ${LEXICON}`, `path: ${csv}`);
    const findings = checkRepo(root);
    expect(findings.some((f) => f.ruleId.startsWith('lexicon/') && f.file === csv)).toBe(true);
  }, 60_000);

  it('a page of unclosed elements then stray end tags is reported, not parsed for minutes', () => {
    const root = exampleRepo('registration-app');
    writeFileSync(path.join(root, PRIVACY), `${run('<b>', 150_000)}${run('</i>', 150_000)}`);
    const findings = checkRepo(root);
    const finding = findings.find((f) => f.file === PRIVACY && /nests too deep/.test(f.message));
    expect(finding, `a finding at ${PRIVACY}`).toBeDefined();
  }, 60_000);
});
