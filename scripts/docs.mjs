// `npm run docs`: regenerates docs/rules/**, docs/manifest.md and the generated sections of the
// READMEs and the domain notes (docs/domain*.md) from the rule catalogue, the manifest schema and
// src/data/. `--out DIR` writes the same tree elsewhere
// (the docs test compares it with the committed files).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? root);

const temp = mkdtempSync(path.join(os.tmpdir(), 'gcg-docs-'));
const entry = path.join(temp, 'generate.mjs');
const bundle = () =>
  esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/docs/generate.ts'],
    outfile: entry,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);",
    },
  });
let generator;
try {
  try {
    await bundle();
  } catch {
    // The catalogue imports src/generated/ (precompiled validators, the signal pack): build it.
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--validators-only'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
    await bundle();
  }
  generator = await import(pathToFileURL(entry).href);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

function write(rel, content) {
  const abs = path.join(out, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

function markdownFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

const files = generator.docFiles({
  workflow: readFileSync(path.join(root, generator.WORKFLOW_SOURCE), 'utf8'),
});
let removed = 0;
for (const dir of generator.GENERATED_DIRS) {
  for (const abs of markdownFiles(path.join(out, dir))) {
    const rel = path.relative(out, abs).split(path.sep).join('/');
    if (!files.has(rel)) {
      rmSync(abs);
      removed++;
    }
  }
}
for (const [rel, content] of files) write(rel, content);

let failed = false;
for (const name of Object.keys(generator.SPLICED_DOCS)) {
  const source = path.join(root, name);
  if (!existsSync(source)) {
    console.error(`docs: ${name} not found`);
    failed = true;
    continue;
  }
  try {
    write(name, generator.spliceDocument(name, readFileSync(source, 'utf8')));
  } catch (error) {
    if (!(error instanceof generator.MarkerError)) throw error;
    console.error(`docs: ${name}: ${error.message}`);
    failed = true;
  }
}

console.log(
  `docs: ${files.size} files (${generator.RULE_IDS.length} rules)${removed ? `, ${removed} stale removed` : ''} -> ${path.relative(process.cwd(), out) || '.'}`,
);
if (failed) process.exitCode = 1;
