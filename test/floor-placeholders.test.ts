/**
 * Placeholders are not content: what `init` and templates leave to fill in fails `check` at its
 * file and line, and the same repository filled in passes. Through the bundled CLI, as users run it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scannedPdf } from '../scripts/document-builders.mjs';
import { exampleRepo, tempDir } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';

const LEXICON = 'compliance/content-safety/附件4-拦截关键词列表.xlsx';
const LICENCE = 'compliance/materials/营业执照副本.md';
const CONTACT_FORM = 'compliance/materials/联系人信息表.md';

/** 1-based line of the first line of `file` under `root` that contains `needle`. */
function lineOf(root: string, file: string, needle: string): number {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  expect(index, `${needle} in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

function places(root: string, ruleId: string) {
  const { status, report } = cliJson(['check', root, '--rule', ruleId]);
  const found = (report.findings as any[])
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ file: f.file, line: f.line }));
  return { status, found, report };
}

function edit(root: string, file: string, from: string, to: string): void {
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  expect(before).toContain(from);
  writeFileSync(target, before.replace(from, to));
}

describe('init in an empty repository, then check', () => {
  it('exits 1 and lists what to fill: the entity and every template row of the lexicon', () => {
    const dir = tempDir();
    expect(cli(['init', dir, '--yes']).status).toBe(0);
    const { status, report } = cliJson(['check', dir]);
    expect(status).toBe(1);
    expect(report.passed).toBe(false);
    const findings = report.findings as any[];
    const entity = findings.filter((f) => f.ruleId === 'materials/placeholder');
    expect(entity.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['compliance.yml', lineOf(dir, 'compliance.yml', '  entity: '), 'error'],
    ]);
    expect(entity[0].message).toContain('请填写营业执照上的企业名称');
    const rows = findings.filter((f) => f.ruleId === 'lexicon/template-rows');
    // One row per risk of A.1 and A.2, below the header.
    expect(rows.map((f) => [f.file, f.line])).toEqual(
      Array.from({ length: 17 }, (_, i) => [LEXICON, i + 2]),
    );
    expect(rows.every((f) => f.severity === 'error')).toBe(true);
  });

  it('says the same in English, for the English placeholder', () => {
    const dir = tempDir();
    expect(cli(['init', dir, '--yes', '--lang', 'en']).status).toBe(0);
    const { status, found } = places(dir, 'materials/placeholder');
    expect(status).toBe(1);
    expect(found).toEqual([
      { file: 'compliance.yml', line: lineOf(dir, 'compliance.yml', '  entity: ') },
    ]);
  });

  it('with the entity given, the manifest has no placeholder left', () => {
    const dir = tempDir();
    expect(cli(['init', dir, '--yes', '--entity', '杭州小智科技有限公司']).status).toBe(0);
    expect(places(dir, 'materials/placeholder').found).toEqual([]);
  });
});

describe('placeholders in a filled-in repository', () => {
  it('the example as it is passes with none', () => {
    const root = exampleRepo();
    const { status, found, report } = places(root, 'materials/placeholder');
    expect(status).toBe(0);
    expect(found).toEqual([]);
    expect((report.findings as any[]).map((f) => f.ruleId)).not.toContain('lexicon/template-rows');
  });

  it('a manifest value left as the init placeholder', () => {
    const root = exampleRepo();
    edit(
      root,
      'compliance.yml',
      'entity: 杭州小智科技有限公司',
      'entity: 请填写营业执照上的企业名称',
    );
    const { status, found } = places(root, 'materials/placeholder');
    expect(status).toBe(1);
    expect(found).toEqual([{ file: 'compliance.yml', line: 6 }]);
  });

  it('a zero-byte material, at the manifest line that names it', () => {
    const root = exampleRepo();
    writeFileSync(path.join(root, LICENCE), '');
    const { status, found } = places(root, 'materials/placeholder');
    expect(status).toBe(1);
    expect(found).toEqual([
      { file: 'compliance.yml', line: lineOf(root, 'compliance.yml', 'business_license:') },
    ]);
  });

  it('a form with no text at all', () => {
    const root = exampleRepo();
    writeFileSync(path.join(root, CONTACT_FORM), '\n  \n\n');
    const { status, found } = places(root, 'materials/placeholder');
    expect(status).toBe(1);
    expect(found).toEqual([
      { file: 'compliance.yml', line: lineOf(root, 'compliance.yml', 'contact_form:') },
    ]);
  });

  it('a written form that is only a scan, while a scanned licence is fine', async () => {
    const root = exampleRepo();
    const form = 'compliance/materials/上线备案表-扫描件.pdf';
    writeFileSync(path.join(root, form), await scannedPdf());
    edit(
      root,
      'compliance.yml',
      'compliance/materials/生成式人工智能调用已备案大模型上线备案表.md',
      form,
    );
    const licence = 'compliance/materials/营业执照-扫描件.pdf';
    writeFileSync(path.join(root, licence), await scannedPdf());
    edit(root, 'compliance.yml', LICENCE, licence);
    const { status, found, report } = places(root, 'materials/placeholder');
    expect(status).toBe(1);
    expect(found).toEqual([
      { file: 'compliance.yml', line: lineOf(root, 'compliance.yml', 'application_form:') },
    ]);
    const message = (report.findings as any[]).find((f) => f.ruleId === 'materials/placeholder');
    expect(message.message).toContain(`${form} 没有任何文字`);
  });

  it.each([['请填写联系人邮箱'], ['TODO'], ['contact@example.com'], ['00000000000']])(
    'a material line still holding %s',
    (placeholder) => {
      const root = exampleRepo();
      edit(root, CONTACT_FORM, 'compliance@example.cn', placeholder);
      const { status, found } = places(root, 'materials/placeholder');
      expect(status).toBe(1);
      expect(found).toEqual([
        { file: CONTACT_FORM, line: lineOf(root, CONTACT_FORM, placeholder) },
      ]);
    },
  );

  it('a policy line still holding a placeholder address', () => {
    const root = exampleRepo();
    const privacy = 'web/public/privacy.html';
    edit(root, privacy, 'privacy@example.cn', 'privacy@example.com');
    const { status, found } = places(root, 'materials/placeholder');
    expect(status).toBe(1);
    expect(found).toEqual([{ file: privacy, line: lineOf(root, privacy, 'privacy@example.com') }]);
  });

  it('a lexicon row with a category and no keyword, and one whose keyword is 示例', () => {
    const root = exampleRepo();
    const csv = 'compliance/content-safety/拦截关键词.csv';
    writeFileSync(
      path.join(root, csv),
      [
        '关键词,一级分类,二级分类',
        '颠覆政权,违反社会主义核心价值观的内容,煽动颠覆国家政权、推翻社会主义制度',
        ',违反社会主义核心价值观的内容,宣扬恐怖主义、极端主义',
        '示例,歧视性内容,地域歧视',
        '',
      ].join('\n'),
    );
    edit(root, 'compliance.yml', `path: ${LEXICON}`, `path: ${csv}`);
    const { status, found } = places(root, 'lexicon/template-rows');
    expect(status).toBe(1);
    expect(found).toEqual([
      { file: csv, line: 3 },
      { file: csv, line: 4 },
    ]);
  });
});
