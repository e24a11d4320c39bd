import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateCompliance } from '../src/generated/validators.js';
import { EXAMPLES, PROJECT_ROOT } from './helpers/repo.js';

/**
 * The bundled validator is generated from a build-time form of the schema (annotations dropped,
 * sections as definitions). It must judge every manifest exactly as the published schema does.
 */
const addFormats = ((formatsPlugin as { default?: unknown }).default ??
  formatsPlugin) as typeof formatsPlugin.default;

function publishedValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, useDefaults: true });
  addFormats(ajv, ['date', 'uri']);
  for (const file of ['signal-pack.schema.json', 'compliance.schema.json']) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schemas', file), 'utf8')));
  }
  return ajv.getSchema(
    'https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/compliance.schema.json',
  )!;
}

type Verdict = { valid: boolean; errors: string[]; data: unknown };

function judge(validate: typeof validateCompliance, manifest: unknown): Verdict {
  const data = structuredClone(manifest);
  const valid = validate(data);
  const errors = (validate.errors ?? [])
    .map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`)
    .sort();
  return { valid, errors, data };
}

/** A manifest with every section the schema knows, each filled in. */
const FULL = {
  version: 1,
  path: 'filing',
  service: { name: 's', entity: 'e', credit_code: 'x', display_pages: ['a'] },
  models: [{ provider: 'p', name: 'n', source: 'self-developed', fine_tuning: 'lora' }],
  materials: { business_license: 'a', security_assessment: 'b' },
  content_safety: {
    lexicon: { path: 'l', columns: { keyword: 1, group: 'B' }, update: { cadence_days: 7 } },
    test_set: { path: 't', banks: { 应拒答: 'should-refuse' }, columns: { question: 2 } },
    management_system: 'm',
  },
  policies: { privacy: { path: 'p', retention_months: 6 }, service_agreement: { path: 'a' } },
  test_access: { account_doc: 'a' },
  gate: { fail_on: 'warning', lang: 'en' },
  rules: { 'path/required': 'warning' },
  thresholds: { testset_min_items: 10, testset_min_high_risk_ratio: 0.5 },
  phrases: { retention: ['保存'] },
  signals: {
    add: [
      {
        id: 'my-signal',
        kind: 'path',
        pattern: 'x',
        rule: 'drift/fine-tuning-introduced',
        meaning: { 'zh-CN': '含义', en: 'meaning' },
      },
    ],
    disable: ['peft'],
    severity: { peft: 'warning' },
    exclude: ['vendor/**'],
  },
  waivers: [{ rule: 'path/required', reason: 'r', owner: 'o', expires: '2027-01-01' }],
};

const REPLACEMENTS: unknown[] = [null, 42, -1, 0.5, 'x', '', [], {}, { unknown: 1 }, ['x'], true];

/** Every value of `value` replaced in turn by each replacement, and every key dropped. */
function* mutations(value: unknown, at: (string | number)[] = []): Generator<(string | number)[]> {
  yield at;
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      yield* mutations(child, [...at, Array.isArray(value) ? Number(key) : key]);
    }
  }
}

function withValue(manifest: unknown, at: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(manifest) as Record<string | number, unknown>;
  if (at.length === 0) return replacement;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (replacement === DROP) delete node[last];
  else node[last] = replacement;
  return copy;
}

const DROP = Symbol('drop');

describe('the bundled manifest validator', () => {
  const published = publishedValidator() as unknown as typeof validateCompliance;
  const examples = ['registration-app', 'filing-self-developed'].map((name) =>
    yaml.load(readFileSync(path.join(EXAMPLES, name, 'compliance.yml'), 'utf8')),
  );

  it('judges every mutation of the examples and of a full manifest as the published schema does', () => {
    let compared = 0;
    for (const manifest of [...examples, FULL]) {
      for (const at of mutations(manifest)) {
        for (const replacement of at.length > 0 ? [...REPLACEMENTS, DROP] : REPLACEMENTS) {
          const mutated = withValue(manifest, at, replacement);
          expect([at.join('.'), judge(validateCompliance, mutated)]).toEqual([
            at.join('.'),
            judge(published, mutated),
          ]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('accepts the full manifest and fills in the defaults', () => {
    const verdict = judge(validateCompliance, {
      version: 1,
      path: 'exempt',
      service: FULL.service,
    });
    expect(verdict.errors).toEqual([]);
    expect(verdict.data).toMatchObject({
      gate: { fail_on: 'error', lang: 'zh-CN' },
      waivers: [],
      service: { public_facing: true, online_number: null },
    });
    expect(judge(validateCompliance, FULL).errors).toEqual([]);
  });
});
