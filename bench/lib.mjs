// Shared helpers for the benchmarks: timing whole processes and in-process work, medians, tables.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of a fresh process, in ms. */
export function timeProcess(args, options = {}) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore', ...options });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${args.join(' ')} exited ${result.status}`);
  }
  return elapsed;
}

/** Interleaves the commands so machine noise hits them alike; returns medians by name. */
export function interleaved(commands, runs) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of Object.entries(commands)) samples[name].push(run());
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, median(values)]),
  );
}

export function table(headers, rows) {
  const widths = headers.map((h, i) =>
    Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)),
  );
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
