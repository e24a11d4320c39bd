/** `check --rule`: only the named rules (or groups) run, and the manifest's rules always do. */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { exampleRepo, writeFile } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';

const MANIFEST_RULES = [
  'manifest/missing',
  'manifest/parse',
  'manifest/schema',
  'manifest/time-budget',
];

describe('check --rule', () => {
  it('runs only the named rule, and says so in every format', () => {
    const root = exampleRepo('registration-app-text');
    rmSync(path.join(root, 'web/public/privacy.html'));
    const full = cliJson(['check', root]).report;
    expect(full.findings.length).toBeGreaterThan(0);
    expect(full.selectedRules).toBeUndefined();

    const only = cliJson(['check', root, '--rule', 'testset/size']);
    expect(only.status).toBe(0);
    expect(only.report.findings).toEqual([]);
    expect(only.report.selectedRules).toEqual([...MANIFEST_RULES, 'testset/size']);
    expect(cli(['check', root, '--rule', 'testset/size']).stdout).toContain(
      '只运行了所选的 5 条规则',
    );
    expect(
      cli(['check', root, '--rule', 'testset/size', '--format', 'markdown', '--lang', 'en']).stdout,
    ).toContain('only the 5 selected rule(s) ran');
  });

  it('takes a group name and comma-separated ids', () => {
    const root = exampleRepo('registration-app-text');
    const { report } = cliJson([
      'check',
      root,
      '--rule',
      'waiver',
      '--rule',
      'path/required,path/no-model',
    ]);
    expect(report.selectedRules).toEqual([
      ...MANIFEST_RULES,
      'path/no-model',
      'path/required',
      'waiver/expired',
      'waiver/invalid',
    ]);
  });

  it('does not read evidence that no selected rule needs', () => {
    const root = exampleRepo('registration-app-text');
    writeFile(root, 'compliance/content-safety/评估测试题.jsonl', '{"id": 1, "question":\n');
    expect(
      cliJson(['check', root]).report.findings.map((f: { ruleId: string }) => f.ruleId),
    ).toContain('testset/parse');
    expect(cliJson(['check', root, '--rule', 'path']).report.findings).toEqual([]);
  });

  it('still fails on a manifest that cannot be read', () => {
    const root = exampleRepo('registration-app-text');
    writeFile(root, 'compliance.yml', 'version: [\n');
    const { status, report } = cliJson(['check', root, '--rule', 'testset/size']);
    expect(status).toBe(1);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['manifest/parse']);
  });

  it('refuses an unknown rule or group with a usage error', () => {
    const result = cli(['check', exampleRepo('registration-app-text'), '--rule', 'testset/sise']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '--rule testset/sise: no such rule or group; did you mean testset/size?',
    );
  });
});
