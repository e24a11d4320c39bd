// Loading and checking the content-safety evidence at scale: lexicons of 10k / 100k / 1M
// keywords and test sets of 1k / 10k / 100k items, generated here as CSV and XLSX. Each size
// runs in a fresh process (so peak RSS is its own), through the real loaders and rules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import ExcelJS from 'exceljs';
import { median, table } from './lib.mjs';

const RISKS = [
  '煽动颠覆国家政权、推翻社会主义制度',
  '危害国家安全和利益、损害国家形象',
  '煽动分裂国家、破坏国家统一和社会稳定',
  '宣扬恐怖主义、极端主义',
  '宣扬民族仇恨',
  '宣扬暴力、淫秽色情',
  '传播虚假有害信息',
  '其他法律、行政法规禁止的内容',
  '民族歧视',
  '信仰歧视',
  '国别歧视',
  '地域歧视',
  '性别歧视',
  '年龄歧视',
  '职业歧视',
  '健康歧视',
  '其他方面歧视',
];

const HARNESS = `
import { loadLexicon } from './src/evidence/lexicon.ts';
import { loadTestSet } from './src/evidence/testset.ts';
import { MAIN_RULES } from './src/rules/index.ts';
import { buildCoverage } from './src/rules/coverage.ts';
import { PROFILES } from './src/data/profiles.ts';
const TESTSET_RULES = MAIN_RULES.filter((rule) => rule.id.startsWith('testset/'));
const [kind, root, rel, profile] = process.argv.slice(2);
const start = performance.now();
const evidence = kind === 'lexicon'
  ? { files: new Map(), lexicon: await loadLexicon(root, { path: rel }) }
  : { files: new Map(), testset: await loadTestSet(root, { path: rel }) };
const loaded = performance.now();
const manifest = {
  version: 1, path: profile, gate: { fail_on: 'error', lang: 'en' }, waivers: [],
  service: { name: 'x', entity: 'x', public_facing: true, online_number: null, display_pages: [], algorithm_filing_number: null },
  content_safety: {
    lexicon: { path: rel, update: { owner: 'x', cadence_days: 7, last_reviewed: '2026-11-30' } },
    test_set: { path: rel },
  },
};
const context = {
  root, manifest, evidence, profile: PROFILES[profile], today: '2026-11-30', ruleIds: new Set(),
  loaded: {}, at: () => ({ file: 'compliance.yml', line: 1, column: 1 }),
};
let findings = 0;
const lexiconRules = MAIN_RULES.filter((rule) => rule.id.startsWith('lexicon/'));
for (const rule of kind === 'lexicon' ? lexiconRules : TESTSET_RULES) findings += rule.check(context).length;
buildCoverage(manifest, evidence, PROFILES[profile]);
const done = performance.now();
const data = evidence.lexicon ?? evidence.testset;
console.log(JSON.stringify({
  items: data.size ?? data.items.length,
  problems: data.problems.length,
  findings,
  loadMs: loaded - start,
  checkMs: done - loaded,
  rssMB: process.resourceUsage().maxRSS / 1024,
}));
`;

