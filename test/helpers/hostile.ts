/**
 * Hostile repositories and traced runs of the bundled CLI and Action. Each repository sits in
 * a temp folder beside an `outside/` folder holding a planted secret, so a test can point the
 * manifest, symlinks and links at it and then prove, from the system calls (strace) or, where
 * strace is not installed, from wrapped node:fs calls, that nothing outside the root was opened.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { EXAMPLES, PROJECT_ROOT, tempDir } from './repo.js';

export const SECRET = 'TOP-SECRET-d41d8cd98f00b204';

export interface HostileRepo {
  /** The checked root (a copy of an example). */
  root: string;
  /** A sibling of the root: nothing in it may ever be opened. */
  outside: string;
  /** A file in `outside` holding SECRET. */
  secretFile: string;
}

export function hostileRepo(example = 'registration-app'): HostileRepo {
  const base = realpathSync(tempDir('gcg-hostile-'));
  const root = path.join(base, 'repo');
  cpSync(path.join(EXAMPLES, example), root, { recursive: true });
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(outside, 'lexicon'), { recursive: true });
  const secretFile = path.join(outside, 'secret.txt');
  writeFileSync(secretFile, `${SECRET}\n`);
  writeFileSync(path.join(outside, 'lexicon', 'A1a.txt'), `${SECRET}\n`);
  writeFileSync(path.join(outside, 'secret.csv'), `关键词,一级分类,二级分类\n${SECRET},A.1,A1a\n`);
  return { root, outside, secretFile };
}

export type Tracer = 'strace' | 'fs-hook';

/** strace when installed; GCG_TRACER=fs-hook forces the in-process fallback. */
export const STRACE =
  process.env.GCG_TRACER === 'fs-hook'
    ? undefined
    : ['/usr/bin/strace', '/bin/strace', '/usr/local/bin/strace'].find((p) => existsSync(p));
/** Which tracer proves confinement on this machine. */
export const TRACER: Tracer = STRACE ? 'strace' : 'fs-hook';

export interface TracedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  tracer: Tracer;
  /** Absolute paths the process (and its threads and children) asked to open. */
  opened: string[];
  /** Properties that appeared on built-in prototypes during the run. */
  pollution: string[];
  /** Peak resident memory of the node process, in MiB (0 when it did not exit normally). */
  maxRssMb: number;
  /** Where the trace and the prototype report were written (by the test's own hooks). */
  logDir: string;
}

