// `evaluate --responses` at scale: 100k answers judged against a 100k-keyword lexicon through the
// bundled CLI in a fresh process (throughput and peak RSS its own), beside the matcher alone on
// the same answers and lexicon and @monyone/aho-corasick as the baseline, all in the same run.
import { Buffer } from 'node:buffer';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { charPool, median, random, table } from './lib.mjs';

const ANSWERS = 100_000;
const KEYWORDS = 100_000;
const self = fileURLToPath(import.meta.url);
const work = path.join(os.tmpdir(), 'gcg-bench-evaluate');
const repo = path.join(work, 'repo');
const TESTSET = 'compliance/content-safety/评估测试题.csv';
const LEXICON = 'compliance/content-safety/拦截关键词.csv';
const RISKS = ['A1a', 'A1d', 'A1f', 'A1h', 'A2d', 'A2e'];

function generate(root) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(path.join(root, 'examples/registration-app'), repo, { recursive: true });
  const next = random(20261203);
  const pool = charPool();
  const pick = () => pool[Math.floor(pool.length * next() ** 2)];
  const keywords = new Set();
  while (keywords.size < KEYWORDS) {
    let k = '';
    for (let i = 2 + Math.floor(next() * 4); i > 0; i--) k += pick();
    keywords.add(k);
  }
  const all = [...keywords];
  const lexicon = ['关键词,一级分类,二级分类'];
  all.forEach((k, i) => lexicon.push(`${k},A.${RISKS[i % 6][1]},${RISKS[i % 6]}`));
  writeFileSync(path.join(repo, LEXICON), `${lexicon.join('\n')}\n`);
  const items = ['编号,问题,预期输出,判定标准,风险类别,是否高风险,是否应拒答'];
  const answers = [];
  const punctuation = ['，', '。', '、', '？', '！'];
  for (let i = 0; i < ANSWERS; i++) {
    const risk = RISKS[i % RISKS.length];
    let question = '';
    for (let j = 10 + Math.floor(next() * 20); j > 0; j--) question += pick();
    const refuse = i % 3 === 0;
    items.push(
      `Q${i},${question},${refuse ? '拒答' : '正常回答'},${refuse ? '应拒答' : '应正常回答'},${risk},${refuse ? '是' : '否'},${refuse ? '是' : '否'}`,
    );
    let answer = refuse ? '抱歉，我无法回答这个问题。' : '';
    const length = 60 + Math.floor(next() * 120);
    while (answer.length < length) {
      // About one keyword per 400 characters: most answers are clean, some hit.
      answer += next() < 0.0025 ? all[Math.floor(next() * all.length)] : pick();
      if (next() < 0.06) answer += punctuation[Math.floor(next() * punctuation.length)];
    }
    answers.push(JSON.stringify({ id: `Q${i}`, response: answer }));
  }
  writeFileSync(path.join(repo, TESTSET), `${items.join('\n')}\n`);
  writeFileSync(path.join(work, 'responses.jsonl'), `${answers.join('\n')}\n`);
  const manifestFile = path.join(repo, 'compliance.yml');
  const manifest = readFileSync(manifestFile, 'utf8')
    .replace(/compliance\/content-safety\/附件5-评估测试题\.xlsx/, TESTSET)
    .replace(/compliance\/content-safety\/附件4-拦截关键词列表\.xlsx/, LEXICON);
  writeFileSync(manifestFile, manifest);
  return { all, answers: answers.length };
}

async function bundleMatcher(root) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/match/index.ts'],
    outfile: path.join(work, 'match.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    nodePaths: [path.join(root, 'node_modules')],
  });
}

const CHILD = `
const [cli, ...rest] = process.argv.slice(1);
process.argv = [process.argv[0], cli, ...rest];
process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
await import(require('node:url').pathToFileURL(cli).href);
`;

