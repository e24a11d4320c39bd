// The long fuzz run: every target of test/fuzz/targets.ts with 10,000 cases (or --runs N), then a
// table of cases and escapes per target. A failing target prints its seed and writes its shrunk
// case to test/fixtures/fuzz/; `--seed S` replays a run. Exits non-zero on any escape or hang.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout, clearTimeout } from 'node:timers';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    'max-minutes': { type: 'string', default: '120' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'gcg-fuzz-run-'));
const summary = path.join(scratch, 'summary.jsonl');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const started = Date.now();
const child = spawn(process.execPath, [vitest, 'run', '--config', 'vitest.fuzz.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    GCG_FUZZ_RUNS: String(runs),
    GCG_FUZZ_SUMMARY: summary,
    ...(values.seed ? { GCG_FUZZ_SEED: values.seed } : {}),
  },
});
// A hang inside a case blocks its worker; this bounds the whole run.
let hung = false;
const watchdog = setTimeout(
  () => {
    hung = true;
    child.kill('SIGKILL');
  },
  Number(values['max-minutes']) * 60_000,
);
const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
clearTimeout(watchdog);

const rows = existsSync(summary)
  ? readFileSync(summary, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line))
  : [];
rmSync(scratch, { recursive: true, force: true });
rows.sort((a, b) => a.target.localeCompare(b.target));
const width = Math.max(8, ...rows.map((r) => r.target.length));
console.log(`\nfuzz: ${runs} cases per target, ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${'target'.padEnd(width)}  ${'cases'.padStart(7)}  escapes  seed`);
for (const r of rows) {
  console.log(
    `${r.target.padEnd(width)}  ${String(r.cases).padStart(7)}  ${String(r.escapes).padStart(7)}  ${r.seed}`,
  );
}
const cases = rows.reduce((sum, r) => sum + r.cases, 0);
const escapes = rows.reduce((sum, r) => sum + r.escapes, 0);
console.log(
  `${'total'.padEnd(width)}  ${String(cases).padStart(7)}  ${String(escapes).padStart(7)}`,
);
if (hung) console.log(`stopped after ${values['max-minutes']} minutes: a case hung`);
process.exitCode = hung || escapes > 0 ? 1 : Number(code);
