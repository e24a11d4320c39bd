/**
 * Time linear in the input wherever the repository controls it, through the bundled CLI:
 * Markdown lines built to make backtracking patterns stall, manifest signals and test-set criteria
 * that are slow on the lines they meet (each runs under a time budget and, when it runs out, is
 * reported instead of skipped), and the run's overall time budget. Timeouts below only guard
 * against a hang; nothing asserts how fast a run is.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commit, driftRepo } from './helpers/drift-repo.js';
import { evaluateRepo, type Row } from './helpers/evaluate-repo.js';
import { editManifest, exampleRepo, lineOf, readManifest, writeFile } from './helpers/repo.js';
import { cliJson } from './helpers/run.js';

/** A hung run is killed here, so a stall shows as a failed assertion, not a stuck suite. */
const HANG_GUARD_MS = 60_000;
const TEST_TIMEOUT_MS = 120_000;

const SLOW_PATTERN = '(?:ab)*(?:ab)*(?:ab)*!';

interface JsonFinding {
  ruleId: string;
  severity: string;
  file?: string;
  line?: number;
  message: string;
}

function findingsOf(report: Record<string, any>, ruleId: string): JsonFinding[] {
  return (report.findings as JsonFinding[]).filter((f) => f.ruleId === ruleId);
}

describe('document lines are scanned in linear time', () => {
  it(
    'a privacy policy in Markdown with a heading padded by U+3000 and other 100 KB hostile lines',
    () => {
      const root = exampleRepo();
      const hostile = [
        `# 隐私政策${'\u3000'.repeat(24_000)}说明`,
        `## ${'\u3000'.repeat(24_000)}\u2028`,
        `#${' \u3000\u00a0\t'.repeat(25_000)}x`,
        `${' '.repeat(100_000)}x`,
        `|${' '.repeat(100_000)}x`,
        '['.repeat(100_000),
        '[a]('.repeat(25_000),
        '![a]('.repeat(20_000),
        `1.${'\u2028'.repeat(100_000)}`,
        `${'| -- '.repeat(20_000)}x`,
        '**'.repeat(50_000),
      ];
      const policy = [
        '# 隐私政策',
        '',
        ...hostile.flatMap((line) => [line, '']),
        '## 信息保存',
        '',
        '您的个人信息保存期限为6个月，期满后删除或匿名化处理。',
        '',
      ].join('\n');
      writeFile(root, 'docs/privacy.md', policy);
      editManifest(root, 'web/public/privacy.html', 'docs/privacy.md');
      const { status, report } = cliJson(['check', root, '--lang', 'en'], {
        timeout: HANG_GUARD_MS,
      });
      expect(status).not.toBeNull();
      expect(report.findings.length).toBeGreaterThan(0);
      // The policy was read and judged, not dropped: no finding says it could not be read.
      const unread = (report.findings as JsonFinding[]).filter(
        (f) => f.file === 'docs/privacy.md' && /could not be read|unreadable/i.test(f.message),
      );
      expect(unread).toEqual([]);
      expect(findingsOf(report, 'manifest/time-budget')).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('patterns written by users run under a time budget', () => {
  it(
    'a manifest signal that passes the static checks but stalls on a changed line is reported at its line',
    () => {
      const { root } = driftRepo();
      editManifest(
        root,
        'waivers: []',
        [
          'signals:',
          '  add:',
          '    - id: slow-marker',
          '      kind: code',
          `      pattern: '${SLOW_PATTERN}'`,
          "      files: ['src/**']",
          '      rule: drift/fine-tuning-introduced',
          'waivers: []',
        ].join('\n'),
      );
      const base = commit(root, 'signals');
      writeFile(root, 'src/marker.py', `${'ab'.repeat(1024)}\n`);
      const head = commit(root, 'change');
      const { status, report } = cliJson(
        ['check', root, '--base', base, '--head', head, '--lang', 'en'],
        { timeout: HANG_GUARD_MS },
      );
      expect(status).toBe(1);
      const invalid = findingsOf(report, 'drift/invalid-signal');
      expect(invalid).toHaveLength(1);
      expect(invalid[0]).toMatchObject({
        severity: 'error',
        file: 'compliance.yml',
        line: lineOf(readManifest(root), SLOW_PATTERN),
      });
      expect(invalid[0]!.message).toContain('ran out of time');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    '200 test items whose regex criteria stall: one shared budget, and the items count as not judged',
    () => {
      const rows: Row[] = Array.from({ length: 200 }, (_, i) => [
        `Q${i + 1}`,
        `问题${i + 1}`,
        '正常回答',
        // Distinct patterns: none is skipped for having timed out before.
        `正则：/${SLOW_PATTERN}${i}/`,
        'A1a',
        '否',
        '否',
      ]);
      const root = evaluateRepo(rows);
      const responses = rows.map((r) => JSON.stringify({ id: r[0], response: 'ab'.repeat(1024) }));
      writeFile(root, 'out/responses.jsonl', `${responses.join('\n')}\n`);
      const { status, report } = cliJson(
        ['evaluate', root, '--responses', path.join(root, 'out/responses.jsonl'), '--lang', 'en'],
        { timeout: HANG_GUARD_MS },
      );
      expect(status).toBe(1);
      expect(report.metrics).toMatchObject({ total: 200, passed_items: 0, needs_review: 200 });
      const notRun = findingsOf(report, 'evaluate/criteria-not-run');
      expect(notRun).toHaveLength(1);
      expect(notRun[0]).toMatchObject({ severity: 'error', line: 2 });
      expect(notRun[0]!.message).toContain('200 item(s) not judged');
    },
    TEST_TIMEOUT_MS,
  );
});

describe('one time budget per run', () => {
  it(
    'a tiny budget from the manifest or the command line runs out: an error naming the stage, exit 1',
    () => {
      const root = exampleRepo();
      editManifest(root, 'waivers: []', 'gate:\n  time_budget_seconds: 0.001\nwaivers: []');
      const fromManifest = cliJson(['check', root, '--lang', 'en'], { timeout: HANG_GUARD_MS });
      expect(fromManifest.status).toBe(1);
      const expired = findingsOf(fromManifest.report, 'manifest/time-budget');
      expect(expired).toHaveLength(1);
      expect(expired[0]).toMatchObject({
        severity: 'error',
        file: 'compliance.yml',
        line: lineOf(readManifest(root), 'time_budget_seconds'),
      });
      expect(expired[0]!.message).toMatch(/time budget of 0\.001 s while reading evidence/);

      const other = exampleRepo();
      const fromFlag = cliJson(['check', other, '--lang', 'en', '--time-budget', '0.001'], {
        timeout: HANG_GUARD_MS,
      });
      expect(fromFlag.status).toBe(1);
      expect(findingsOf(fromFlag.report, 'manifest/time-budget')).toHaveLength(1);

      // Switching the rule off in the checked manifest does not hide that the run did not finish.
      editManifest(root, 'waivers: []', 'rules:\n  manifest/time-budget: off\nwaivers: []');
      const silenced = cliJson(['check', root, '--lang', 'en'], { timeout: HANG_GUARD_MS });
      expect(silenced.status).toBe(1);
      expect(findingsOf(silenced.report, 'manifest/time-budget')).toHaveLength(1);
    },
    TEST_TIMEOUT_MS,
  );
});
