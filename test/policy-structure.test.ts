/**
 * How the user-rights rules read the structure of a policy: menu paths, inline and prose steps,
 * circumstance lists, periods such as 一年半, and table rows; and, through the built CLI, a privacy
 * policy in the usual style (PIPL art. 47's list of circumstances, then a menu path) passes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../src/evidence/doc-html.js';
import { markdownBlocks } from '../src/evidence/doc-markdown.js';
import { inMonths, periods } from '../src/rules/support/durations.js';
import {
  inlineSteps,
  introducesCircumstances,
  menuPaths,
  proseSteps,
} from '../src/rules/support/procedures.js';
import { tables } from '../src/rules/support/table-rows.js';
import { CORPUS } from './helpers/corpus.js';
import { editManifest, exampleRepo, writeFile } from './helpers/repo.js';
import { cliJson } from './helpers/run.js';

const steps = (found: { steps: string[] }[]) => found.map((p) => p.steps.length);

describe('procedures in a policy', () => {
  it.each([
    ['【我的】-【设置】-【账号与安全】-【注销账号】', [4]],
    ['我的—设置—账号与安全—注销账号', [4]],
    ['我的/设置/隐私/删除对话记录', [4]],
    ['您可以在“我的 > 设置 > 账号与安全 > 隐私 > 注销账号”中注销', [5]],
    ['App 端：我的 > 设置 > 注销账号；网页端：头像 > 账号设置 > 注销账号', [3, 3]],
    ['2026-03-01 起施行', []],
    ['手机号/邮箱/身份证号', []],
  ])('%s is read as paths of %j places', (value, expected) => {
    expect(steps(menuPaths(value))).toEqual(expected);
  });

  it('inline numbering is one sequence per run from 1', () => {
    expect(
      steps(inlineSteps('1.登录；2.点击“我的”；3.设置；4.账号与安全；5.注销；6.确认注销')),
    ).toEqual([6]);
    expect(steps(inlineSteps('①登录②设置；又：1.打开网页；2.点击头像'))).toEqual([2, 2]);
    expect(steps(inlineSteps('保存1.5年'))).toEqual([]);
  });

  it('prose steps count one per ordering word, not 再次 or 优先', () => {
    expect(steps(proseSteps('先登录，再进入设置，然后点击注销账号，最后再次确认。'))).toEqual([4]);
    expect(steps(proseSteps('我们优先处理注销请求，再次感谢。'))).toEqual([]);
  });

  it('a lead-in of circumstances is told from a lead-in of steps', () => {
    expect(introducesCircumstances('在以下情形中，您可以向我们提出删除个人信息的请求：')).toBe(
      true,
    );
    expect(introducesCircumstances('符合下列情况之一的，您可以要求删除：')).toBe(true);
    expect(introducesCircumstances('出现以下事由时，我们将主动删除：')).toBe(true);
    expect(introducesCircumstances('请按以下步骤注销账号：')).toBe(false);
    expect(introducesCircumstances('您可以通过以下任一方式删除个人信息：')).toBe(false);
  });
});

describe('periods', () => {
  it.each([
    ['一年半', 18],
    ['1年半', 18],
    ['两个半月', 2.5],
    ['半个月', 0.5],
    ['半年', 6],
  ])('%s is %d months, quoted whole', (value, months) => {
    const [period, ...rest] = periods(`保存${value}。`);
    expect(rest).toEqual([]);
    expect(period!.raw).toBe(value);
    expect(inMonths(period!)).toBeCloseTo(months);
  });
});

describe('table rows', () => {
  const expected = [
    ['信息类型', '保存期限'],
    [
      ['对话记录', '3年'],
      ['日志', '6个月'],
    ],
  ];
  const shape = (doc: Parameters<typeof tables>[0]) =>
    tables(doc).map((t) => [t.header.map((c) => c.text), t.rows.map((r) => r.map((c) => c.text))]);

  it('Markdown rows and HTML cells read as the same table', () => {
    const markdown = markdownBlocks(
      '# 表\n\n| 信息类型 | 保存期限 |\n| --- | --- |\n| 对话记录 | 3年 |\n| 日志 | 6个月 |\n\n其后的段落\n',
    );
    const html = htmlBlocks(
      '<table><tr><th>信息类型</th><th>保存期限</th></tr><tr><td>对话记录</td><td>3年</td></tr><tr><td>日志</td><td>6个月</td></tr></table><p>其后的段落</p>',
      'lines',
    );
    for (const blocks of [markdown, html]) {
      expect(shape({ file: 'p', format: 'markdown', blocks })).toEqual([expected]);
      expect(blocks.find((b) => b.text === '其后的段落')?.table).toBeUndefined();
    }
    const cell = tables({ file: 'p', format: 'markdown', blocks: markdown })[0]!.rows[0]![1]!;
    expect(cell.block.text.slice(cell.offset, cell.offset + cell.text.length)).toBe('3年');
  });
});

describe('the built CLI on a policy in the usual style', () => {
  function withPrivacy(corpusCase: string) {
    const root = exampleRepo();
    const source = path.join(CORPUS, 'policy/privacy-deletion-steps', corpusCase);
    writeFile(root, 'web/public/privacy.md', readFileSync(source, 'utf8'));
    editManifest(
      root,
      /privacy: \{ path: [^}]+\}/,
      'privacy: { path: web/public/privacy.md, retention_months: 6 }',
    );
    return root;
  }
  const deletionFindings = (root: string) =>
    (
      cliJson(['check', root, '--lang', 'en']).report.findings as {
        ruleId: string;
        message: string;
      }[]
    )
      .filter((f) => f.ruleId === 'policy/privacy-deletion-steps')
      .map((f) => f.message);

  it('a list of circumstances followed by a 4-place menu path passes', () => {
    expect(deletionFindings(withPrivacy('good/pipl-47-circumstances-list.md'))).toEqual([]);
  });

  it('deletion mentioned only as what happens when the period ends is no path', () => {
    expect(deletionFindings(withPrivacy('bad/no-path-only-expiry-deletion.md'))).toEqual([
      expect.stringContaining('does not say how to delete'),
    ]);
  });
});
