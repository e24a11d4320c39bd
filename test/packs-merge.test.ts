/** How packs merge under a manifest and how locks hold, in process: the breadth behind the CLI tests. */
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validatePolicyPack } from '../src/generated/validators.js';
import { withPacks, type PackDefaults } from '../src/gate-policy/packs.js';
import { loadPacks, type LoadedPack } from '../src/manifest/packs.js';
import type { Manifest } from '../src/model/manifest.js';
import type { PackSettings } from '../src/model/pack.js';
import { EXAMPLES, PROJECT_ROOT, tempDir, writeFile } from './helpers/repo.js';

const addFormats = ((formatsPlugin as { default?: unknown }).default ??
  formatsPlugin) as typeof formatsPlugin.default;

/** The pack schema as editors read it, references to the manifest's sections included. */
function publishedPackValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv, ['date', 'uri']);
  for (const file of ['signal-pack', 'compliance', 'policy-pack']) {
    const schema = readFileSync(path.join(PROJECT_ROOT, `schemas/${file}.schema.json`), 'utf8');
    ajv.addSchema(JSON.parse(schema));
  }
  return ajv.getSchema(
    'https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/policy-pack.schema.json',
  )!;
}

const DEFAULTS: PackDefaults = {
  ruleDefault: (id) => (id.startsWith('drift/') ? 'error' : 'warning'),
  signalDefault: (id) => (id === 'dep-peft' ? 'error' : undefined),
};

function manifest(extra: Partial<Manifest> = {}): Manifest {
  return {
    version: 1,
    path: 'registration',
    service: {
      name: '灵犀智能客服',
      entity: '苏州灵犀信息技术有限公司',
      public_facing: true,
      online_number: null,
      display_pages: [],
      algorithm_filing_number: null,
    },
    gate: { fail_on: 'error', lang: 'zh-CN' },
    waivers: [],
    ...extra,
  };
}

function pack(file: string, settings: PackSettings, locked: string[] = []): LoadedPack {
  return { ref: { file, id: file }, settings, locked, via: '/extends' };
}

