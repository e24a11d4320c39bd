// `fleet` over generated JSON reports (10 → 1,000 repositories): the bundled CLI in a fresh
// process, against bare `node -e 0` in the same run; peak RSS and the dashboard's size. The
// reports start from a real report of examples/registration-app and vary path, findings,
// coverage, waivers and evaluation metrics per repository.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, table, timeProcess } from './lib.mjs';

const SIZES = [10, 100, 1_000];
const GROUPS = [
  'manifest',
  'path',
  'materials',
  'lexicon',
  'testset',
  'policy',
  'display',
  'drift',
];
const RISKS_31 = [
  ...'abcdefgh'.split('').map((c) => `A1${c}`),
  ...'abcdefghi'.split('').map((c) => `A2${c}`),
  ...'abcde'.split('').map((c) => `A3${c}`),
  ...'abcdefg'.split('').map((c) => `A4${c}`),
  ...'ab'.split('').map((c) => `A5${c}`),
];

/** A small deterministic generator, so every run measures the same reports. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function report(template, i) {
  const next = random(i + 1);
  const filing = i % 3 === 0;
  const risks = filing ? RISKS_31 : RISKS_31.slice(0, 17);
  const findings = Array.from({ length: Math.floor(next() * 40) }, (_, j) => ({
    ruleId: `${GROUPS[j % GROUPS.length]}/generated-${j % 5}`,
    severity: next() < 0.4 ? 'error' : next() < 0.8 ? 'warning' : 'note',
    message: `第 ${j} 条发现：编号与材料不一致 finding ${j}`,
    file: `compliance/file-${j}.md`,
    line: j + 1,
    helpUri: 'https://example.invalid/rule',
  }));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    ...template,
    path: {
      declared: filing ? 'filing' : 'registration',
      required: filing || i % 17 === 0 ? 'filing' : 'registration',
    },
    passed: errors === 0,
    counts: {
      error: errors,
      warning: findings.filter((f) => f.severity === 'warning').length,
      note: findings.filter((f) => f.severity === 'note').length,
    },
    findings,
    repository: `acme-ai/product-${String(i).padStart(4, '0')}`,
    commit: (i.toString(16) + 'a'.repeat(40)).slice(0, 40),
    generatedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
    packs: [{ file: '.compliance-policy/org.yml', id: 'acme-org', version: `3.${i % 4}.0` }],
    waivers: Array.from({ length: i % 4 }, (_, j) => ({
      rule: `${GROUPS[j]}/generated-${j}`,
      reason: '整改中 remediation in progress',
      owner: `合规 ${j}`,
      expires: `2027-${month}-${String(1 + j * 9).padStart(2, '0')}`,
    })),
    coverage: {
      profile: filing ? 'filing' : 'registration',
      rows: risks.map((risk) => ({
        risk,
        name: risk,
        lexicon: risk < 'A3' ? { count: Math.floor(next() * 60), minimum: 20 } : undefined,
        testset: { count: Math.floor(next() * 30), minimum: filing ? 20 : 0 },
      })),
    },
    ...(i % 5 === 0
      ? {
          metrics: {
            ...template.metrics,
            refusal_rate: 0.9 + next() / 10,
            should_refuse: { total: 500, evaluated: 500, refusals: 480, rate: 0.96 },
            should_not_refuse: { total: 500, evaluated: 500, refusals: 12, rate: 0.024 },
          },
        }
      : {}),
  };
}

export function generate(root, count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-fleet-'));
  const cli = path.join(root, 'dist/cli.js');
  const out = spawnSync(
    process.execPath,
    [cli, 'check', path.join(root, 'examples/registration-app'), '--format', 'json'],
    { encoding: 'utf8' },
  );
  const template = JSON.parse(out.stdout);
  mkdirSync(path.join(dir, 'reports'));
  for (let i = 0; i < count; i++) {
    writeFileSync(
      path.join(dir, 'reports', `report-${i}.json`),
      JSON.stringify(report(template, i)),
    );
  }
  return dir;
}

const CHILD = `
const [cli, ...rest] = process.argv.slice(1);
process.argv = [process.argv[0], cli, ...rest];
process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
await import(require('node:url').pathToFileURL(cli).href);
`;

function timeFleet(root, reports, format, output) {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=commonjs',
      '-e',
      `(async () => {${CHILD}})()`,
      path.join(root, 'dist/cli.js'),
      'fleet',
      ...reports,
      '--format',
      format,
      '--output',
      output,
    ],
    { encoding: 'utf8' },
  );
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`fleet exited ${result.status}: ${result.stderr}`);
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, bytes: statSync(output).size };
}

export default function fleet({ root, runs = 3 }) {
  const dir = generate(root, Math.max(...SIZES));
  try {
    const node = median(Array.from({ length: 5 }, () => timeProcess(['-e', '0'])));
    const rows = [];
    for (const size of SIZES) {
      const reports = Array.from({ length: size }, (_, i) =>
        path.join(dir, 'reports', `report-${i}.json`),
      );
      for (const format of size === Math.max(...SIZES) ? ['html', 'markdown', 'json'] : ['html']) {
        const output = path.join(dir, `dashboard.${format}`);
        const samples = Array.from({ length: runs }, () =>
          timeFleet(root, reports, format, output),
        );
        const ms = median(samples.map((s) => s.ms));
        rows.push([
          size.toLocaleString('en'),
          format,
          ms.toFixed(0),
          (ms / node).toFixed(2),
          Math.max(...samples.map((s) => s.rss)).toFixed(0),
          (samples[0].bytes / 1024).toFixed(0),
        ]);
      }
    }
    return `### fleet: generated reports, whole CLI (median of ${runs}; node -e 0 = ${node.toFixed(0)} ms)\n\n${table(
      ['reports', 'format', 'ms', '× node -e 0', 'peak RSS MB', 'output KB'],
      rows,
    )}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
