// Drift over a generated pull request: the registration example as base, then one commit adding
// N files with 10 lines each (1k → 100k files, 10k → 1M added lines; one file in 1,000 carries
// a fine-tuning signal). Repositories are written with `git fast-import`; the timed part is the
// bundled CLI `check --base --head` in a fresh process. Peak memory is the Node process (git's
// own diff runs in a child process, streamed).
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, table } from './lib.mjs';

const SIZES = [1_000, 10_000, 100_000];
const LINES_PER_FILE = 10;
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

function walk(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? walk(abs, base) : [path.relative(base, abs)];
  });
}

function data(text) {
  const bytes = Buffer.from(text);
  return `data ${bytes.length}\n${text}\n`;
}

function fileText(i) {
  const lines = [];
  for (let j = 0; j < LINES_PER_FILE; j++) {
    if (i % 1000 === 999 && j === 3) lines.push('config = LoraConfig(r=8, lora_alpha=16)');
    else lines.push(`def handler_${i}_${j}(request): return render(request, "page_${j}.html")`);
  }
  return `${lines.join('\n')}\n`;
}

/** A repository whose head adds `files` files to the example; returns [dir, base, head]. */
function generate(root, files) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-drift-'));
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: GIT_ENV });
  const example = path.join(root, 'examples/registration-app');
  const parts = ['commit refs/heads/main\ncommitter bench <b@e> 1700000000 +0800\n', data('base')];
  for (const rel of walk(example)) {
    const content = readFileSync(path.join(example, rel));
    parts.push(`M 100644 inline ${rel.split(path.sep).join('/')}\ndata ${content.length}\n`);
    parts.push(content, '\n');
  }
  parts.push('\ncommit refs/heads/main\ncommitter bench <b@e> 1700000100 +0800\n', data('head'));
  for (let i = 0; i < files; i++) {
    const ext = i % 4 === 0 ? 'ts' : 'py';
    parts.push(`M 100644 inline app/m${Math.floor(i / 1000)}/f${i}.${ext}\n`, data(fileText(i)));
  }
  parts.push('\n');
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env: GIT_ENV,
    input: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))),
    maxBuffer: 1024 * 1024 * 1024,
  });
  const rev = (ref) =>
    execFileSync('git', ['rev-parse', ref], { cwd: dir, encoding: 'utf8' }).trim();
  // Only the manifest and what it names are read from the work tree; check them out.
  execFileSync('git', ['checkout', '-q', 'main~1'], { cwd: dir, env: GIT_ENV });
  return [dir, rev('main~1'), rev('main')];
}

const CHILD = `
const [cli, ...rest] = process.argv.slice(1);
process.argv = [process.argv[0], cli, ...rest];
process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
await import(require('node:url').pathToFileURL(cli).href);
`;

function timeCheck(root, dir, base, head) {
  const cli = path.join(root, 'dist/cli.js');
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=commonjs',
      '-e',
      `(async () => {${CHILD}})()`,
      cli,
      'check',
      dir,
      '--base',
      base,
      '--head',
      head,
      '--format',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  const report = JSON.parse(result.stdout);
  const hits = report.findings.filter((f) => f.ruleId === 'drift/fine-tuning-introduced').length;
  return { ms, rss, hits };
}

export default function drift({ root, runs = 3 }) {
  const rows = [];
  let perLineBase;
  for (const files of SIZES) {
    const genStart = performance.now();
    const [dir, base, head] = generate(root, files);
    const genMs = performance.now() - genStart;
    try {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(timeCheck(root, dir, base, head));
      const ms = median(samples.map((s) => s.ms));
      const rss = Math.max(...samples.map((s) => s.rss));
      const lines = files * LINES_PER_FILE;
      const perLine = (ms / lines) * 1000;
      perLineBase ??= perLine;
      rows.push([
        files.toLocaleString('en'),
        lines.toLocaleString('en'),
        samples[0].hits,
        (genMs / 1000).toFixed(1),
        ms.toFixed(0),
        rss.toFixed(0),
        perLine.toFixed(2),
        (ms / files).toFixed(3),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return `### Drift: generated pull request, whole CLI check with --base/--head (median of ${runs})\n\n${table(
    [
      'files added',
      'added lines',
      'findings',
      'generate s',
      'check ms',
      'peak RSS MB',
      'µs / added line',
      'ms / file',
    ],
    rows,
  )}`;
}
