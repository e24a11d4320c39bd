/** SARIF 2.1.0: valid against the OASIS schema, complete rule metadata, stable fingerprints. */
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ruleHelpUri } from '../src/data/project.js';
import type { Report } from '../src/model/report.js';
import { text, type Finding } from '../src/model/finding.js';
import { artifactUri, MAX_SARIF_RESULTS, toSarif } from '../src/report/sarif.js';
import { RULES } from '../src/rules/index.js';
import { runAction } from './helpers/action.js';
import { editManifest, EXAMPLES, exampleRepo, PROJECT_ROOT, tempDir } from './helpers/repo.js';
import { check, cli } from './helpers/run.js';

const schema = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'),
);
// Draft-07 (ajv's default); strict mode only concerns schema authoring, which is not ours.
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS: under Node's ESM the plugin is the default export's `default`.
const addFormats = ((formatsPlugin as { default?: unknown }).default ??
  formatsPlugin) as typeof formatsPlugin.default;
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(sarif: unknown): void {
  const ok = validate(sarif);
  expect(ok ? [] : validate.errors).toEqual([]);
}

type Sarif = Record<string, any>;

function breakAndWaive(root: string): void {
  editManifest(root, '"91330106MA2H4K7L39"', '"91330106MA2H4K7L30"');
  editManifest(
    root,
    'waivers: []',
    'waivers:\n  - { rule: materials/credit-code, reason: 营业执照变更中, owner: 法务 李安全, expires: 2099-12-31 }',
  );
  editManifest(
    root,
    /application_form: .*\n/,
    'application_form: compliance/materials/缺失的申请表.md\n',
  );
  editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
}

