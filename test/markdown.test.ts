/** `--format markdown`, the job summary and the PR comment body: complete, escaped, within budget. */
import { groupName } from '../src/data/rule-groups.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { text, type Finding } from '../src/model/finding.js';
import { cell, formatMarkdown, sizeOf, SUMMARY_LIMIT_BYTES } from '../src/report/markdown.js';
import { RULES } from '../src/rules/index.js';
import type { Coverage } from '../src/model/summary.js';
import { runAction } from './helpers/action.js';
import { editManifest, EXAMPLES, exampleRepo } from './helpers/repo.js';
import { check, cli } from './helpers/run.js';

function report(overrides: Partial<Report> = {}): Report {
  const findings = overrides.findings ?? [];
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    tool: { name: 'genai-compliance-gate', version: '0.1.0' },
    root: '/repo',
    manifestFile: 'compliance.yml',
    lang: 'en',
    failOn: 'error',
    path: { declared: 'registration', required: 'registration' },
    passed: counts.error === 0,
    counts,
    findings,
    suppressed: [],
    ...overrides,
  };
}

function many(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: i % 2 ? 'lexicon/duplicates' : 'testset/item-fields',
    severity: i % 5 === 0 ? 'error' : 'warning',
    file: `compliance/附件5-评估测试题-${i % 7}.xlsx`,
    line: i + 2,
    message: text(
      `第 ${i + 2} 行缺少判定标准，题目“示例问题 ${i}”`,
      `row ${i + 2} has no criteria`,
    ),
  }));
}

