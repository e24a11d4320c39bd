/** The fleet's reading of reports and its rows, in-process: shapes, waiver window, merging. */
import { describe, expect, it } from 'vitest';
import { buildFleet } from '../src/fleet/build.js';
import { isProblem, parseReport, type ParsedReport } from '../src/fleet/parse.js';

function report(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tool: { name: 'genai-compliance-gate', version: '0.1.0' },
    path: { declared: 'registration', required: 'registration' },
    passed: true,
    counts: { error: 0, warning: 0, note: 0 },
    failOn: 'error',
    lang: 'en',
    findings: [],
    suppressed: [],
    repository: 'acme/app',
    commit: null,
    generatedAt: '2026-11-30T00:00:00.000Z',
    packs: [],
    waivers: [],
    ...fields,
  };
}

function parsed(fields: Record<string, unknown> = {}, source = 'r.json'): ParsedReport {
  const result = parseReport(source, JSON.stringify(report(fields)));
  if (isProblem(result)) throw new Error(result.detail);
  return result;
}

describe('fleet: reading a report', () => {
  it.each([
    ['null', 'not-a-report'],
    ['"text"', 'not-a-report'],
    ['{"tool":{"name":"genai-compliance-gate"}}', 'not-a-report'],
    ['{"__proto__":{"passed":true},"tool":{"name":"genai-compliance-gate"}}', 'not-a-report'],
    ['{', 'not-json'],
  ])('refuses %s as %s', (text, kind) => {
    const result = parseReport('x.json', text);
    expect(isProblem(result) && result.kind).toBe(kind);
  });

  it('refuses wrong types of the required fields', () => {
    for (const fields of [
      { passed: 'yes' },
      { counts: { error: -1, warning: 0, note: 0 } },
      { path: { declared: 'other', required: null } },
      { findings: {} },
    ]) {
      expect(isProblem(parseReport('x', JSON.stringify(report(fields))))).toBe(true);
    }
  });

  it('ignores malformed optional parts and keeps the rest', () => {
    const r = parsed({
      repository: 42,
      coverage: { profile: 'registration', rows: [{ risk: '__proto__' }, { risk: 'A1a' }, 7] },
      metrics: 'none',
      packs: [{ file: 'p.yml', id: 'org', version: 3 }, null],
      findings: [
        { ruleId: 'drift/x', severity: 'fatal' },
        { ruleId: 'drift/x', severity: 'error' },
      ],
    });
    expect(r.repository).toBeNull();
    expect(r.coverage).toEqual([{ risk: 'A1a' }]);
    expect(r.rates).toBeNull();
    expect(r.packs).toEqual([{ file: 'p.yml', id: 'org' }]);
    expect(r.findings).toEqual([{ ruleId: 'drift/x', severity: 'error' }]);
  });

  it('takes waiver terms from suppressed findings when the report lists no waivers', () => {
    const terms = { reason: 'r', owner: 'o', expires: '2026-12-10' };
    const r = parsed({
      waivers: undefined,
      suppressed: [
        { ruleId: 'materials/credit-code', severity: 'error', message: 'm', waiver: terms },
        { ruleId: 'materials/credit-code', severity: 'error', message: 'm', waiver: terms },
      ],
    });
    expect(r.waivers).toEqual([{ rule: 'materials/credit-code', ...terms }]);
  });
});

describe('fleet: rows', () => {
  it('lists waivers that expired or expire within the window, soonest first', () => {
    const waiver = (rule: string, expires: string) => ({ rule, reason: 'r', owner: 'o', expires });
    const fleet = buildFleet(
      [
        parsed({
          waivers: [
            waiver('a/late', '2027-01-01'),
            waiver('a/edge', '2026-12-31'),
            waiver('a/past', '2026-11-28'),
            waiver('a/today', '2026-12-01'),
          ],
        }),
      ],
      [],
      '2026-12-01',
    );
    expect(fleet.repositories[0]!.expiringWaivers.map((w) => [w.rule, w.daysLeft])).toEqual([
      ['a/past', -3],
      ['a/today', 0],
      ['a/edge', 30],
    ]);
  });

  it('merges the reports of one repository: newest check, newest evaluation', () => {
    const metrics = (rate: number) => ({
      refusal_rate: rate,
      should_refuse: { total: 2, evaluated: 2, refusals: 1, rate },
      should_not_refuse: { total: 2, evaluated: 2, refusals: 0, rate: 0 },
    });
    const fleet = buildFleet(
      [
        parsed({ passed: false, generatedAt: '2026-11-01T00:00:00Z' }, 'old.json'),
        parsed({ passed: true, generatedAt: '2026-11-02T00:00:00Z' }, 'new.json'),
        parsed({ metrics: metrics(0.9), generatedAt: '2026-11-03T00:00:00Z' }, 'e1.json'),
        parsed({ metrics: metrics(0.97), generatedAt: '2026-11-04T00:00:00Z' }, 'e2.json'),
        parsed({ repository: 'acme/app', directory: 'svc' }, 'svc.json'),
      ],
      [],
      '2026-12-01',
    );
    expect(fleet.repositories.map((r) => r.name)).toEqual(['acme/app', 'acme/app/svc']);
    const app = fleet.repositories[0]!;
    expect(app.passed).toBe(true);
    expect(app.rates).toEqual({
      refusal: 0.97,
      nonRefusal: 0,
      generatedAt: '2026-11-04T00:00:00Z',
    });
    expect(app.sources).toEqual(['old.json', 'new.json', 'e1.json', 'e2.json']);
  });

  it('colours each risk by its weakest count, and counts errors and warnings by group', () => {
    const fleet = buildFleet(
      [
        parsed({
          coverage: {
            profile: 'registration',
            rows: [
              { risk: 'A1a', lexicon: { count: 5, minimum: 1 }, testset: { count: 3, minimum: 2 } },
              { risk: 'A1b', lexicon: { count: 5, minimum: 1 }, testset: { count: 1, minimum: 2 } },
              { risk: 'A1c', lexicon: { count: 0, minimum: 1 }, testset: { count: 1, minimum: 2 } },
              { risk: 'A1d' },
            ],
          },
          findings: [
            { ruleId: 'drift/fine-tuning-introduced', severity: 'error' },
            { ruleId: 'drift/unfiled-endpoint', severity: 'warning' },
            { ruleId: 'lexicon/size', severity: 'note' },
            { ruleId: 'custom/thing', severity: 'error' },
          ],
        }),
      ],
      [],
      '2026-12-01',
    );
    const row = fleet.repositories[0]!;
    expect(Object.fromEntries(Object.entries(row.coverage).map(([k, v]) => [k, v.state]))).toEqual({
      A1a: 'met',
      A1b: 'short',
      A1c: 'missing',
      A1d: 'none',
    });
    expect([row.risksMet, row.risksTotal]).toEqual([1, 4]);
    expect(row.groups).toEqual([
      { group: 'drift', error: 1, warning: 1 },
      { group: 'other', error: 1, warning: 0 },
    ]);
    expect(fleet.risks).toEqual(['A1a', 'A1b', 'A1c', 'A1d']);
  });

  it('falls back to the 17 risks, and names a report without a repository by its file', () => {
    const fleet = buildFleet([parsed({ repository: null }, 'dir/r.json')], [], '2026-12-01');
    expect(fleet.risks).toHaveLength(17);
    expect(fleet.repositories[0]!.name).toBe('dir/r.json');
  });
});
