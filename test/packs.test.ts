/**
 * Policy packs through the command line, as a workflow runs them: the product and the policy
 * repository checked out side by side in one workspace, the product's compliance.yml extending
 * the sample pack (examples/policy-pack/pack.yml).
 */
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commit, git } from './helpers/drift-repo.js';
import { EXAMPLES, editManifest, readManifest, tempDir, writeFile } from './helpers/repo.js';
import { cliJson } from './helpers/run.js';

interface Place {
  ruleId: string;
  severity: string;
  line?: number;
  en: string;
}

const PACK_ID = 'acme/genai-policy@2026.12';

/** `workspace/product` (the registration example) and `workspace/policy/pack.yml`. */
function workspace(extendsLine = 'extends: ../policy/pack.yml'): {
  workspace: string;
  product: string;
} {
  const ws = tempDir('gcg-packs-');
  const product = path.join(ws, 'product');
  mkdirSync(path.join(ws, 'policy'), { recursive: true });
  copyFileSync(path.join(EXAMPLES, 'policy-pack/pack.yml'), path.join(ws, 'policy/pack.yml'));
  cpSync(path.join(EXAMPLES, 'registration-app'), product, { recursive: true });
  editManifest(product, 'version: 1\n', `version: 1\n${extendsLine}\n`);
  return { workspace: ws, product };
}

function append(product: string, text: string): void {
  writeFile(product, 'compliance.yml', `${readManifest(product)}${text}`);
}

/** The manifest's 1-based line that starts with `start` (after indentation). */
function lineOf(product: string, start: string, after = 0): number {
  const lines = readManifest(product).split('\n');
  const index = lines.findIndex((line, i) => i >= after && line.trimStart().startsWith(start));
  expect(index, start).toBeGreaterThanOrEqual(0);
  return index + 1;
}

function check(ws: { workspace: string; product: string }, ...extra: string[]) {
  const result = cliJson([
    'check',
    ws.product,
    '--workspace',
    ws.workspace,
    '--lang',
    'en',
    ...extra,
  ]);
  expect(result.stderr).toBe('');
  const findings = (result.report.findings as Record<string, any>[]).map((f): Place => ({
    ruleId: f.ruleId,
    severity: f.severity,
    line: f.line,
    en: f.message as string,
  }));
  return { ...result, findings };
}

