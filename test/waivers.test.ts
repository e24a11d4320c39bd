import { describe, expect, it } from 'vitest';
import { todayInChina } from '../src/context.js';
import { editManifest, exampleRepo, lineOf } from './helpers/repo.js';
import { byRule, check } from './helpers/run.js';

/** A day relative to the day the gate judges by (pinned for the tests in vitest.config.ts). */
function shiftDays(days: number): string {
  const today = process.env.GENAI_COMPLIANCE_GATE_TODAY ?? todayInChina();
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function withUnfiledModel(root: string): void {
  editManifest(root, 'filing_number: ZheJiang-TongYiQianWen-20230901', 'filing_number: null');
}

describe('waivers', () => {
  it('a valid waiver suppresses matching findings and keeps them in the report', async () => {
    const root = exampleRepo();
    withUnfiledModel(root);
    editManifest(
      root,
      'waivers: []',
      `waivers:\n  - { rule: path/unfiled-model, reason: 提供方备案公示中, owner: 合规部 李安全, expires: ${shiftDays(30)} }`,
    );
    const report = await check(root);
    expect(report.passed).toBe(true);
    expect(byRule(report.findings, 'path/unfiled-model')).toEqual([]);
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'path/unfiled-model',
        waiver: expect.objectContaining({ owner: '合规部 李安全' }),
      }),
    ]);
  });

  it('an expired waiver fails and suppresses nothing', async () => {
    const root = exampleRepo();
    withUnfiledModel(root);
    const text = editManifest(
      root,
      'waivers: []',
      `waivers:\n  - rule: path/unfiled-model\n    reason: 提供方备案公示中\n    owner: 李安全\n    expires: ${shiftDays(-1)}`,
    );
    const report = await check(root);
    expect(byRule(report.findings, 'waiver/expired')).toEqual([
      expect.objectContaining({ line: lineOf(text, 'expires:'), severity: 'error' }),
    ]);
    expect(byRule(report.findings, 'path/unfiled-model')).toHaveLength(1);
    expect(report.suppressed).toEqual([]);
  });

  it('a waiver without an owner is invalid and suppresses nothing, while the rest is still checked', async () => {
    const root = exampleRepo();
    withUnfiledModel(root);
    const text = editManifest(
      root,
      'waivers: []',
      `waivers:\n  - rule: path/unfiled-model\n    reason: 提供方备案公示中\n    expires: ${shiftDays(10)}`,
    );
    const report = await check(root);
    expect(byRule(report.findings, 'waiver/invalid')).toEqual([
      expect.objectContaining({ line: lineOf(text, '- rule: path/unfiled-model') }),
    ]);
    expect(byRule(report.findings, 'path/unfiled-model')).toHaveLength(1);
    expect(byRule(report.findings, 'manifest/schema')).toEqual([]);
  });

  it('a waiver of an unknown or unwaivable rule is invalid', async () => {
    const root = exampleRepo();
    const text = editManifest(
      root,
      'waivers: []',
      `waivers:\n  - { rule: path/nope, reason: 因为某个原因, owner: a, expires: ${shiftDays(5)} }\n  - { rule: waiver/expired, reason: 因为某个原因, owner: a, expires: ${shiftDays(5)} }`,
    );
    const findings = byRule((await check(root)).findings, 'waiver/invalid');
    expect(findings.map((f) => f.line)).toEqual([
      lineOf(text, 'path/nope'),
      lineOf(text, 'waiver/expired'),
    ]);
  });

  it('a waiver limited to files only covers findings in them', async () => {
    const root = exampleRepo();
    withUnfiledModel(root);
    editManifest(
      root,
      'waivers: []',
      `waivers:\n  - { rule: path/unfiled-model, reason: 提供方备案公示中, owner: a, expires: ${shiftDays(5)}, files: [other.yml] }`,
    );
    const report = await check(root);
    expect(byRule(report.findings, 'path/unfiled-model')).toHaveLength(1);
  });
});

describe('rules: severity settings', () => {
  it('turns a rule off or changes its severity', async () => {
    const root = exampleRepo();
    withUnfiledModel(root);
    editManifest(root, 'waivers: []', 'rules:\n  path/unfiled-model: warning\nwaivers: []');
    const report = await check(root);
    expect(byRule(report.findings, 'path/unfiled-model')[0]?.severity).toBe('warning');
    expect(report.passed).toBe(true);
    editManifest(root, 'path/unfiled-model: warning', 'path/unfiled-model: off');
    expect(byRule((await check(root)).findings, 'path/unfiled-model')).toEqual([]);
  });
});
