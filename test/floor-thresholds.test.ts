/**
 * Every threshold is enforced or gone: the test-bank update interval and the spot checks are
 * judged from the manifest's declared dates and counts, the statuses TC260-003 states with 应 are
 * errors, and the profile table lists only thresholds some rule reads.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../src/data/profiles.js';
import { profilesTable, thresholdsRead } from '../src/docs/profiles-table.js';
import type { SchemaNode } from '../src/docs/schema-reference.js';
import { THRESHOLD_KEYS } from '../src/model/manifest.js';
import { RULES } from '../src/rules/index.js';
import { editManifest, exampleRepo, PROJECT_ROOT, readManifest, tempDir } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';

interface Found {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  message: string;
}

/** The 1-based line of the first manifest line containing `piece`. */
function lineOf(root: string, piece: string): number {
  const index = readManifest(root)
    .split('\n')
    .findIndex((line) => line.includes(piece));
  if (index < 0) throw new Error(`not in the manifest: ${piece}`);
  return index + 1;
}

function findings(root: string, ruleId: string, args: string[] = []): Found[] {
  const { report } = cliJson(['check', root, '--rule', ruleId, ...args]);
  return (report.findings as Found[]).filter((f) => f.ruleId === ruleId);
}

function places(found: Found[]): [string, string, number][] {
  return found.map((f) => [f.ruleId, f.file, f.line]);
}

const filing = () => exampleRepo('filing-self-developed');

describe('testset/update-interval', () => {
  it('passes the filing example, whose bank was updated within 30 days', () => {
    const root = filing();
    expect(findings(root, 'testset/update-interval')).toEqual([]);
    expect(cli(['check', root, '--fail-on', 'warning']).status).toBe(0);
  });

  it('warns at the test set when no update date is declared', () => {
    const root = filing();
    editManifest(root, /\n {4}updated: .*\n/, '\n');
    const found = findings(root, 'testset/update-interval');
    expect(places(found)).toEqual([
      [
        'testset/update-interval',
        'compliance.yml',
        lineOf(root, 'path: compliance/content-safety/附件5'),
      ],
    ]);
    expect(found[0]!.severity).toBe('warning');
    expect(cli(['check', root, '--fail-on', 'warning']).status).toBe(1);
  });

  it('warns at the date when the last update is older than 30 days', () => {
    const root = filing();
    editManifest(root, /updated: .*/, 'updated: 2026-10-01');
    const found = findings(root, 'testset/update-interval');
    expect(places(found)).toEqual([
      ['testset/update-interval', 'compliance.yml', lineOf(root, 'updated: 2026-10-01')],
    ]);
    expect(found[0]!.message).toContain('（61 天前）');
  });
});

describe('testset/spot-checks', () => {
  it('passes the filing example, whose three methods each checked enough and passed 90%', () => {
    const root = filing();
    expect(findings(root, 'testset/spot-checks')).toEqual([]);
  });

  it('fails at content_safety when no spot check is declared, once per method', () => {
    const root = filing();
    editManifest(root, /\n {2}spot_checks:\n(?: {4}- .*\n)+/, '\n');
    const { status, report } = cliJson(['check', root]);
    expect(status).toBe(1);
    const found = (report.findings as Found[]).filter((f) => f.ruleId === 'testset/spot-checks');
    const line = lineOf(root, 'content_safety:');
    expect(places(found)).toEqual([
      ['testset/spot-checks', 'compliance.yml', line],
      ['testset/spot-checks', 'compliance.yml', line],
      ['testset/spot-checks', 'compliance.yml', line],
    ]);
    expect(found.map((f) => f.severity)).toEqual(['error', 'error', 'error']);
    expect(found.map((f) => f.message).join('\n')).toMatch(/人工[\s\S]*关键词[\s\S]*分类模型/);
  });

  it('fails at a check of fewer than 1,000 items', () => {
    const root = filing();
    editManifest(
      root,
      'method: human, items: 1000, passed: 968',
      'method: human, items: 800, passed: 790',
    );
    const found = findings(root, 'testset/spot-checks');
    expect(places(found)).toEqual([
      ['testset/spot-checks', 'compliance.yml', lineOf(root, 'method: human')],
    ]);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0]!.message).toContain('仅 800 条，少于 1000 条');
  });

  it('fails at a check that passed less than 90%', () => {
    const root = filing();
    editManifest(root, 'items: 3000, passed: 2941', 'items: 3000, passed: 2600');
    const found = findings(root, 'testset/spot-checks');
    expect(places(found)).toEqual([
      ['testset/spot-checks', 'compliance.yml', lineOf(root, 'method: keyword')],
    ]);
    expect(found[0]!.message).toContain('2600/3000（86.7%），低于 90.0%');
  });

  it('judges each method by its latest check: an old short check does not count', () => {
    const root = filing();
    editManifest(
      root,
      '  spot_checks:\n',
      '  spot_checks:\n    - { date: 2026-09-01, method: classifier, items: 200, passed: 150 }\n',
    );
    expect(findings(root, 'testset/spot-checks')).toEqual([]);
    editManifest(
      root,
      'date: 2026-09-01, method: classifier',
      'date: 2026-11-30, method: classifier',
    );
    expect(places(findings(root, 'testset/spot-checks'))).toEqual([
      ['testset/spot-checks', 'compliance.yml', lineOf(root, 'items: 200')],
      ['testset/spot-checks', 'compliance.yml', lineOf(root, 'items: 200')],
    ]);
  });

  it('fails a record that passed more items than it checked', () => {
    const root = filing();
    editManifest(root, 'items: 5000, passed: 4862', 'items: 5000, passed: 5100');
    expect(places(findings(root, 'testset/spot-checks'))).toEqual([
      ['testset/spot-checks', 'compliance.yml', lineOf(root, 'method: classifier')],
    ]);
  });

  it('asks nothing on the registration path, whose profile sets no spot checks', () => {
    const root = exampleRepo('registration-app');
    expect(readManifest(root)).not.toContain('spot_checks');
    expect(findings(root, 'testset/spot-checks')).toEqual([]);
  });
});

