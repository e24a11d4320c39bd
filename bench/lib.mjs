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

/** mulberry32: the same data on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 3,500 CJK characters, drawn with a skew so a few are common, as in real text. */
export function charPool() {
  const pool = [];
  for (let i = 0; i < 3500; i++) pool.push(String.fromCharCode(0x4e00 + ((i * 7919) % 20900)));
  return pool;
}