describe('SARIF', () => {
  // Product repositories only: examples/workflows holds a workflow, not a manifest.
  const examples = readdirSync(EXAMPLES).filter(
    (name) => name !== 'workflows' && existsSync(path.join(EXAMPLES, name, 'compliance.yml')),
  );

  it.each(examples.flatMap((name) => [[name, 'zh-CN'] as const, [name, 'en'] as const]))(
    'examples/%s (%s) validates against the SARIF 2.1.0 schema',
    (name, lang) => {
      const result = cli(['check', path.join(EXAMPLES, name), '--format', 'sarif', '--lang', lang]);
      expect(result.stderr).toBe('');
      const sarif = JSON.parse(result.stdout) as Sarif;
      expectValid(sarif);
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].tool.driver.rules.map((r: Sarif) => r.id)).toEqual(
        RULES.map((r) => r.id),
      );
    },
  );

  it('describes every rule of the catalogue with its help and docs link', async () => {
    const report = await check(exampleRepo(), { lang: 'en' });
    const driver = (toSarif(report) as Sarif).runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'genai-compliance-gate', version: report.tool.version });
    for (const rule of RULES) {
      const d = driver.rules.find((r: Sarif) => r.id === rule.id);
      expect(d, rule.id).toBeDefined();
      expect(d.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(d.shortDescription.text).toBe(rule.title.en);
      expect(d.fullDescription.text.length).toBeGreaterThan(10);
      expect(d.help.text).toContain(ruleHelpUri(rule.id));
      expect(d.help.markdown).toContain(`](${ruleHelpUri(rule.id)})`);
      expect(d.helpUri).toBe(ruleHelpUri(rule.id));
      expect(d.defaultConfiguration.level).toBe(rule.defaultSeverity);
      expect(Number(d.properties['security-severity'])).toBeGreaterThan(0);
      expect(d.properties.tags.length).toBeLessThanOrEqual(10);
    }
  });

  it('writes results with repo-relative URIs, regions, levels, fingerprints and waivers', async () => {
    const root = exampleRepo();
    breakAndWaive(root);
    const report = await check(root, { lang: 'en' });
    const sarif = toSarif(report, { uriPrefix: 'apps/writer' }) as Sarif;
    expectValid(sarif);
    const results: Sarif[] = sarif.runs[0].results;
    const rules: Sarif[] = sarif.runs[0].tool.driver.rules;
    expect(results).toHaveLength(report.findings.length + report.suppressed.length);
    for (const r of results) {
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/);
      expect(r.properties['security-severity']).toMatch(/^\d+\.\d$/);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const missing = results.find((r) => r.ruleId === 'materials/missing')!;
    const uri: string = missing.locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('apps/writer/compliance.yml');
    const required = results.find((r) => r.ruleId === 'path/required')!;
    expect(required).toMatchObject({ level: 'error', properties: { 'security-severity': '7.5' } });
    expect(required.locations[0].physicalLocation.region).toMatchObject({
      startLine: 3,
      startColumn: 7,
    });
    const waived = results.find((r) => r.ruleId === 'materials/credit-code')!;
    expect(waived.suppressions).toEqual([
      {
        kind: 'external',
        justification: '营业执照变更中 (owner 法务 李安全, until 2099-12-31)',
      },
    ]);
    expect(results.filter((r) => r.suppressions)).toHaveLength(1);
  });

  it('percent-encodes Chinese file names and points findings without a file at the manifest', () => {
    expect(artifactUri('compliance/附件4 列表.csv', '')).toBe(
      'compliance/%E9%99%84%E4%BB%B64%20%E5%88%97%E8%A1%A8.csv',
    );
    expect(decodeURIComponent(artifactUri('compliance/附件4.csv', 'sub/'))).toBe(
      'sub/compliance/附件4.csv',
    );
    const report = syntheticReport([
      { ruleId: 'lexicon/missing', severity: 'warning', message: text('缺少词库', 'no lexicon') },
      {
        ruleId: 'lexicon/parse',
        severity: 'error',
        file: 'compliance/附件4-拦截关键词列表.csv',
        line: 2,
        message: text('无法解析', 'cannot parse'),
      },
    ]);
    const sarif = toSarif(report) as Sarif;
    expectValid(sarif);
    const [first, second] = sarif.runs[0].results as Sarif[];
    expect(first!.ruleId).toBe('lexicon/parse');
    expect(first!.locations[0].physicalLocation.artifactLocation.uri).toBe(
      artifactUri('compliance/附件4-拦截关键词列表.csv', ''),
    );
    expect(second!.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'compliance.yml' },
      region: { startLine: 1 },
    });
  });

  it('keeps fingerprints when lines move, and tells identical findings apart', async () => {
    const root = exampleRepo();
    breakAndWaive(root);
    const before = toSarif(await check(root, { lang: 'en' })) as Sarif;
    editManifest(root, 'version: 1\n', '# 说明\n\nversion: 1\n');
    const after = toSarif(await check(root, { lang: 'en' })) as Sarif;
    const prints = (s: Sarif) =>
      (s.runs[0].results as Sarif[]).map((r) => r.partialFingerprints.primaryLocationLineHash);
    expect(prints(after)).toEqual(prints(before));
    const lines = (s: Sarif) =>
      (s.runs[0].results as Sarif[]).map((r) => r.locations[0].physicalLocation.region.startLine);
    expect(lines(after)).not.toEqual(lines(before));

    const twins = toSarif(
      syntheticReport([
        {
          ruleId: 'lexicon/duplicates',
          severity: 'note',
          file: 'a.csv',
          line: 1,
          message: text('重复', 'dup'),
        },
        {
          ruleId: 'lexicon/duplicates',
          severity: 'note',
          file: 'a.csv',
          line: 9,
          message: text('重复', 'dup'),
        },
      ]),
    ) as Sarif;
    const [a, b] = prints(twins);
    expect(a!.split(':')[0]).toBe(b!.split(':')[0]);
    expect([a!.split(':')[1], b!.split(':')[1]]).toEqual(['1', '2']);
  });

  it("stays within GitHub's limits: the most severe 5,000 results, and a notification for the rest", () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 6000; i++) {
      findings.push({
        ruleId: i % 3 === 0 ? 'lexicon/duplicates' : 'lexicon/category-size',
        severity: i < 100 ? 'error' : i % 2 ? 'warning' : 'note',
        file: `compliance/词库/${i % 50}.txt`,
        line: i + 1,
        message: text(`第 ${i} 条重复`, `duplicate ${i}`),
      });
    }
    const sarif = toSarif(syntheticReport(findings)) as Sarif;
    expectValid(sarif);
    const results = sarif.runs[0].results as Sarif[];
    expect(results).toHaveLength(MAX_SARIF_RESULTS);
    expect(results.filter((r) => r.level === 'error')).toHaveLength(100);
    expect(results.slice(0, 100).every((r) => r.level === 'error')).toBe(true);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(
      /^1000 result\(s\) were left out/,
    );
    expect(gzipSync(JSON.stringify(sarif)).length).toBeLessThan(10 * 1024 * 1024);
  });

  it('the Action writes it where the `sarif` input says, URIs relative to the repository', () => {
    const workspace = path.dirname(exampleRepo());
    const root = path.join(workspace, 'registration-app');
    breakAndWaive(root);
    const run = runAction({
      workspace,
      inputs: { 'working-directory': 'registration-app', sarif: 'reports/gate.sarif', lang: 'en' },
    });
    expect(run.status).toBe(1);
    const sarif = JSON.parse(
      readFileSync(path.join(workspace, 'reports/gate.sarif'), 'utf8'),
    ) as Sarif;
    expectValid(sarif);
    const uris = (sarif.runs[0].results as Sarif[]).map(
      (r) => r.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(uris.length).toBeGreaterThan(0);
    expect(uris.every((u) => u.startsWith('registration-app/'))).toBe(true);
  });

  it('the CLI writes it with --output', () => {
    const out = path.join(tempDir(), 'out.sarif');
    const result = cli([
      'check',
      path.join(EXAMPLES, 'registration-app'),
      '--format',
      'sarif',
      '--output',
      out,
    ]);
    expect(result.status).toBe(0);
    expectValid(JSON.parse(readFileSync(out, 'utf8')));
  });
});

function syntheticReport(findings: Finding[]): Report {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    tool: { name: 'genai-compliance-gate', version: '0.1.0' },
    root: '/repo',
    manifestFile: 'compliance.yml',
    lang: 'en',
    failOn: 'error',
    path: { declared: 'registration', required: 'registration' },
    passed: counts.error === 0,
    counts,
    findings,
    suppressed: [],
  };
}
