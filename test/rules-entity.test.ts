import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptedPdf, scannedPdf, toDocx, toPdf } from '../scripts/document-builders.mjs';
import {
  XIAOZHI,
  agreementOutline,
  licenceOutline,
  registrationFormOutline,
} from '../scripts/example-documents.mjs';
import { editManifest, exampleRepo, lineOf, writeFile } from './helpers/repo.js';
import { byRule, check } from './helpers/run.js';

const FORM = 'compliance/materials/生成式人工智能调用已备案大模型上线备案表.md';
const AGREEMENT = 'compliance/contracts/阿里云百炼API服务协议.pdf';
const LICENCE = 'compliance/materials/营业执照副本.pdf';

async function entity(root: string) {
  return byRule((await check(root, { lang: 'en' })).findings, 'materials/entity-mismatch');
}

function rewrite(root: string, rel: string, from: string, to: string): string {
  const file = path.join(root, rel);
  const after = readFileSync(file, 'utf8').replace(from, to);
  writeFileSync(file, after);
  return after;
}

describe('materials/entity-mismatch', () => {
  it.each(['registration-app', 'filing-self-developed', 'registration-app-text'])(
    'passes the %s example (PDF, DOCX, XLSX, Markdown and HTML documents)',
    async (name) => {
      expect(await entity(exampleRepo(name))).toEqual([]);
    },
  );

  it('a missing 有限 in the application form (Markdown) is shown side by side at its line', async () => {
    const root = exampleRepo('registration-app-text');
    const text = rewrite(
      root,
      FORM,
      '服务提供者：杭州小智科技有限公司',
      '服务提供者：杭州小智科技公司',
    );
    const [finding, ...rest] = await entity(root);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      file: FORM,
      line: lineOf(text, '服务提供者'),
      severity: 'error',
    });
    expect(finding!.message['zh-CN']).toBe(
      '主体名称不一致：文件中为“杭州小智科技公司”，清单（service.entity）为“杭州小智科技有限公司”——缺少“有限”',
    );
  });

  it('one wrong character in the agreement (PDF) is reported on its page', async () => {
    const root = exampleRepo('registration-app-text');
    writeFile(
      root,
      AGREEMENT,
      await toPdf(agreementOutline({ ...XIAOZHI, entity: '杭州晓智科技有限公司' })),
    );
    const [finding] = await entity(root);
    expect(finding).toMatchObject({
      file: AGREEMENT,
      data: expect.objectContaining({ page: 1, found: '杭州晓智科技有限公司' }),
    });
    expect(finding!.message.en).toBe(
      'Page 1: Entity name differs: the document has "杭州晓智科技有限公司", the manifest (service.entity) "杭州小智科技有限公司" — missing "小", extra "晓"',
    );
  });

  it('half-width brackets for full-width ones are a difference, named as such', async () => {
    const root = exampleRepo('registration-app-text');
    const named = '杭州小智科技有限公司（滨江）';
    editManifest(root, 'entity: 杭州小智科技有限公司', `entity: ${named}`);
    const text = rewrite(
      root,
      FORM,
      '服务提供者：杭州小智科技有限公司',
      '服务提供者：杭州小智科技有限公司(滨江)',
    );
    const found = (await entity(root)).filter((f) => f.file === FORM);
    expect(found).toEqual([
      expect.objectContaining({
        line: lineOf(text, '服务提供者'),
        data: { found: '杭州小智科技有限公司(滨江)', expected: named },
      }),
    ]);
    expect(found[0]!.message.en).toContain('brackets or punctuation differ in width');
  });

  it('an application form (DOCX) that does not name the entity fails at its title paragraph', async () => {
    const root = exampleRepo('registration-app-text');
    const outline = registrationFormOutline(XIAOZHI);
    outline.blocks = outline.blocks.filter((b) => !('p' in b && b.p.startsWith('服务提供者')));
    writeFile(root, 'compliance/materials/申请表.docx', await toDocx(outline));
    editManifest(root, FORM, 'compliance/materials/申请表.docx');
    const [finding] = await entity(root);
    expect(finding).toMatchObject({
      file: 'compliance/materials/申请表.docx',
      data: { paragraph: 1 },
    });
    expect(finding!.message.en).toBe(
      'Paragraph 1: materials.application_form does not name the entity "杭州小智科技有限公司"',
    );
  });

  it('with the exact name present, a similar but different company is not reported', async () => {
    const root = exampleRepo('registration-app-text');
    rewrite(root, FORM, '- 服务范围', '- 合作方：杭州大智科技有限公司\n- 服务范围');
    expect(await entity(root)).toEqual([]);
  });

  it('with the exact name present, a miswritten form of it is still reported', async () => {
    const root = exampleRepo('registration-app-text');
    const text = rewrite(
      root,
      FORM,
      '- 服务范围',
      '- 盖章单位：杭州小智科技有限责任公司\n- 服务范围',
    );
    const [finding] = await entity(root);
    expect(finding).toMatchObject({ file: FORM, line: lineOf(text, '盖章单位') });
    expect(finding!.message.en).toContain('extra "责任"');
  });

  it('a credit code that differs on the licence (PDF) is shown with the differing position', async () => {
    const root = exampleRepo('registration-app-text');
    writeFile(
      root,
      LICENCE,
      await toPdf(licenceOutline({ ...XIAOZHI, code: '91330106MA2H4K7L3X' })),
    );
    const [finding] = await entity(root);
    expect(finding).toMatchObject({
      file: LICENCE,
      data: expect.objectContaining({ page: 1, found: '91330106MA2H4K7L3X' }),
    });
    expect(finding!.message.en).toContain('expected 91330106MA2H4K7L39 (characters 18 differ)');
  });

  it("another company's credit code in the agreement is not ours to compare", async () => {
    const root = exampleRepo('registration-app-text');
    const outline = agreementOutline(XIAOZHI);
    outline.blocks = outline.blocks.map((b) =>
      'p' in b && b.p.startsWith('乙方：')
        ? { p: `${b.p}（统一社会信用代码：91330106673959654P）` }
        : b,
    );
    writeFile(root, AGREEMENT, await toPdf(outline));
    expect(await entity(root)).toEqual([]);
  });

  it('a scanned licence is a note: the entity cannot be verified', async () => {
    const root = exampleRepo('registration-app-text');
    writeFile(root, LICENCE, await scannedPdf());
    const [finding] = await entity(root);
    expect(finding).toMatchObject({ file: LICENCE, severity: 'note' });
    expect(finding!.message.en).toContain('cannot verify: the entity name and credit code');
  });

  it('a password-protected agreement is an error', async () => {
    const root = exampleRepo('registration-app-text');
    writeFile(root, AGREEMENT, await encryptedPdf());
    const [finding] = await entity(root);
    expect(finding).toMatchObject({ file: AGREEMENT, severity: 'error' });
    expect(finding!.message.en).toContain('password-protected');
  });
});

