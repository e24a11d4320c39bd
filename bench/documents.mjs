// Reading documents: HTML, DOCX and PDF (Chinese, text layer) of growing size through the real
// loader, each in a fresh process (load time of pdf.js included, peak RSS its own), and
// a 200 MB HTML file that must be refused by its size before any byte is read.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { toDocx, toPdf } from '../scripts/document-builders.mjs';
import { XIAOZHI, privacyOutline } from '../scripts/example-documents.mjs';
import { median, table } from './lib.mjs';

const HARNESS = `
import { readDocument } from './src/evidence/documents.ts';
const [root, rel] = process.argv.slice(2);
const start = performance.now();
const result = await readDocument(root, rel);
console.log(JSON.stringify({
  ok: result.ok,
  code: result.ok ? undefined : result.problem.code,
  blocks: result.ok ? result.value.blocks.length : 0,
  ms: performance.now() - start,
  rssMB: process.resourceUsage().maxRSS / 1024,
}));
`;

// Built inside the project, as an installed package would be: pdf.js finds its CMaps beside it.
async function buildHarness(root) {
  const dir = path.join(root, 'node_modules/.cache/gcg-bench-documents');
  await esbuild.build({
    stdin: { contents: HARNESS, resolveDir: root, loader: 'ts', sourcefile: 'harness.ts' },
    absWorkingDir: root,
    outdir: path.join(dir, 'harness'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return path.join(dir, 'harness', 'stdin.js');
}

/** The example privacy policy repeated `n` times: realistic text, any size. */
function outline(n) {
  const one = privacyOutline(XIAOZHI);
  const blocks = [];
  for (let i = 0; i < n; i++) blocks.push(...one.blocks, ...(i % 4 === 3 ? [{ page: true }] : []));
  return { title: one.title, blocks };
}

function html(n) {
  const body = outline(n)
    .blocks.map((b) =>
      b.h
        ? `<h2>${b.h}</h2>`
        : b.p
          ? `<p>${b.p}</p>`
          : b.ol
            ? `<ol>${b.ol.map((i) => `<li>${i}</li>`).join('')}</ol>`
            : '',
    )
    .join('\n');
  return `<html><body><h1>隐私政策</h1>\n${body}\n<script>var x = 1;</script></body></html>\n`;
}

function run(harness, dir, rel, runs) {
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, [harness, dir, rel], { encoding: 'utf8' });
    last = JSON.parse(result.stdout);
    samples.push(last.ms);
  }
  return { ...last, ms: median(samples) };
}

export default async function documents({ root }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-docs-'));
  try {
    const harness = await buildHarness(root);
    const cases = [];
    for (const n of [10, 1000]) {
      const rel = `p${n}.html`;
      writeFileSync(path.join(dir, rel), html(n));
      cases.push([rel, 'html', n]);
    }
    for (const n of [10, 200]) {
      writeFileSync(path.join(dir, `p${n}.docx`), await toDocx(outline(n)));
      cases.push([`p${n}.docx`, 'docx', n]);
      writeFileSync(path.join(dir, `p${n}.pdf`), await toPdf(outline(n)));
      cases.push([`p${n}.pdf`, 'pdf', n]);
    }
    const fd = openSync(path.join(dir, 'huge.html'), 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    cases.push(['huge.html', 'html (200 MB, refused)', 0]);
    const rows = cases.map(([rel, kind, n]) => {
      const r = run(harness, dir, rel, 3);
      const size = (
        spawnSync('stat', ['-c', '%s', path.join(dir, rel)], { encoding: 'utf8' }).stdout.trim() /
        1024
      ).toFixed(0);
      return [
        kind,
        n || '-',
        `${size} KiB`,
        r.ok ? r.blocks : r.code,
        r.ms.toFixed(0),
        r.rssMB.toFixed(0),
      ];
    });
    return `## documents (read one document in a fresh process; median of 3)\n\n${table(
      ['format', 'policies', 'file', 'blocks / problem', 'read ms', 'peak RSS MB'],
      rows,
    )}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