function runEvaluate(root) {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=commonjs',
      '-e',
      `(async () => {${CHILD}})()`,
      path.join(root, 'dist/cli.js'),
      'evaluate',
      repo,
      '--responses',
      path.join(work, 'responses.jsonl'),
      '--format',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`evaluate exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  }
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  const metrics = JSON.parse(result.stdout).metrics;
  return { ms, rss, evaluated: metrics.evaluated, hits: metrics.output_lexicon_hits };
}

/** The matcher alone (and the baseline) over the same answers, in a fresh process. */
async function child(name) {
  const keywords = readFileSync(path.join(repo, LEXICON), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.slice(0, line.indexOf(',')));
  const answers = readFileSync(path.join(work, 'responses.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line).response);
  const mb = Buffer.byteLength(answers.join('')) / 1e6;
  let count;
  let build;
  if (name === 'ours') {
    const { buildMatcher } = await import(pathToFileURL(path.join(work, 'match.mjs')).href);
    build = () => buildMatcher(keywords.map((keyword) => ({ keyword })));
    count = (m, text) => {
      let n = 0;
      m.scan(text, () => n++);
      return n;
    };
  } else {
    const { AhoCorasick } = await import('@monyone/aho-corasick/fast');
    build = () => new AhoCorasick(keywords);
    count = (m, text) => m.matchInText(text).length;
  }
  const buildStart = performance.now();
  const matcher = await build();
  const buildMs = performance.now() - buildStart;
  let best = Infinity;
  let matches = 0;
  for (let rep = 0; rep < 2; rep++) {
    const start = performance.now();
    matches = 0;
    for (const answer of answers) matches += count(matcher, answer);
    best = Math.min(best, performance.now() - start);
  }
  return { buildMs, scanMs: best, mb, matches, rss: process.resourceUsage().maxRSS / 1024 };
}

function runChild(name) {
  const result = spawnSync(process.execPath, [self, '--child', name], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${name}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

export default async function evaluate({ root, runs = Number(process.env.BENCH_RUNS ?? 3) }) {
  generate(root);
  await bundleMatcher(root);
  const samples = { evaluate: [], ours: [], baseline: [] };
  for (let run = 0; run < runs; run++) {
    samples.evaluate.push(runEvaluate(root));
    samples.ours.push(runChild('ours'));
    samples.baseline.push(runChild('baseline'));
  }
  const pick = (name, key) => median(samples[name].map((s) => s[key]));
  const mb = samples.ours[0].mb;
  const evalMs = pick('evaluate', 'ms');
  const oursMbps = mb / (pick('ours', 'scanMs') / 1000);
  const baseMbps = mb / (pick('baseline', 'scanMs') / 1000);
  const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const rows = [
    [
      '`evaluate --responses` (whole CLI run)',
      fmt(evalMs),
      fmt(ANSWERS / (evalMs / 1000)),
      fmt(mb / (evalMs / 1000)),
      fmt(pick('evaluate', 'rss')),
      `${samples.evaluate[0].hits} answers hit`,
    ],
    [
      'matcher alone (build + scan)',
      fmt(pick('ours', 'buildMs') + pick('ours', 'scanMs')),
      fmt(ANSWERS / (pick('ours', 'scanMs') / 1000)),
      fmt(oursMbps),
      fmt(pick('ours', 'rss')),
      `${samples.ours[0].matches} matches`,
    ],
    [
      '@monyone/aho-corasick (fast), same answers',
      fmt(pick('baseline', 'buildMs') + pick('baseline', 'scanMs')),
      fmt(ANSWERS / (pick('baseline', 'scanMs') / 1000)),
      fmt(baseMbps),
      fmt(pick('baseline', 'rss')),
      `${samples.baseline[0].matches} matches`,
    ],
  ];
  return `### Evaluate at scale (${ANSWERS / 1000}k answers, ${mb.toFixed(1)} MB, ${KEYWORDS / 1000}k-keyword lexicon; median of ${runs} fresh-process runs)

${table(['run', 'ms', 'answers/s (scan)', 'MB/s', 'peak RSS MB', 'result'], rows)}

The evaluate row is the whole CLI: reading the manifest, the 100k-item test set, the lexicon and the
responses, matching questions and answers, judging and writing the JSON report. The matcher scans
${fmt(oursMbps / baseMbps)}× as fast as @monyone/aho-corasick on the same answers, with evasion folding on.`;
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await child(process.argv[3])));
}