/** Undoes strace's C-style escapes and decodes the bytes as UTF-8. */
function unescapeStrace(raw: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = raw[++i]!;
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, '\\': 92, '"': 34 };
    if (next in simple) bytes.push(simple[next]!);
    else if (next === 'x') {
      bytes.push(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(next)) {
      let digits = next;
      while (digits.length < 3 && /[0-7]/.test(raw[i + 1] ?? '')) digits += raw[++i];
      bytes.push(parseInt(digits, 8));
    } else bytes.push(...Buffer.from(next, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

const OPEN_CALL =
  /\b(?:open|openat|openat2)\((?:AT_FDCWD|\d+<[^>]*>|-?\d+), "((?:[^"\\]|\\.)*)"|\bopen\("((?:[^"\\]|\\.)*)"/;

export function parseStraceLog(text: string, cwd: string): string[] {
  const paths: string[] = [];
  for (const line of text.split('\n')) {
    const match = OPEN_CALL.exec(line);
    if (!match) continue;
    const raw = unescapeStrace(match[1] ?? match[2] ?? '');
    paths.push(path.resolve(cwd, raw));
  }
  return paths;
}

/**
 * Runs `node <script> ...args` under the tracer, with the prototype guard preloaded. The timeout
 * is the bound on a hang: a killed run has `status === null`.
 */
export function tracedNode(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): TracedRun {
  const logs = tempDir('gcg-trace-');
  const traceLog = path.join(logs, 'trace.log');
  const protoLog = path.join(logs, 'proto.json');
  const nodeArgs = ['--import', path.join(PROJECT_ROOT, 'test/helpers/proto-guard.mjs')];
  if (!STRACE) nodeArgs.push('--import', path.join(PROJECT_ROOT, 'test/helpers/fs-trace.mjs'));
  nodeArgs.push(script, ...args);
  const env = {
    ...(options.env ?? { PATH: process.env.PATH, HOME: process.env.HOME }),
    NO_COLOR: '1',
    GCG_PROTO_LOG: protoLog,
    GCG_FS_TRACE: traceLog,
  };
  const [command, commandArgs] = STRACE
    ? [
        STRACE,
        [
          '-f',
          '-qq',
          '-e',
          'trace=open,openat,openat2',
          '-o',
          traceLog,
          process.execPath,
          ...nodeArgs,
        ],
      ]
    : [process.execPath, nodeArgs];
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: options.timeout ?? 10_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const guard = existsSync(protoLog)
    ? (JSON.parse(readFileSync(protoLog, 'utf8')) as { added: string[]; maxRssKb: number })
    : { added: ['(no report: the process did not exit normally)'], maxRssKb: 0 };
  const trace = existsSync(traceLog) ? readFileSync(traceLog, 'utf8') : '';
  const opened = STRACE
    ? parseStraceLog(trace, options.cwd)
    : trace
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as string);
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    tracer: TRACER,
    opened,
    pollution: guard.added,
    maxRssMb: Math.round(guard.maxRssKb / 1024),
    logDir: logs,
  };
}

export function tracedCli(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): TracedRun {
  return tracedNode(path.join(PROJECT_ROOT, 'dist/cli.js'), args, options);
}

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Where a run may open files besides the checked root: node itself, the bundle and the packages
 * it loads lazily, the kernel's pseudo-filesystems, the dynamic loader, TLS and time-zone data,
 * and the font folders the PDF library's optional canvas scans.
 */
export function allowedOutsideRoot(): string[] {
  const home = os.homedir();
  return [
    process.execPath,
    realpathSync(process.execPath),
    path.join(PROJECT_ROOT, 'dist'),
    path.join(PROJECT_ROOT, 'node_modules'),
    path.join(PROJECT_ROOT, 'package.json'),
    path.join(PROJECT_ROOT, 'test/helpers/proto-guard.mjs'),
    path.join(PROJECT_ROOT, 'test/helpers/fs-trace.mjs'),
    '/proc',
    '/sys',
    '/dev',
    '/lib',
    '/lib64',
    '/usr/lib',
    '/usr/lib64',
    // detect-libc (loaded by the PDF library's optional canvas) reads it to tell glibc from musl.
    '/usr/bin/ldd',
    '/etc/ld.so.cache',
    '/etc/ld.so.preload',
    '/etc/ssl',
    '/etc/localtime',
    '/usr/share/zoneinfo',
    '/usr/share/locale',
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.fonts'),
    path.join(home, '.local/share/fonts'),
  ];
}

/**
 * Every path opened lies inside the root or in the allowed places, and nothing in the planted
 * `outside` folder was opened, whatever it was called.
 */
export function expectConfined(
  run: TracedRun,
  repo: HostileRepo,
  extraAllowed: string[] = [],
): void {
  expect(run.opened.length, `the ${run.tracer} trace recorded no open calls`).toBeGreaterThan(0);
  const allowed = [...allowedOutsideRoot(), run.logDir, ...extraAllowed];
  const escaped = run.opened.filter(
    (file) => !inside(repo.root, file) && !allowed.some((place) => inside(place, file)),
  );
  expect(escaped, `opened outside the root (${run.tracer})`).toEqual([]);
  expect(run.opened.filter((file) => inside(repo.outside, file))).toEqual([]);
  expect(run.stdout + run.stderr).not.toContain(SECRET);
}

/** The run finished on its own (no kill by the timeout), exited 0 or 1, and kept prototypes clean. */
export function expectCompleted(run: TracedRun): void {
  expect(run.signal, `killed: ${run.stderr.slice(0, 500)}`).toBeNull();
  expect([0, 1], run.stderr.slice(0, 2000)).toContain(run.status);
  expect(run.pollution).toEqual([]);
}

/** A finding as the JSON report prints it: the message in the report's language. */
export interface ReportFinding {
  ruleId: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export function jsonFindings(run: TracedRun): ReportFinding[] {
  return (JSON.parse(run.stdout) as { findings: ReportFinding[] }).findings;
}

/** The finding of `ruleId` on `file` (with a line); fails with the findings seen. */
export function findingAt(findings: ReportFinding[], ruleId: string, file: string): ReportFinding {
  const found = findings.find((f) => f.ruleId === ruleId && f.file === file);
  expect(
    found,
    `no ${ruleId} on ${file}; got ${JSON.stringify(findings.map((f) => [f.ruleId, f.file, f.line]))}`,
  ).toBeDefined();
  expect(found!.line).toBeGreaterThanOrEqual(1);
  return found!;
}