describe('policy pack merge', () => {
  it('merges by key, adds lists up, replaces a signal by id, and lets the manifest win where nothing is locked', () => {
    const packed = withPacks(
      manifest({
        rules: { 'lexicon/stale': 'off' },
        thresholds: { testset_min_items: 900 },
        phrases: { retention: ['保存期限'] },
        signals: {
          add: [
            {
              id: 'acme',
              kind: 'dependency',
              pattern: 'acme-v2',
              rule: 'drift/self-hosted-weights',
            },
          ],
          disable: ['dep-trl'],
        },
      }),
      undefined,
      [
        pack('a.yml', {
          gate: { fail_on: 'warning' },
          rules: { 'lexicon/stale': 'error', 'testset/size': 'error' },
          thresholds: { testset_min_items: 2000, testset_max_refusals: 10 },
          phrases: { retention: ['存储期限'] },
          signals: {
            add: [
              {
                id: 'acme',
                kind: 'dependency',
                pattern: 'acme',
                rule: 'drift/fine-tuning-introduced',
              },
            ],
            disable: ['dep-peft'],
          },
        }),
      ],
      DEFAULTS,
    );
    expect(packed.loosenings).toEqual([]);
    const m = packed.manifest;
    expect(m.gate).toEqual({ fail_on: 'warning', lang: 'zh-CN' });
    expect(m.rules).toEqual({ 'lexicon/stale': 'off', 'testset/size': 'error' });
    expect(m.thresholds).toEqual({ testset_min_items: 900, testset_max_refusals: 10 });
    expect(m.phrases).toEqual({ retention: ['存储期限', '保存期限'] });
    expect(m.signals?.add?.map((s) => s.pattern)).toEqual(['acme-v2']);
    expect(m.signals?.disable).toEqual(['dep-peft', 'dep-trl']);
  });

  it('keeps a locked value where the manifest loosens it, and lets it tighten', () => {
    const locked = pack(
      'org.yml',
      {
        thresholds: { testset_min_items: 2000, testset_max_refusal_ratio: 0.05 },
        signals: {
          add: [
            {
              id: 'acme',
              kind: 'dependency',
              pattern: 'acme',
              rule: 'drift/fine-tuning-introduced',
            },
          ],
        },
      },
      ['thresholds', 'signals.add', 'signals.disable.dep-peft'],
    );
    const packed = withPacks(
      manifest({
        thresholds: { testset_min_items: 500, testset_max_refusal_ratio: 0.01 },
        signals: {
          add: [
            {
              id: 'acme',
              kind: 'dependency',
              pattern: 'acme-x',
              rule: 'drift/fine-tuning-introduced',
            },
          ],
          disable: ['dep-peft'],
        },
      }),
      undefined,
      [locked],
      DEFAULTS,
    );
    expect(packed.loosenings.map((l) => [l.key, l.pointer, l.locked])).toEqual([
      ['thresholds.testset_min_items', '/thresholds/testset_min_items', 'thresholds'],
      ['signals.add[0]', '/signals/add/0', 'signals.add'],
      ['signals.disable', '/signals/disable/0', 'signals.disable.dep-peft'],
    ]);
    const m = packed.manifest;
    expect(m.thresholds).toEqual({ testset_min_items: 2000, testset_max_refusal_ratio: 0.01 });
    expect(m.signals?.add?.map((s) => s.pattern)).toEqual(['acme']);
    expect(m.signals?.disable).toEqual([]);
  });

  it('does not let a later pack loosen what an earlier one locks', () => {
    const packed = withPacks(
      manifest(),
      undefined,
      [
        pack('org.yml', { rules: { 'drift/unfiled-endpoint': 'error' } }, ['rules']),
        { ...pack('team.yml', { rules: { 'drift/unfiled-endpoint': 'note' } }), via: '/extends/1' },
      ],
      DEFAULTS,
    );
    expect(packed.loosenings.map((l) => [l.key, l.pointer, l.by?.file, l.lockedBy.file])).toEqual([
      ['rules.drift/unfiled-endpoint', '/extends/1', 'team.yml', 'org.yml'],
    ]);
    expect(packed.manifest.rules).toEqual({ 'drift/unfiled-endpoint': 'error' });
  });

  it('reads packs only inside the workspace: a link out of it is refused', () => {
    const ws = tempDir('gcg-pack-ws-');
    const outside = tempDir('gcg-pack-out-');
    writeFile(outside, 'pack.yml', 'id: elsewhere\n');
    writeFile(ws, 'product/compliance.yml', 'version: 1\n');
    symlinkSync(path.join(outside, 'pack.yml'), path.join(ws, 'linked.yml'));
    writeFile(ws, 'policy/pack.yml', 'id: acme\nversion: 2026.12\nextends: ../linked.yml\n');
    const loaded = loadPacks(['../policy/pack.yml'], {
      workspace: ws,
      root: path.join(ws, 'product'),
      manifest: 'compliance.yml',
    });
    expect(loaded.problems.map((p) => [p.kind, p.file, p.chain])).toEqual([
      ['read', '../linked.yml', ['../policy/pack.yml']],
    ]);
    expect(loaded.problems[0]).toMatchObject({ problem: { code: 'outside-root' } });
    expect(loaded.packs.map((p) => p.ref)).toEqual([
      { file: '../policy/pack.yml', id: 'acme', version: '2026.12' },
    ]);
  });

  it('validates packs in the gate exactly as the published schema does', () => {
    const published = publishedPackValidator();
    const sample = yaml.load(readFileSync(path.join(EXAMPLES, 'policy-pack/pack.yml'), 'utf8'));
    const packs: unknown[] = [
      sample,
      {},
      { id: 'a', version: 3, extends: ['x.yml'], locked: ['thresholds.testset_min_items'] },
      { gate: { fail_on: 'sometimes' } },
      { rules: { 'Not An Id': 'error' } },
      { thresholds: { testset_min_items: 'many' } },
      { phrases: { retention: [], nonsense: ['x'] } },
      { signals: { add: [{ id: 'x' }] } },
      { locked: ['waivers'] },
      { waivers: [{ rule: 'testset/size', reason: 'r', owner: 'o', expires: '2099-01-01' }] },
      { extends: [] },
    ];
    const verdicts = packs.map((pack) => [
      published(structuredClone(pack)),
      validatePolicyPack(structuredClone(pack)),
    ]);
    expect(verdicts.map(([, bundled]) => bundled)).toEqual(verdicts.map(([p]) => p));
    expect(verdicts.map(([p]) => p)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
