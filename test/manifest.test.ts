import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { editManifest, exampleRepo, lineOf, readManifest, writeFile } from './helpers/repo.js';
import { byRule, check, cli } from './helpers/run.js';

describe('manifest/parse', () => {
  it('points at the line and column of a YAML syntax error', async () => {
    const root = exampleRepo();
    writeFile(
      root,
      'compliance.yml',
      'version: 1\npath: registration\nservice:\n  name: "unterminated\n  entity: x\n',
    );
    const report = await check(root);
    const [finding] = byRule(report.findings, 'manifest/parse');
    expect(finding).toMatchObject({ file: 'compliance.yml', severity: 'error' });
    expect(finding!.line).toBeGreaterThanOrEqual(4);
    expect(report.passed).toBe(false);
  });

  it('refuses an alias bomb quickly', async () => {
    const root = exampleRepo();
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    }
    writeFile(root, 'compliance.yml', `${lines.join('\n')}\n`);
    const report = await check(root);
    expect(byRule(report.findings, 'manifest/parse')).toEqual([
      expect.objectContaining({ file: 'compliance.yml', line: 1 }),
    ]);
  });

  it('reports deep nesting instead of overflowing the stack', async () => {
    const root = exampleRepo();
    writeFile(root, 'compliance.yml', `${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const report = await check(root);
    expect(byRule(report.findings, 'manifest/parse')[0]).toMatchObject({
      file: 'compliance.yml',
      line: 1,
    });
  });

  it('reports a binary manifest', async () => {
    const root = exampleRepo();
    writeFile(
      root,
      'compliance.yml',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0, 0, 9]),
    );
    const report = await check(root);
    expect(byRule(report.findings, 'manifest/parse')[0]).toMatchObject({
      file: 'compliance.yml',
      line: 1,
    });
  });

  it.each([
    ['GB18030', (s: string) => iconv.encode(s, 'gb18030')],
    [
      'UTF-16LE with BOM',
      (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
    ],
    [
      'UTF-8 with BOM',
      (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]),
    ],
  ])('reads a manifest saved as %s', async (_name, encode) => {
    const root = exampleRepo();
    writeFileSync(path.join(root, 'compliance.yml'), encode(readManifest(root)));
    const report = await check(root);
    expect(report.findings).toEqual([]);
  });

  it('refuses a manifest symlinked from outside the root', async () => {
    const root = exampleRepo();
    const outside = exampleRepo();
    const { rmSync } = await import('node:fs');
    rmSync(path.join(root, 'compliance.yml'));
    symlinkSync(path.join(outside, 'compliance.yml'), path.join(root, 'compliance.yml'));
    const report = await check(root);
    expect(byRule(report.findings, 'manifest/parse')[0]?.message.en).toMatch(
      /outside the repository/,
    );
  });
});

describe('manifest/schema', () => {
  it('points at an unknown key and suggests the known one', async () => {
    const root = exampleRepo();
    const text = editManifest(root, 'scenario:', 'scenery:');
    const [finding] = byRule((await check(root)).findings, 'manifest/schema');
    expect(finding).toMatchObject({
      file: 'compliance.yml',
      line: lineOf(text, 'scenery:'),
      column: 3,
    });
    expect(finding!.message.en).toContain('did you mean `scenario`');
  });

  it('points at an invalid enum value', async () => {
    const root = exampleRepo();
    const text = editManifest(root, 'fine_tuning: none', 'fine_tuning: qlora');
    const [finding] = byRule((await check(root)).findings, 'manifest/schema');
    expect(finding).toMatchObject({ line: lineOf(text, 'fine_tuning: qlora') });
    expect(finding!.message['zh-CN']).toContain('models[0].fine_tuning');
    expect(finding!.message.en).toContain('lora');
  });

  it('explains an unquoted numeric credit code', async () => {
    const root = exampleRepo();
    const text = editManifest(
      root,
      'credit_code: "91330106MA2H4K7L39"',
      'credit_code: 913301060000000000',
    );
    const [finding] = byRule((await check(root)).findings, 'manifest/schema');
    expect(finding).toMatchObject({ line: lineOf(text, 'credit_code:') });
    expect(finding!.message.en).toContain('quote');
  });

  it('reports a missing required field at its parent', async () => {
    const root = exampleRepo();
    const text = editManifest(root, /\n {2}entity: .*\n/, '\n');
    const [finding] = byRule((await check(root)).findings, 'manifest/schema');
    expect(finding).toMatchObject({ line: lineOf(text, 'service:') });
    expect(finding!.message.en).toContain('service.entity');
  });

  it('rejects __proto__ keys without polluting prototypes', async () => {
    const root = exampleRepo();
    const text = editManifest(root, 'service:\n', 'service:\n  __proto__: { polluted: yes }\n');
    const report = await check(root);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(byRule(report.findings, 'manifest/schema')[0]).toMatchObject({
      line: lineOf(text, '__proto__'),
    });
  });

  it('rejects a manifest that is a list, a scalar or empty', async () => {
    for (const content of [
      '- version: 1\n- path: filing\n',
      'just a string\n',
      '',
      '   \n# only a comment\n',
    ]) {
      const root = exampleRepo();
      writeFile(root, 'compliance.yml', content);
      const report = await check(root);
      expect(byRule(report.findings, 'manifest/schema')).toEqual([
        expect.objectContaining({ file: 'compliance.yml', line: 1 }),
      ]);
    }
  });

  it('reports an unknown rule id in the rules section', async () => {
    const root = exampleRepo();
    const text = editManifest(root, 'waivers: []', 'rules:\n  path/nonsense: warning\nwaivers: []');
    const [finding] = byRule((await check(root)).findings, 'manifest/schema');
    expect(finding).toMatchObject({ line: lineOf(text, 'path/nonsense') });
  });
});

describe('manifest/missing', () => {
  it('fails without a manifest', async () => {
    const root = exampleRepo();
    const { rmSync } = await import('node:fs');
    rmSync(path.join(root, 'compliance.yml'));
    const report = await check(root);
    expect(byRule(report.findings, 'manifest/missing')).toEqual([
      expect.objectContaining({ file: 'compliance.yml', severity: 'error' }),
    ]);
  });

  it('honours --manifest', async () => {
    const root = exampleRepo();
    const { renameSync } = await import('node:fs');
    renameSync(path.join(root, 'compliance.yml'), path.join(root, 'gate.yml'));
    expect(cli(['check', root, '--manifest', 'gate.yml']).status).toBe(0);
    expect(cli(['check', root]).status).toBe(1);
  });
});
