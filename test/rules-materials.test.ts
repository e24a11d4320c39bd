import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditCodeProblem } from '../src/rules/support/credit-code.js';
import { editManifest, exampleRepo, lineOf, readManifest } from './helpers/repo.js';
import { byRule, check } from './helpers/run.js';

describe('materials/missing', () => {
  it('passes when every material exists', async () => {
    expect(byRule((await check(exampleRepo())).findings, 'materials/missing')).toEqual([]);
  });

  it('fails a missing application form at the materials key', async () => {
    const root = exampleRepo();
    const text = editManifest(root, /\n {2}application_form: .*\n/, '\n');
    expect(byRule((await check(root)).findings, 'materials/missing')).toEqual([
      expect.objectContaining({ file: 'compliance.yml', line: lineOf(text, 'materials:') }),
    ]);
  });

  it('fails a declared material whose file does not exist, at its value', async () => {
    const root = exampleRepo();
    rmSync(path.join(root, 'compliance/materials/联系人信息表.md'));
    const text = readManifest(root);
    const [finding] = byRule((await check(root)).findings, 'materials/missing');
    expect(finding).toMatchObject({ line: lineOf(text, 'contact_form:'), column: 17 });
    expect(finding!.message.en).toContain('File not found');
  });

  it('requires the security assessment on the filing path only', async () => {
    const root = exampleRepo('filing-self-developed');
    const text = editManifest(root, /\n {2}security_assessment: .*\n/, '\n');
    expect(byRule((await check(root)).findings, 'materials/missing')).toEqual([
      expect.objectContaining({ line: lineOf(text, 'materials:') }),
    ]);
  });

  it('requires the API agreement of each third-party model', async () => {
    const root = exampleRepo();
    const text = editManifest(root, /\n {4}agreement: .*\n/, '\n');
    expect(byRule((await check(root)).findings, 'materials/missing')).toEqual([
      expect.objectContaining({ line: lineOf(text, '- provider: 阿里云') }),
    ]);
  });

  it.each([
    ['../outside.pdf'],
    ['/etc/passwd'],
    ['C:\\Windows\\win.ini'],
    ['compliance/../../x.md'],
  ])('refuses %s as outside the repository', async (target) => {
    const root = exampleRepo();
    const text = editManifest(root, /contact_form: .*/, `contact_form: ${JSON.stringify(target)}`);
    const [finding] = byRule((await check(root)).findings, 'materials/missing');
    expect(finding).toMatchObject({ line: lineOf(text, 'contact_form:') });
    expect(finding!.message.en).toContain('outside the repository');
  });

  it('refuses a symlink that leads out of the repository', async () => {
    const root = exampleRepo();
    symlinkSync('/etc/hostname', path.join(root, 'compliance/materials/link.md'));
    const text = editManifest(
      root,
      /contact_form: .*/,
      'contact_form: compliance/materials/link.md',
    );
    const [finding] = byRule((await check(root)).findings, 'materials/missing');
    expect(finding).toMatchObject({ line: lineOf(text, 'contact_form:') });
    expect(finding!.message.en).toContain('outside the repository');
  });

  it('refuses a folder where a file belongs', async () => {
    const root = exampleRepo();
    mkdirSync(path.join(root, 'compliance/materials/dir'));
    editManifest(root, /contact_form: .*/, 'contact_form: compliance/materials/dir');
    expect(byRule((await check(root)).findings, 'materials/missing')[0]!.message.en).toContain(
      'folder',
    );
  });
});

describe('materials/credit-code', () => {
  it.each([
    ['91330106MA2H4K7L39', true],
    ['91440300708461136T', true],
    ['91440300708461136t', true],
    ['91440300708461136X', false],
    ['9144030070846113', false],
    ['91440300708461I36T', false],
  ])('%s valid: %s', (code, ok) => {
    expect(creditCodeProblem(code) === undefined).toBe(ok);
  });

  it('fails a bad check digit at the value line', async () => {
    const root = exampleRepo();
    const text = editManifest(root, '91330106MA2H4K7L39', '91330106MA2H4K7L38');
    const [finding] = byRule((await check(root)).findings, 'materials/credit-code');
    expect(finding).toMatchObject({ line: lineOf(text, 'credit_code:'), severity: 'error' });
    expect(finding!.message.en).toContain('check character should be 9');
  });
});