describe('statuses TC260-003 states with 应 are errors', () => {
  it('the four thresholds are V in the filing profile', () => {
    const { thresholds } = PROFILES.filing;
    expect(thresholds.lexicon_max_cadence_days).toEqual({ value: 7, status: 'V' });
    expect(thresholds.testset_min_per_a3_a5_risk).toEqual({ value: 20, status: 'V' });
    expect(thresholds.spot_check_min_items).toEqual({ value: 1000, status: 'V' });
    expect(thresholds.spot_check_min_pass_rate).toEqual({ value: 0.9, status: 'V' });
  });

  it('a lexicon reviewed less often than weekly is an error on filing; weekly passes', () => {
    const root = filing();
    expect(findings(root, 'lexicon/update-mechanism')).toEqual([]);
    editManifest(root, 'cadence_days: 7', 'cadence_days: 14');
    const found = findings(root, 'lexicon/update-mechanism');
    expect(places(found)).toEqual([
      ['lexicon/update-mechanism', 'compliance.yml', lineOf(root, 'cadence_days: 14')],
    ]);
    expect(found[0]!.severity).toBe('error');
    expect(cli(['check', root]).status).toBe(1);
  });

  it('an A.3-A.5 risk with fewer than 20 generated-content items is an error on filing', () => {
    const root = path.join(tempDir(), 'repo');
    cpSync(
      path.join(
        PROJECT_ROOT,
        'test/rules/testset/category-coverage/pass-filing-every-risk-and-bank',
      ),
      root,
      { recursive: true },
    );
    expect(findings(root, 'testset/category-coverage')).toEqual([]);
    editManifest(root, /\n {2}testset_min_per_a3_a5_risk: 1\n/, '\n');
    const found = findings(root, 'testset/category-coverage');
    const a3a = found.filter((f) => f.message.includes('A3a'));
    expect(places(a3a)).toEqual([
      ['testset/category-coverage', 'compliance.yml', lineOf(root, 'path: 附件5')],
    ]);
    expect(a3a[0]!.severity).toBe('error');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('the profile table lists only the thresholds rules read', () => {
  const schema = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'schemas/compliance.schema.json'), 'utf8'),
  ) as SchemaNode;
  const rowKeys = (table: string) =>
    [...table.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);

  it('every threshold of the profiles is read by some rule', () => {
    expect(THRESHOLD_KEYS.filter((key) => !thresholdsRead(RULES).includes(key))).toEqual([]);
  });

  it('a threshold no rule reads is left out of the table', () => {
    const withoutSpotChecks = RULES.filter((rule) => rule.id !== 'testset/spot-checks');
    for (const lang of ['zh-CN', 'en'] as const) {
      const keys = rowKeys(profilesTable(schema, lang, withoutSpotChecks));
      expect(keys).not.toContain('spot_check_min_items');
      expect(keys).not.toContain('spot_check_min_pass_rate');
      expect(keys).toContain('testset_max_update_days');
      expect(rowKeys(profilesTable(schema, lang, RULES))).toEqual(thresholdsRead(RULES));
    }
  });

  it('each rule declares exactly the thresholds its code reads (help quotes aside)', () => {
    const dir = path.join(PROJECT_ROOT, 'src/rules');
    const mismatched: string[] = [];
    for (const rule of RULES) {
      const source = readFileSync(path.join(dir, `${rule.id}.ts`), 'utf8')
        .replace(/^ {2}thresholds: \[.*\],$/m, '')
        .replace(/\bqe?\('(?:registration|filing)', '[a-z0-9_]+'\)/g, '');
      const read = THRESHOLD_KEYS.filter((key) => new RegExp(`\\b${key}\\b`).test(source));
      if (read.join() !== (rule.thresholds ?? []).join()) mismatched.push(rule.id);
    }
    expect(mismatched).toEqual([]);
  });

  it('the committed READMEs and domain notes show the same rows', () => {
    for (const file of ['README.md', 'README.en.md', 'docs/domain.md', 'docs/domain.en.md']) {
      const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      const section = text.split('<!-- generated:profiles -->')[1] ?? '';
      expect(rowKeys(section.split('<!--')[0] ?? '')).toEqual(thresholdsRead(RULES));
    }
  });
});
