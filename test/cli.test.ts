import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editManifest, exampleRepo, lineOf, tempDir } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';

describe('CLI', () => {
  it('passes both examples with exit 0', () => {
    expect(cli(['check', 'examples/registration-app'])).toMatchObject({ status: 0 });
    expect(cli(['check', 'examples/filing-self-developed'])).toMatchObject({ status: 0 });
  });

  it('exits 1 on a registration manifest that declares LoRA, pointing at path:', () => {
    const root = exampleRepo();
    const text = editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    const { status, report } = cliJson(['check', root, '--lang', 'en']);
    expect(status).toBe(1);
    expect(report.passed).toBe(false);
    expect(report.path).toEqual({ declared: 'registration', required: 'filing' });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'path/required',
        severity: 'error',
        file: 'compliance.yml',
        line: lineOf(text, 'path: registration'),
        column: 7,
        helpUri: expect.stringMatching(/\/rules\/path\/required\.md$/),
      }),
    );
    expect(report.counts).toEqual({ error: 1, warning: 0, note: 0 });
    expect(report.findings[0].message).toMatch(/^Declared path is registration/);
  });

  it('writes zh-CN by default and sorts findings by file, line, rule', () => {
    const root = exampleRepo();
    editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    editManifest(root, '91330106MA2H4K7L39', '91330106MA2H4K7L38');
    const { report } = cliJson(['check', root]);
    expect(report.findings[0].message).toMatch(/声明的路径为登记/);
    const keys = report.findings.map((f: { line: number }) => f.line);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('--fail-on never passes and --fail-on warning fails on warnings', () => {
    const root = exampleRepo();
    editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    expect(cli(['check', root, '--fail-on', 'never']).status).toBe(0);
    const filing = exampleRepo('filing-self-developed');
    editManifest(filing, /\n {2}algorithm_filing_number: .*\n/, '\n');
    expect(cli(['check', filing]).status).toBe(0);
    expect(cli(['check', filing, '--fail-on', 'warning']).status).toBe(1);
  });

  it('the manifest gate section sets the defaults, flags override it', () => {
    const root = exampleRepo();
    editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    editManifest(root, 'waivers: []', 'gate: { fail_on: never, lang: en }\nwaivers: []');
    const { status, report } = cliJson(['check', root]);
    expect(status).toBe(0);
    expect(report.findings[0].message).toMatch(/^Declared path/);
    expect(cli(['check', root, '--fail-on', 'error']).status).toBe(1);
  });

  it('--output writes the report to a file', () => {
    const out = path.join(tempDir(), 'report.json');
    expect(
      cli(['check', 'examples/registration-app', '--format', 'json', '--output', out]).status,
    ).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      passed: true,
      tool: { name: 'genai-compliance-gate' },
    });
  });

  it.each([
    [['check', '--format', 'xml']],
    [['check', '--lang', 'fr']],
    [['check', '--bogus']],
    [['frobnicate']],
    [['check', 'a', 'b']],
    [['check', '--base', 'main']],
  ])('exits 2 on bad usage %j without a stack trace', (args) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and version', () => {
    expect(cli(['--help'])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--fail-on'),
    });
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('reports a missing directory as a finding-free exit 2? No: a missing manifest fails with exit 1', () => {
    const result = cliJson(['check', tempDir()]);
    expect(result.status).toBe(1);
    expect(result.report.findings[0]).toMatchObject({
      ruleId: 'manifest/missing',
      file: 'compliance.yml',
    });
  });
});