describe('markdown report', () => {
  it('shows a passing example in Chinese by default', () => {
    const result = cli(['check', path.join(EXAMPLES, 'registration-app'), '--format', 'markdown']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## ✅ 生成式人工智能合规门禁：通过\n/);
    expect(result.stdout).toContain(
      '| 声明路径 | 应走路径 | ❌ 错误 | ⚠️ 警告 | ℹ️ 提示 | 已豁免 | 失败阈值 |',
    );
    expect(result.stdout).toContain(
      '| 登记 (`registration`) | 登记 (`registration`) | 0 | 0 | 0 | 0 | `error` |',
    );
    expect(result.stdout).toContain('没有需要处理的发现。');
  });

  it('groups findings by rule group with help links, and lists waived findings with their waiver', async () => {
    const root = exampleRepo();
    editManifest(root, 'fine_tuning: none', 'fine_tuning: lora');
    editManifest(root, '"91330106MA2H4K7L39"', '"91330106MA2H4K7L30"');
    editManifest(
      root,
      'waivers: []',
      'waivers:\n  - { rule: materials/credit-code, reason: 营业执照变更中, owner: "@legal-team", expires: 2099-12-31 }',
    );
    const body = formatMarkdown(await check(root, { lang: 'en' }));
    expect(body).toMatch(/^## ❌ GenAI compliance gate: failed\n/);
    expect(body).toContain('| `registration` | **`filing`** | 1 | 0 | 0 | 1 | `error` |');
    expect(body).toContain('### Filing path `path` (1)');
    expect(body).toMatch(
      /\| ❌ error \| \[`path\/required`\]\(https:\/\/github\.com\/genai-compliance-gate\/genai-compliance-gate\/blob\/main\/docs\/rules\/path\/required\.md\) \| `compliance\.yml:3` \| Declared path is registration/,
    );
    expect(body).toContain('### Suppressed findings (1)');
    expect(body).toContain('| Rule | Where | Message | Reason | Owner | Expires |');
    // No @-mention from a waiver owner: the comment must not ping people on every push.
    expect(body).toContain('| 营业执照变更中 | @&#8203;legal-team | 2099-12-31 |');

    const zh = formatMarkdown(await check(root));
    expect(zh).toContain('### 申报路径 `path` (1)');
    expect(zh).toContain('### 已豁免的发现 (1)');
    expect(zh).toContain('| 登记 (`registration`) | **备案 (`filing`)** |');
  });

  it('renders the risk coverage table and what changed on the path', () => {
    const coverage: Coverage = {
      profile: 'registration',
      rows: [
        {
          risk: 'A1a',
          name: text('煽动颠覆国家政权、推翻社会主义制度', 'inciting subversion of state power'),
          lexicon: { count: 230, minimum: 1 },
          testset: { count: 0, minimum: 0 },
        },
        {
          risk: 'A2e',
          name: text('性别歧视', 'gender discrimination'),
          lexicon: { count: 0, minimum: 1 },
        },
      ],
    };
    const body = formatMarkdown(
      report({
        lang: 'zh-CN',
        coverage,
        change: {
          source: 'git',
          base: 'a'.repeat(40),
          head: 'b'.repeat(40),
          mergeBase: 'c'.repeat(40),
          changedFiles: 12,
          addedLines: 340,
          path: { before: 'filing', after: 'registration' },
          note: text('浅克隆：请设置 fetch-depth: 0', 'shallow clone: set fetch-depth: 0'),
        },
      }),
    );
    expect(body).toContain('### 风险覆盖（2 类）');
    expect(body).toContain('| 风险 | 名称 | 关键词 | 测试题 |');
    expect(body).toContain('| `A1a` | 煽动颠覆国家政权、推翻社会主义制度 | ✅ 230 / 1 | 0 |');
    expect(body).toContain('| `A2e` | 性别歧视 | ❌ 0 / 1 | — |');
    expect(body).toContain('### 本次变更');
    expect(body).toContain('| 基线 | `aaaaaaa` |');
    expect(body).toContain('| 合并基点 | `ccccccc` |');
    expect(body).toContain('| 变更文件 | 12 |');
    expect(body).toContain('| 申报路径 | 备案 (`filing`) → **登记 (`registration`)** |');
    expect(body).toContain('> 浅克隆：请设置 fetch-depth: 0');
  });

  it('names every rule group of the catalogue in both languages', () => {
    const groups = new Set(RULES.map((rule) => rule.id.split('/')[0]!));
    for (const group of groups) {
      expect(groupName(group, 'zh-CN'), group).not.toBe(group);
      expect(groupName(group, 'en'), group).not.toBe(group);
    }
  });

  it('keeps table cells on one line and inert', () => {
    expect(cell('a | b\nc <script>alert(1)</script> @octocat \\')).toBe(
      'a \\| b c &lt;script&gt;alert(1)&lt;/script&gt; @&#8203;octocat \\\\',
    );
    expect(cell('长'.repeat(5000)).length).toBeLessThan(1100);
    const body = formatMarkdown(
      report({
        findings: [
          {
            ruleId: 'materials/missing',
            severity: 'error',
            file: 'a`b|c.md',
            line: 1,
            message: text('x', 'line one\nline two | <img src=x onerror=alert(1)>'),
          },
        ],
      }),
    );
    const row = body.split('\n').find((l) => l.startsWith('| ❌'))!;
    expect(row).toContain("`a'b\\|c.md:1`");
    expect(row).toContain('line one line two \\| &lt;img src=x onerror=alert(1)&gt; |');
  });

  it('fits 1 MiB for the job summary, shortening tables but keeping verdict and counts', () => {
    const big = report({ findings: many(30_000), lang: 'zh-CN' });
    const full = formatMarkdown(big);
    expect(sizeOf(full, 'bytes')).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    const body = formatMarkdown(big, {
      limit: { max: SUMMARY_LIMIT_BYTES, unit: 'bytes' },
      fullReportUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(sizeOf(body, 'bytes')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(body).toMatch(/^## ❌ 生成式人工智能合规门禁：未通过\n/);
    expect(body).toContain('| 6000 | 24000 | 0 |');
    expect(body).toContain(
      '> 报告过长，已截断。 [完整报告](https://github.com/o/r/actions/runs/1)',
    );
    expect(body).toMatch(/……另有 \d+ 条，见 JSON 报告/);
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('fits 65,536 characters for a comment', () => {
    const body = formatMarkdown(report({ findings: many(3000) }), {
      limit: { max: 65_000, unit: 'chars' },
    });
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain('The report was too long and has been shortened.');
    expect(body).toMatch(/… \d+ more in the JSON report/);
  });

  it('cuts even an oversized headline to the budget', () => {
    const body = formatMarkdown(report({ findings: many(10) }), {
      limit: { max: 2000, unit: 'chars' },
      notes: ['注'.repeat(900), '意'.repeat(900), '事'.repeat(900)],
    });
    expect(body.length).toBeLessThanOrEqual(2000);
    expect(body).toContain('> The report was too long and has been shortened.');
  });

  it('the job summary is the same body as --format markdown', () => {
    const workspace = exampleRepo();
    editManifest(workspace, 'fine_tuning: none', 'fine_tuning: lora');
    const action = runAction({ workspace, inputs: { lang: 'en' } });
    const result = cli(['check', workspace, '--format', 'markdown', '--lang', 'en']);
    expect(result.status).toBe(1);
    // The summary adds only the Action's own notes (annotations left out, comment problems) and
    // what the event says about the change (here: none, drift skipped).
    const withoutNotes = (body: string) => body.replace(/^> .*\n\n/gm, '');
    expect(action.summary).toContain('### This change');
    expect(withoutNotes(action.summary).replace(/### This change\n[\s\S]*?(?=<sub>)/, '')).toBe(
      withoutNotes(result.stdout),
    );
    expect(action.summary.startsWith(result.stdout.split('\n\n')[0]!)).toBe(true);
  });
});
