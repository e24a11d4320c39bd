/** Every rule on its own fixtures: a passing and a failing case each, run with only that rule. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { ruleCases, runRuleCase } from './helpers/rule-fixture.js';

const cases = ruleCases();

describe('rule fixtures', () => {
  it('every rule has a passing and a failing case of its own', () => {
    const missing = RULES.flatMap((rule) => {
      const own = cases.filter((c) => c.ruleId === rule.id);
      return [
        ...(own.some((c) => c.passes) ? [] : [`${rule.id}: no pass-… case`]),
        ...(own.some((c) => !c.passes) ? [] : [`${rule.id}: no fail-… case`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('every fixture folder belongs to a rule and every fail case expects a finding', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(cases.filter((c) => !ids.has(c.ruleId)).map((c) => c.ruleId)).toEqual([]);
    expect(cases.filter((c) => !c.passes && c.expect.length === 0).map((c) => c.dir)).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.ruleId} ${c.name}`, c] as const))('%s', async (_, ruleCase) => {
    const findings = await runRuleCase(ruleCase);
    if (ruleCase.passes) {
      expect(findings).toEqual([]);
      return;
    }
    const found = findings.map((f) => ({
      file: f.file,
      line: f.line,
      severity: f.severity,
      message: f.message['zh-CN'],
    }));
    expect(found).toHaveLength(ruleCase.expect.length);
    ruleCase.expect.forEach((want, i) => {
      const got = found[i]!;
      // The place is part of the expectation: a finding about no place says so by leaving it out.
      expect([got.file, got.line]).toEqual([want.file, want.line]);
      expect(got.severity).toBe(
        want.severity ?? RULES.find((r) => r.id === ruleCase.ruleId)!.defaultSeverity,
      );
      if (want.message !== undefined) expect(got.message).toContain(want.message);
    });
  });
});
