// The static checks of `npm test` — types, lint, formatting, layers — side by side: each is
// single-threaded, so running them together halves their wall time on a two-core machine.
// Output is printed per check, in a fixed order, once all have finished.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['types', 'tsc', ['-p', '.']],
  ['lint', 'eslint', ['.']],
  ['format', 'prettier', ['--check', '.']],
  ['layers', 'depcruise', ['--config', '.dependency-cruiser.cjs', 'src']],
];

function runCheck([name, bin, args]) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name, bin, args, code, output }));
  });
}

const results = await Promise.all(CHECKS.map(runCheck));
let failed = 0;
for (const { name, bin, args, code, output } of results) {
  const status = code === 0 ? 'ok' : `failed (exit ${code})`;
  process.stdout.write(`\n> ${name}: ${bin} ${args.join(' ')} — ${status}\n`);
  if (code !== 0 || output.trim())
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  if (code !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