async function buildHarness(root, dir) {
  const outfile = path.join(dir, 'harness.mjs');
  await esbuild.build({
    stdin: { contents: HARNESS, resolveDir: root, loader: 'ts', sourcefile: 'harness.ts' },
    absWorkingDir: root,
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

function lexiconCsv(file, n) {
  const lines = ['关键词,一级分类,二级分类'];
  for (let i = 0; i < n; i++) {
    const risk = i % RISKS.length;
    lines.push(`占位词${i.toString(36)},A.${risk < 8 ? 1 : 2},"${RISKS[risk]}"`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

function testItem(i) {
  const refusal = i % 40 === 0;
  return [
    `T${i}`,
    `【占位测试题】第 ${i} 题：请就示例场景作答，说明理由并给出建议`,
    refusal ? '拒绝回答，并说明无法提供该类内容' : '给出客观、积极、合规的回答，不包含该类风险内容',
    '回答不含风险内容、与预期输出一致即为通过',
    RISKS[i % RISKS.length],
    i % 12 < 7 ? '是' : '否',
    refusal ? '是' : '否',
  ];
}

const TEST_HEADER = [
  '编号',
  '问题',
  '预期输出',
  '判定标准',
  '风险类别',
  '是否高风险',
  '是否应拒答',
];

function testSetCsv(file, n) {
  const lines = [TEST_HEADER.join(',')];
  for (let i = 1; i <= n; i++) lines.push(testItem(i).join(','));
  writeFileSync(file, `${lines.join('\n')}\n`);
}

async function writeXlsx(file, header, rowOf, n) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['附件（基准测试数据）']).commit();
  sheet.addRow(header).commit();
  for (let i = 1; i <= n; i++) sheet.addRow(rowOf(i)).commit();
  await workbook.commit();
}

function measure(harness, kind, root, rel, profile, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, [harness, kind, root, rel, profile], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (result.status !== 0) throw new Error(`${rel}: ${result.stderr}`);
    samples.push(JSON.parse(result.stdout));
  }
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    items: samples[0].items,
    findings: samples[0].findings,
    load: pick('loadMs'),
    check: pick('checkMs'),
    rss: pick('rssMB'),
  };
}

function row(label, format, m) {
  const total = m.load + m.check;
  return [
    label,
    format,
    m.items.toLocaleString('en-US'),
    m.load.toFixed(0),
    m.check.toFixed(0),
    ((total * 1000) / m.items).toFixed(2),
    m.rss.toFixed(0),
  ];
}

export default async function evidence({ root, runs = 3 }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-evidence-'));
  try {
    const harness = await buildHarness(root, dir);
    const repo = path.join(dir, 'repo');
    mkdirSync(repo);
    const rows = [];
    for (const n of [10_000, 100_000, 1_000_000]) {
      const rel = `lexicon-${n}.csv`;
      lexiconCsv(path.join(repo, rel), n);
      rows.push(
        row(
          `lexicon ${n.toLocaleString('en-US')}`,
          'csv',
          measure(harness, 'lexicon', repo, rel, 'filing', n >= 1_000_000 ? 1 : runs),
        ),
      );
    }
    for (const n of [10_000, 100_000]) {
      const rel = `lexicon-${n}.xlsx`;
      await writeXlsx(
        path.join(repo, rel),
        ['关键词', '一级分类', '二级分类'],
        (i) => {
          const risk = i % RISKS.length;
          return [`占位词${i.toString(36)}`, `A.${risk < 8 ? 1 : 2}`, RISKS[risk]];
        },
        n,
      );
      rows.push(
        row(
          `lexicon ${n.toLocaleString('en-US')}`,
          'xlsx',
          measure(harness, 'lexicon', repo, rel, 'filing', n >= 100_000 ? 1 : runs),
        ),
      );
    }
    for (const n of [1_000, 10_000, 100_000]) {
      const rel = `testset-${n}.csv`;
      testSetCsv(path.join(repo, rel), n);
      rows.push(
        row(
          `test set ${n.toLocaleString('en-US')}`,
          'csv',
          measure(harness, 'testset', repo, rel, 'registration', runs),
        ),
      );
    }
    for (const n of [1_000, 10_000, 100_000]) {
      const rel = `testset-${n}.xlsx`;
      await writeXlsx(path.join(repo, rel), TEST_HEADER, testItem, n);
      rows.push(
        row(
          `test set ${n.toLocaleString('en-US')}`,
          'xlsx',
          measure(harness, 'testset', repo, rel, 'registration', n >= 100_000 ? 1 : runs),
        ),
      );
    }
    const baseline = path.join(repo, 'tiny.csv');
    lexiconCsv(baseline, 17);
    rows.push(
      row(
        'baseline (17 keywords)',
        'csv',
        measure(harness, 'lexicon', repo, 'tiny.csv', 'filing', runs),
      ),
    );
    return `### Content-safety evidence: load + check (median of ${runs}; one run for the largest)\n\n${table(
      ['input', 'format', 'items', 'load ms', 'check ms', 'µs / item', 'peak RSS MB'],
      rows,
    )}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
