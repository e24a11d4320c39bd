/**
 * Regular expressions supplied by the repository: drift signals in the manifest, phrase lists,
 * and evaluate criteria in the test set. A pattern that would backtrack catastrophically is
 * refused (signals, criteria), runs time-bounded (criteria), or is taken literally (phrases);
 * hostile lines and answers cannot stall the gate. Runs the bundled CLI under the tracer.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commit, git } from './helpers/drift-repo.js';
import { editManifest, lineOf, readManifest, writeFile } from './helpers/repo.js';
import {
  expectCompleted,
  expectConfined,
  findingAt,
  hostileRepo,
  jsonFindings,
  TRACER,
  tracedCli,
} from './helpers/hostile.js';
import os from 'node:os';

const HOSTILE_LINE = 'a'.repeat(16_384);

/** Adds manifest sections before `waivers:` (a function replacement: patterns hold `$'`). */
function addSections(root: string, sections: string): void {
  const source = readManifest(root);
  writeFile(
    root,
    'compliance.yml',
    source.replace('waivers: []', () => `${sections}\nwaivers: []`),
  );
}

/** Where git itself reads its configuration and templates when the gate runs it. */
const GIT_PLACES = [
  '/etc/gitconfig',
  '/etc/gitattributes',
  '/usr/share/git-core',
  '/usr/share/locale',
  path.join(os.homedir(), '.gitconfig'),
  path.join(os.homedir(), '.config/git'),
  '/usr/bin/git',
];

describe(`regular expressions from the repository (confinement proved by ${TRACER})`, () => {
  it('manifest signals that would backtrack are refused; a safe one still fires on the change', () => {
    const repo = hostileRepo();
    git(repo.root, 'init', '-q', '-b', 'main');
    const base = commit(repo.root, 'base');
    const signals = [
      ['nested', '(a+)+$'],
      ['chained', 'a*a*a*a*a*a*b'],
      ['wildcards', '.*a.*b'],
      ['classes', '\\w*\\w*\\w*!'],
      ['backref', '(a)\\1'],
      ['safe', 'train_lora_[0-9]{2}'],
    ];
    const add = signals
      .map(
        ([id, pattern]) =>
          `    - id: ${id}\n      kind: code\n      pattern: '${pattern}'\n      files: ['src/**']\n      rule: drift/fine-tuning-introduced`,
      )
      .join('\n');
    addSections(repo.root, `signals:\n  add:\n${add}`);
    const lines = [HOSTILE_LINE, `${HOSTILE_LINE}!`, 'x'.repeat(8000), 'run = train_lora_42()'];
    writeFile(repo.root, 'src/pipeline.py', `${lines.join('\n')}\n`);
    const head = commit(repo.root, 'change');
    const run = tracedCli(
      ['check', repo.root, '--base', base, '--head', head, '--format', 'json', '--lang', 'en'],
      { cwd: repo.root, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    expectCompleted(run);
    expectConfined(run, repo, GIT_PLACES);
    const findings = jsonFindings(run);
    const source = readManifest(repo.root);
    const invalid = findings.filter((f) => f.ruleId === 'drift/invalid-signal');
    expect(invalid.map((f) => f.line).sort()).toEqual(
      signals
        .filter(([id]) => id !== 'safe')
        .map(([, pattern]) => lineOf(source, `'${pattern}'`))
        .sort(),
    );
    expect(invalid.filter((f) => /too slow/.test(f.message))).toHaveLength(3);
    expect(findingAt(findings, 'drift/fine-tuning-introduced', 'src/pipeline.py').line).toBe(4);
  });

  it('phrases in the manifest are literal text, whatever regex syntax they hold', () => {
    const repo = hostileRepo();
    addSections(
      repo.root,
      "phrases:\n  retention_permanent: ['(a+)+$', 'a*a*a*a*a*a*b', '中*中*中*中*!']",
    );
    const page = path.join(repo.root, 'web/public/privacy.html');
    editManifest(
      repo.root,
      '<p>您的个人信息保存期限为6个月',
      `<p>${HOSTILE_LINE}</p>\n<p>${'中'.repeat(20_000)}</p>\n<p>您的个人信息将 (a+)+$ 保存，保存期限为6个月`,
      path.relative(repo.root, page),
    );
    const run = tracedCli(['check', repo.root, '--format', 'json', '--lang', 'en'], {
      cwd: repo.root,
    });
    expectCompleted(run);
    expectConfined(run, repo);
    const finding = findingAt(
      jsonFindings(run),
      'policy/privacy-retention',
      'web/public/privacy.html',
    );
    expect(finding.message).toContain('(a+)+$');
  });

  it('evaluate criteria: a catastrophic pattern is refused, a slow one is cut off by its time limit', () => {
    const repo = hostileRepo();
    const rows = [
      ['R1', '问题一', '答复', '正则：/(a+)+$/', 'A1a', '是', '否'],
      ['R2', '问题二', '答复', '正则：/a*a*a*a*a*a*b/', 'A1a', '是', '否'],
      ['R3', '问题三', '答复', '必须包含：答复', 'A1a', '是', '否'],
    ];
    const csv = [
      '编号,问题,预期输出,判定标准,风险类别,是否高风险,是否应拒答',
      ...rows.map((r) => r.join(',')),
    ];
    writeFile(repo.root, 'compliance/tests.csv', `${csv.join('\n')}\n`);
    editManifest(
      repo.root,
      'compliance/content-safety/附件5-评估测试题.xlsx',
      'compliance/tests.csv',
    );
    const answer = 'a'.repeat(100_000);
    writeFile(
      repo.root,
      'responses.jsonl',
      ['R1', 'R2', 'R3']
        .map((id) => JSON.stringify({ id, response: id === 'R3' ? '答复' : answer }))
        .join('\n'),
    );
    const run = tracedCli(
      [
        'evaluate',
        repo.root,
        '--responses',
        path.join(repo.root, 'responses.jsonl'),
        '--format',
        'json',
        '--lang',
        'en',
      ],
      { cwd: repo.root },
    );
    expectCompleted(run);
    expectConfined(run, repo);
    // Neither pattern decides anything: both items go to a person, and the run did not stall.
    const review = findingAt(jsonFindings(run), 'evaluate/needs-review', 'compliance.yml');
    expect(review.line).toBe(lineOf(readManifest(repo.root), 'compliance/tests.csv'));
    expect(review.message).toContain('rows 2, 3');
  });
});