describe('materials/vague-scenario', () => {
  async function vague(root: string) {
    return byRule((await check(root, { lang: 'en' })).findings, 'materials/vague-scenario');
  }

  it.each(['registration-app', 'filing-self-developed'])(
    'passes the precise %s example',
    async (name) => {
      expect(await vague(exampleRepo(name))).toEqual([]);
    },
  );

  it.each([
    ['人工智能对话服务', 'too short'],
    ['为用户提供基于大模型的智能对话与内容生成服务', 'almost only generic words'],
    ['面向企业客户的文案写作，包括但不限于各类营销内容', 'open-ended wording "包括但不限于"'],
  ])('warns on %s at the scenario line', async (scenario, why) => {
    const root = exampleRepo('registration-app-text');
    const manifest = editManifest(root, /scenario: .*/, `scenario: ${scenario}`);
    const [finding, ...rest] = await vague(root);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      file: 'compliance.yml',
      line: lineOf(manifest, 'scenario:'),
      severity: 'warning',
    });
    expect(finding!.message.en).toContain(why);
  });

  it('warns when the scope is not stated', async () => {
    const root = exampleRepo('registration-app-text');
    const manifest = editManifest(root, /\n {2}scope: .*\n/, '\n');
    const [finding] = await vague(root);
    expect(finding).toMatchObject({ line: lineOf(manifest, 'service:') });
    expect(finding!.message.en).toContain('No service scope');
  });
});
