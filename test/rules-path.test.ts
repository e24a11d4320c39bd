import { describe, expect, it } from 'vitest';
import { filingNumberProblem } from '../src/rules/support/filing-number.js';
import { editManifest, exampleRepo, lineOf } from './helpers/repo.js';
import { byRule, check } from './helpers/run.js';

describe('path/required', () => {
  it('passes the registration example', async () => {
    const report = await check(exampleRepo());
    expect(byRule(report.findings, 'path/required')).toEqual([]);
    expect(report.path).toEqual({ declared: 'registration', required: 'registration' });
  });

  it.each([
    ['fine_tuning: none', 'fine_tuning: lora'],
    ['source: third-party', 'source: self-developed'],
    ['source: third-party', 'source: open-weights'],
  ])('fails registration when %s becomes %s, at the line of path:', async (from, to) => {
    const root = exampleRepo();
    const text = editManifest(root, from, to);
    const report = await check(root);
    expect(byRule(report.findings, 'path/required')).toEqual([
      expect.objectContaining({
        file: 'compliance.yml',
        line: lineOf(text, 'path: registration'),
        severity: 'error',
      }),
    ]);
    expect(report.path.required).toBe('filing');
    expect(report.passed).toBe(false);
  });

  it('fails an exempt declaration for a public service', async () => {
    const root = exampleRepo();
    const text = editManifest(
      root,
      'path: registration',
      'path: exempt\nexempt_reason: 仅供企业内部员工使用',
    );
    const report = await check(root);
    expect(byRule(report.findings, 'path/required')[0]).toMatchObject({
      line: lineOf(text, 'path: exempt'),
    });
  });

  it('accepts exempt for a service that is not public', async () => {
    const root = exampleRepo();
    editManifest(root, 'path: registration', 'path: exempt\nexempt_reason: 仅供企业内部员工使用');
    editManifest(root, 'public_facing: true', 'public_facing: false');
    const report = await check(root);
    expect(report.findings).toEqual([]);
    expect(report.path).toEqual({ declared: 'exempt', required: 'exempt' });
  });

  it('passes the filing example', async () => {
    const report = await check(exampleRepo('filing-self-developed'));
    expect(report.findings).toEqual([]);
    expect(report.path).toEqual({ declared: 'filing', required: 'filing' });
  });
});

describe('path/unfiled-model', () => {
  it('fails a third-party model without a filing number', async () => {
    const root = exampleRepo();
    const text = editManifest(
      root,
      'filing_number: ZheJiang-TongYiQianWen-20230901',
      'filing_number: null',
    );
    expect(byRule((await check(root)).findings, 'path/unfiled-model')).toEqual([
      expect.objectContaining({ line: lineOf(text, 'filing_number: null') }),
    ]);
  });

  it('points at the model when the field is absent', async () => {
    const root = exampleRepo();
    const text = editManifest(root, /\n {4}filing_number: .*\n/, '\n');
    expect(byRule((await check(root)).findings, 'path/unfiled-model')[0]).toMatchObject({
      line: lineOf(text, '- provider: 阿里云'),
    });
  });
});

describe('path/filing-number-format', () => {
  it.each([
    ['Beijing-WenXinYiYan-20230821', true],
    ['beijing-deepseekchat-202404280016', true],
    ['Shanghai-MiniMax-202505230046', true],
    ['ZheJiang-TongYiQianWen-20230901', true],
    ['Beijing-DeepseekChat-2024042800', false],
    ['Atlantis-Model-20230821', false],
    ['Beijing-Model-20230231', false],
    ['Beijing-Model-20990101', false],
    ['TongYiQianWen', false],
  ])('%s is well formed: %s', (value, ok) => {
    expect(filingNumberProblem(value, '2026-12-01') === undefined).toBe(ok);
  });

  it('fails at the line of a malformed number', async () => {
    const root = exampleRepo();
    const text = editManifest(root, 'ZheJiang-TongYiQianWen-20230901', 'ZJ-TongYi-2023');
    expect(byRule((await check(root)).findings, 'path/filing-number-format')).toEqual([
      expect.objectContaining({ line: lineOf(text, 'ZJ-TongYi-2023') }),
    ]);
  });

  it('checks the algorithm filing number', async () => {
    const root = exampleRepo('filing-self-developed');
    const text = editManifest(root, '网信算备110108823483901230031号', '网信算备1101088号');
    expect(byRule((await check(root)).findings, 'path/filing-number-format')).toEqual([
      expect.objectContaining({ line: lineOf(text, '网信算备1101088号') }),
    ]);
  });
});

describe('path/algorithm-filing', () => {
  it('warns on the filing path without an algorithm filing number', async () => {
    const root = exampleRepo('filing-self-developed');
    editManifest(root, /\n {2}algorithm_filing_number: .*\n/, '\n');
    const report = await check(root);
    expect(byRule(report.findings, 'path/algorithm-filing')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 4 }),
    ]);
    expect(report.passed).toBe(true);
  });
});

describe('path/exempt-reason', () => {
  it('fails exempt without a reason, at path:', async () => {
    const root = exampleRepo();
    const text = editManifest(root, 'path: registration', 'path: exempt');
    editManifest(root, 'public_facing: true', 'public_facing: false');
    expect(byRule((await check(root)).findings, 'path/exempt-reason')).toEqual([
      expect.objectContaining({ line: lineOf(text, 'path: exempt') }),
    ]);
  });
});