function of(findings: Place[], ruleId: string): Place[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

describe('policy packs', () => {
  it('a product that extends the sample pack passes; out of the workspace the pack is a finding', () => {
    const ws = workspace();
    const passed = check(ws);
    expect(passed.status).toBe(0);
    expect(passed.findings).toEqual([]);

    // Without --workspace the workspace is the product itself, and ../policy lies outside it.
    const alone = cliJson(['check', ws.product, '--lang', 'en']);
    expect(alone.status).toBe(1);
    const pack = (alone.report.findings as Record<string, any>[]).filter(
      (f) => f.ruleId === 'manifest/pack',
    );
    expect(pack.map((f) => [f.severity, f.line])).toEqual([
      ['error', lineOf(ws.product, 'extends:')],
    ]);
    expect(pack[0]!.message).toContain('../policy/pack.yml');
    expect(pack[0]!.message).toContain('outside the workspace');
  });

  it('judges with the merged settings: a pack threshold fails the product, a tightening too, a loosening is refused', () => {
    const ws = workspace('extends: ../policy/strict.yml');
    writeFile(
      ws.workspace,
      'policy/strict.yml',
      "id: acme/strict\nversion: '3'\nextends: pack.yml\nthresholds:\n  testset_min_items: 1500\n",
    );
    const strict = check(ws);
    expect(strict.status).toBe(1);
    expect(of(strict.findings, 'testset/size').map((f) => f.en)).toEqual([
      expect.stringContaining('fewer than 1500'),
    ]);
    expect(of(strict.findings, 'manifest/pack-locked')).toEqual([]);

    append(ws.product, 'thresholds:\n  testset_min_items: 1600\n');
    const tighter = check(ws);
    expect(of(tighter.findings, 'testset/size').map((f) => f.en)).toEqual([
      expect.stringContaining('fewer than 1600'),
    ]);
    expect(of(tighter.findings, 'manifest/pack-locked')).toEqual([]);

    editManifest(ws.product, 'testset_min_items: 1600', 'testset_min_items: 1100');
    const looser = check(ws);
    expect(looser.status).toBe(1);
    const locked = of(looser.findings, 'manifest/pack-locked');
    expect(locked.map((f) => [f.severity, f.line])).toEqual([
      ['error', lineOf(ws.product, 'testset_min_items:')],
    ]);
    expect(locked[0]!.en).toContain(`policy pack ${PACK_ID} (../policy/pack.yml)`);
    expect(locked[0]!.en).toContain('thresholds.testset_min_items');
    expect(locked[0]!.en).toContain('`1500` in the pack, `1100` here');
    // The locked value stays in force.
    expect(of(looser.findings, 'testset/size').map((f) => f.en)).toEqual([
      expect.stringContaining('fewer than 1500'),
    ]);
  });

  it('leaves keys a pack does not lock to the repository', () => {
    const ws = workspace('extends: ../policy/advice.yml');
    writeFile(
      ws.workspace,
      'policy/advice.yml',
      'id: acme/advice\nthresholds:\n  testset_min_items: 1500\n',
    );
    expect(check(ws).status).toBe(1);
    append(ws.product, 'thresholds:\n  testset_min_items: 1100\n');
    const overridden = check(ws);
    expect(overridden.status).toBe(0);
    expect(overridden.findings).toEqual([]);
  });

  it('reports a loosened locked severity, signal and fail_on at their lines, and keeps the locked values', () => {
    const ws = workspace();
    append(
      ws.product,
      [
        'rules:',
        '  drift/fine-tuning-introduced: warning',
        '  lexicon/stale: note',
        'signals:',
        '  disable: [dep-peft]',
        '  severity:',
        '    acme-tuning-sdk: note',
        'gate:',
        '  fail_on: never',
        '',
      ].join('\n'),
    );
    const result = check(ws);
    expect(result.status).toBe(1);
    expect(result.report.failOn).toBe('error');
    const locked = of(result.findings, 'manifest/pack-locked');
    expect(locked.map((f) => [f.line, f.severity])).toEqual([
      [lineOf(ws.product, 'drift/fine-tuning-introduced:'), 'error'],
      [lineOf(ws.product, 'disable:'), 'error'],
      [lineOf(ws.product, 'acme-tuning-sdk:'), 'error'],
      [lineOf(ws.product, 'fail_on:'), 'error'],
    ]);
    expect(locked.map((f) => f.en.split(',')[0])).toEqual([
      'The manifest loosens rules.drift/fine-tuning-introduced',
      'The manifest loosens signals.disable',
      'The manifest loosens signals.severity.acme-tuning-sdk',
      'The manifest loosens gate.fail_on',
    ]);
    for (const finding of locked) expect(finding.en).toContain(PACK_ID);
    // lexicon/stale is not locked: turning it down is the repository's choice.
    expect(locked.some((f) => f.en.includes('lexicon/stale'))).toBe(false);
  });

  it('honours a waiver of a locked rule only with reason, owner and expiry; a pack carries none', () => {
    const ws = workspace('extends: ../policy/strict.yml');
    writeFile(
      ws.workspace,
      'policy/strict.yml',
      [
        'id: acme/strict',
        'extends: pack.yml',
        'thresholds:',
        '  testset_min_items: 1500',
        'rules:',
        '  testset/size: error',
        'locked: [rules.testset/size]',
        '',
      ].join('\n'),
    );
    const waiver = [
      '  - rule: testset/size',
      '    reason: 测试集扩充至 1500 题，排期中',
      '    owner: 内容安全组 张敏',
      '    expires: 2099-12-31',
    ];
    editManifest(ws.product, 'waivers: []', ['waivers:', ...waiver].join('\n'));
    const waived = check(ws);
    expect(waived.status).toBe(0);
    expect(waived.findings).toEqual([]);
    expect((waived.report.suppressed as Record<string, any>[]).map((s) => s.ruleId)).toContain(
      'testset/size',
    );

    editManifest(ws.product, '    owner: 内容安全组 张敏\n', '');
    const ownerless = check(ws);
    expect(ownerless.status).toBe(1);
    expect(of(ownerless.findings, 'testset/size').map((f) => f.severity)).toEqual(['error']);
    expect(of(ownerless.findings, 'waiver/invalid')).toHaveLength(1);

    // Waivers in a pack are not part of its format: the pack cannot be used, and nothing is waived.
    editManifest(
      ws.product,
      ['waivers:', ...waiver.filter((l) => !l.includes('owner'))].join('\n'),
      'waivers: []',
    );
    writeFile(
      ws.workspace,
      'policy/strict.yml',
      ['id: acme/strict', 'extends: pack.yml', 'waivers:', ...waiver, ''].join('\n'),
    );
    const packWaiver = check(ws);
    expect(packWaiver.status).toBe(1);
    expect(of(packWaiver.findings, 'manifest/pack').map((f) => [f.line, f.severity])).toEqual([
      [lineOf(ws.product, 'extends:'), 'error'],
    ]);
  });

  it('reports missing, escaping and circular packs, and a later pack that loosens a lock', () => {
    const ws = workspace(
      [
        'extends:',
        '  - ../policy/pack.yml',
        '  - policy/loose.yml',
        '  - ../policy/missing.yml',
        '  - ../../outside.yml',
        '  - policy/a.yml',
      ].join('\n'),
    );
    writeFile(
      ws.product,
      'policy/loose.yml',
      'id: team/loose\nrules:\n  drift/fine-tuning-introduced: off\n',
    );
    writeFile(ws.product, 'policy/a.yml', 'extends: b.yml\n');
    writeFile(ws.product, 'policy/b.yml', 'extends: a.yml\n');
    const result = check(ws);
    expect(result.status).toBe(1);
    const problems = of(result.findings, 'manifest/pack');
    const entry = (text: string) => lineOf(ws.product, `- ${text}`);
    expect(problems.map((f) => f.line)).toEqual([
      entry('../policy/missing.yml'),
      entry('../../outside.yml'),
      entry('policy/a.yml'),
    ]);
    expect(problems[0]!.en).toContain('File not found');
    expect(problems[1]!.en).toContain('outside the workspace');
    expect(problems[2]!.en).toContain('circle: policy/a.yml → policy/b.yml → policy/a.yml');
    const locked = of(result.findings, 'manifest/pack-locked');
    expect(locked.map((f) => f.line)).toEqual([entry('policy/loose.yml')]);
    expect(locked[0]!.en).toContain('Policy pack team/loose (policy/loose.yml) loosens');
    expect(locked[0]!.en).toContain(PACK_ID);
  });

  it('judges a change with the packs as they were on base: editing its own pack loosens nothing', () => {
    const ws = workspace('extends: policy/pack.yml');
    const root = ws.product;
    writeFile(
      root,
      'policy/pack.yml',
      'id: acme/in-repo\nthresholds:\n  testset_min_items: 1500\nlocked: [thresholds]\n',
    );
    git(root, 'init', '-q', '-b', 'main');
    const base = commit(root, 'base');
    writeFile(
      root,
      'policy/pack.yml',
      'id: acme/in-repo\nthresholds:\n  testset_min_items: 1000\n',
    );
    const head = commit(root, 'loosen the pack');

    // On its own, the head's pack passes the product ...
    expect(check(ws).status).toBe(0);
    // ... but the change is judged with the base's pack.
    const change = check(ws, '--base', base, '--head', head);
    expect(change.status).toBe(1);
    expect(of(change.findings, 'testset/size').map((f) => f.en)).toEqual([
      expect.stringContaining('fewer than 1500'),
    ]);
    const loosened = of(change.findings, 'drift/policy-loosened');
    expect(loosened.map((f) => [f.line, f.severity])).toEqual([
      [lineOf(root, 'extends:'), 'error'],
    ]);
    expect(loosened[0]!.en).toContain('thresholds.testset_min_items');
  });
});
