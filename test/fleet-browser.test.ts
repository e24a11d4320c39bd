/**
 * The HTML dashboard in a real headless Chromium (the system's package): it renders under its
 * own Content Security Policy, the heat map has one cell per repository and risk, sorting and the
 * language switch work, and the page makes no request. The screenshot is kept in test-results/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFleet } from '../src/fleet/build.js';
import { fleetHtml } from '../src/fleet/html.js';
import { isProblem, parseReport, type ParsedReport } from '../src/fleet/parse.js';
import { formatJson } from '../src/report/json.js';
import { editManifest, EXAMPLES, exampleRepo, PROJECT_ROOT, tempDir } from './helpers/repo.js';
import { check } from './helpers/run.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.join(PROJECT_ROOT, 'test-results/fleet-dashboard.png');

let browser: Browser;
let page: string;
let names: string[];

async function reportOf(root: string, repository: string): Promise<ParsedReport> {
  const json = formatJson(await check(root, { origin: { repository } }));
  const parsed = parseReport(`${repository}.json`, json);
  if (isProblem(parsed)) throw new Error(parsed.detail);
  return parsed;
}

beforeAll(async () => {
  // A failing product with a thin lexicon beside two passing ones, so rows differ: no keyword
  // for A2b (信仰歧视), two for A2h (健康歧视) where five are asked for.
  const thin = exampleRepo('registration-app-text');
  const lexicon = path.join(thin, 'compliance/content-safety/拦截关键词');
  rmSync(path.join(lexicon, '信仰歧视.txt'));
  writeFileSync(path.join(lexicon, '健康歧视.txt'), 'A2h占位词0001\nA2h占位词0002\n');
  editManifest(thin, 'waivers: []', 'thresholds:\n  lexicon_min_per_risk: 5\nwaivers: []');
  const reports = [
    await reportOf(path.join(EXAMPLES, 'registration-app'), 'acme/writer'),
    await reportOf(thin, 'acme/<b>broken</b>'),
    await reportOf(path.join(EXAMPLES, 'registration-app-text'), 'acme/assistant'),
  ];
  const fleet = buildFleet(
    reports,
    [{ source: 'bad.json', kind: 'not-json', detail: 'x' }],
    '2026-12-01',
  );
  names = fleet.repositories.map((r) => r.name);
  page = path.join(tempDir(), 'dashboard.html');
  writeFileSync(page, fleetHtml(fleet, 'zh-CN'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('fleet dashboard in Chromium', () => {
  it('renders, sorts, switches language and requests nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const tab = await context.newPage();
    const url = pathToFileURL(page).href;
    const requests: string[] = [];
    const problems: string[] = [];
    tab.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(url);

    await expect(tab.title()).resolves.toContain('合规门禁总览');
    const heat = await tab.$$eval('#heat-map tbody tr', (rows) =>
      rows.map((row) => row.querySelectorAll('td.cell').length),
    );
    const risks = await tab.$$eval('#heat-map thead th.risk', (ths) => ths.length);
    expect(risks).toBe(17);
    expect(heat).toEqual([17, 17, 17]);
    // The inline style applies under the page's CSP: each state has its colour.
    const cells = (await tab.evaluate(
      "[...document.querySelectorAll('#heat-map tbody tr')].map((row) => [...row.querySelectorAll('td.cell')].map((c) => [c.dataset.risk, c.classList[1], getComputedStyle(c).backgroundColor]))",
    )) as [string, string, string][][];
    const colour = {
      met: 'rgb(45, 164, 78)',
      short: 'rgb(212, 167, 44)',
      missing: 'rgb(207, 34, 46)',
    };
    for (const row of cells) {
      for (const [, state, rgb] of row) expect(rgb).toBe(colour[state as keyof typeof colour]);
    }
    const broken = cells[names.indexOf('acme/<b>broken</b>')]!;
    expect(broken.filter(([, state]) => state !== 'met')).toEqual([
      ['A2b', 'missing', colour.missing],
      ['A2h', 'short', colour.short],
    ]);

    const firstColumn = () =>
      tab.$$eval('#repositories tbody tr', (rows) =>
        rows.map((row) => (row.cells[0]!.dataset.v ?? '') as string),
      );
    expect(await firstColumn()).toEqual(names);
    const errorsHeader = tab.locator('#repositories thead th').nth(4).locator('button');
    await errorsHeader.click();
    const errorsOf = () =>
      tab.$$eval('#repositories tbody tr', (rows) =>
        rows.map((row) => Number(row.cells[4]!.dataset.v)),
      );
    const ascending = await errorsOf();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending.at(-1)).toBeGreaterThan(0);
    expect((await firstColumn()).at(-1)).toBe('acme/<b>broken</b>');
    await errorsHeader.click();
    const descending = await errorsOf();
    expect(descending).toEqual([...ascending].reverse());
    expect((await firstColumn())[0]).toBe('acme/<b>broken</b>');
    await expect(
      tab.locator('#repositories thead th').nth(4).getAttribute('aria-sort'),
    ).resolves.toBe('descending');

    await expect(tab.locator('h1').innerText()).resolves.toBe('合规门禁总览');
    await tab.locator('[data-set-lang="en"]').click();
    await expect(tab.locator('h1').innerText()).resolves.toBe('Compliance fleet dashboard');
    await expect(tab.locator('#problems').innerText()).resolves.toContain('not JSON');
    // The repository name is text, never markup.
    await expect(tab.locator('#repositories b').count()).resolves.toBe(0);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await tab.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
