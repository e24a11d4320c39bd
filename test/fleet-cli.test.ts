/**
 * `fleet` through the CLI: the three examples and a drifting product (real git, an evaluation, a
 * waiver close to expiry) in all three formats, with reports that cannot be used listed.
 */
import { readFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLEET_REPORT_LIMIT } from '../src/cli/fleet.js';
import type { Fleet } from '../src/fleet/model.js';
import { DRIFTING_REPOSITORY, fleetReports, NEAR_EXPIRY } from './helpers/fleet-reports.js';
import { tempDir, writeFile } from './helpers/repo.js';
import { cli } from './helpers/run.js';

let out: string;
let reports: string[];
let evaluation: Record<string, any>;

beforeAll(() => {
  out = tempDir();
  reports = fleetReports(out);
  evaluation = JSON.parse(readFileSync(reports.at(-1)!, 'utf8'));
}, 120_000);

function fleetJson(args: string[]): { status: number | null; fleet: Fleet } {
  const result = cli(['fleet', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  return { status: result.status, fleet: JSON.parse(result.stdout) as Fleet };
}

describe('fleet', () => {
  it('builds one row per repository from the examples and the drifting product (json)', () => {
    const { status, fleet } = fleetJson(reports);
    expect(status).toBe(0);
    expect(fleet.problems).toEqual([]);
    expect(fleet.today).toBe('2026-12-01');
    expect(fleet.risks).toHaveLength(31);
    const names = fleet.repositories.map((r) => r.name);
    // The examples live in this repository's sub-folders; the drifting product is its own.
    expect(names).toHaveLength(4);
    expect(names.filter((n) => n.endsWith('/examples/registration-app'))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('/examples/filing-self-developed'))).toHaveLength(1);
    expect(names).toContain(DRIFTING_REPOSITORY);

    const filing = fleet.repositories.find((r) => r.name.endsWith('filing-self-developed'))!;
    expect(filing).toMatchObject({ declared: 'filing', required: 'filing', passed: true });
    expect([filing.risksMet, filing.risksTotal]).toEqual([31, 31]);
    const registration = fleet.repositories.find((r) => r.name.endsWith('/registration-app'))!;
    expect([registration.risksMet, registration.risksTotal]).toEqual([17, 17]);
    expect(registration.commit).toMatch(/^[0-9a-f]{40}$/);

    const drifting = fleet.repositories.find((r) => r.name === DRIFTING_REPOSITORY)!;
    expect(drifting.passed).toBe(false);
    expect(drifting.sources).toHaveLength(2);
    expect(drifting.groups.find((g) => g.group === 'drift')?.error).toBeGreaterThan(0);
    expect(drifting.groups.find((g) => g.group === 'testset')?.error).toBeGreaterThan(0);
    expect(drifting.coverage.A1a!.state).not.toBe('missing');
    expect(drifting.coverage.A1b!.state).toBe('missing');
    expect(drifting.risksMet).toBeLessThan(17);
    // Rates from the evaluation report of the same repository, verdict from its check.
    expect(drifting.rates).toMatchObject({
      refusal: evaluation.metrics.should_refuse.rate,
      nonRefusal: evaluation.metrics.should_not_refuse.rate,
    });
    expect(evaluation.metrics.should_refuse.rate).toBe(0.5);
    expect(drifting.expiringWaivers).toEqual([
      {
        rule: 'display/online-number',
        owner: '产品 王五',
        reason: '上线前补齐',
        expires: NEAR_EXPIRY,
        daysLeft: 19,
      },
    ]);
    expect(drifting.packs).toEqual([]);
  });

  it('writes the markdown dashboard with verdicts, heat map, waivers and rates', () => {
    const result = cli(['fleet', ...reports, '--lang', 'en']);
    expect(result.status).toBe(0);
    const md = result.stdout;
    expect(md).toContain('## Compliance fleet dashboard');
    expect(md).toContain('4 repositories, 1 failed, 0 reports unusable');
    const row = md.split('\n').find((l) => l.startsWith(`| acme-ai/drifting-bot |`))!;
    expect(row).toContain('❌ failed');
    expect(row).toContain('| 50.0% | 50.0% |');
    const heatRows = md.split('\n').filter((l) => /^\| .+ \| [🟩🟨🟥⬜]/u.test(l));
    expect(heatRows).toHaveLength(4);
    for (const line of heatRows) expect([...line.matchAll(/[🟩🟨🟥⬜]/gu)]).toHaveLength(31);
    expect(md).toContain(`\`display/online-number\` ${NEAR_EXPIRY} (in 19 day(s))`);
  });

  it('writes one self-contained HTML page to --output', () => {
    const file = path.join(out, 'dashboard.html');
    const result = cli(['fleet', ...reports, '--format', 'html', '--output', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/\b(?:src|href|action)=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.match(/<td class="cell /g)).toHaveLength(4 * 31);
    expect(html).toContain('<html lang="zh-CN" data-lang="zh-CN">');
  });

  it('lists reports it cannot use as problems, and fails only when none is usable', () => {
    const dir = tempDir();
    const notJson = writeFile(dir, 'a/not-json.json', '{ "tool": ');
    const other = writeFile(dir, 'a/other.json', JSON.stringify({ tool: { name: 'eslint' } }));
    const array = writeFile(dir, 'a/array.json', '[]');
    const large = writeFile(dir, 'large.json', '{');
    truncateSync(large, FLEET_REPORT_LIMIT + 1);
    const missing = path.join(dir, 'missing.json');

    const { status, fleet } = fleetJson([path.join(dir, 'a'), large, missing, reports[0]!]);
    expect(status).toBe(0);
    expect(fleet.repositories).toHaveLength(1);
    expect(fleet.problems.map((p) => [p.source, p.kind])).toEqual([
      [array, 'not-a-report'],
      [notJson, 'not-json'],
      [other, 'not-a-report'],
      [large, 'too-large'],
      [missing, 'unreadable'],
    ]);

    const none = cli(['fleet', notJson, missing, '--lang', 'en']);
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('0 repositories, 0 failed, 2 reports unusable');
    expect(none.stdout).toContain('not JSON');

    expect(cli(['fleet']).status).toBe(2);
    expect(cli(['fleet', reports[0]!, '--format', 'pdf']).status).toBe(2);
  });

  it('escapes what a report says in every format', () => {
    const dir = tempDir();
    const report = JSON.parse(readFileSync(reports[0]!, 'utf8'));
    const hostile = {
      ...report,
      repository: '<script>alert(1)</script>/x"y',
      directory: '[link](https://evil.example) @team #1',
      waivers: [
        {
          rule: 'materials/credit-code',
          reason: '<img src=x onerror=alert(2)>',
          owner: '\u202eowner',
          expires: '2026-12-02',
        },
      ],
    };
    const file = writeFile(dir, 'hostile.json', JSON.stringify(hostile));
    const html = cli(['fleet', file, '--format', 'html']).stdout;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;/x&quot;y');
    expect(html).toContain('‹U+202E›owner');
    const md = cli(['fleet', file]).stdout;
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](https://');
    expect(md).toContain('\\[link\\]');
  });
});
