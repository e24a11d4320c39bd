/**
 * Real `git` in the workspace, run as a child process with argument arrays (never a shell),
 * bounded output and no working-tree access: the gate reads objects (trees, blobs, commits) and
 * never checks out, builds or runs the code of the change.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Settings that keep git from loading big blobs or running configured helpers on our behalf. */
const SAFE_CONFIG = [
  '-c',
  'core.quotepath=off',
  '-c',
  // Blobs above this are "binary" to diff without being loaded: a 2 GB weight file is never read.
  'core.bigFileThreshold=32m',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'diff.external=',
];

const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
};

/** Output of one short git command is capped at this many bytes. */
export const GIT_OUTPUT_LIMIT = 64 * 1024 * 1024;

export class GitError extends Error {
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(message);
  }
}

export interface GitRun {
  stdout: string;
  exitCode: number;
}

/** Runs git and returns its output; a non-zero exit is returned (allowed) or thrown. */
export function git(
  cwd: string,
  args: readonly string[],
  options: {
    allowExit?: readonly number[];
    input?: string;
    maxBytes?: number;
    timeoutMs?: number;
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...SAFE_CONFIG, ...args],
      {
        cwd,
        env: { ...process.env, ...GIT_ENV, ...options.env },
        maxBuffer: options.maxBytes ?? GIT_OUTPUT_LIMIT,
        timeout: options.timeoutMs ?? 300_000,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, exitCode: 0 });
        const code = typeof error.code === 'number' ? error.code : null;
        if (code !== null && options.allowExit?.includes(code)) {
          return resolve({ stdout, exitCode: code });
        }
        const reason =
          error.code === 'ENOENT'
            ? 'git is not installed or not on PATH'
            : error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
              ? 'git output exceeded the limit'
              : (stderr.trim().split('\n').pop() ?? error.message);
        reject(new GitError(reason, args, stderr, code));
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/**
 * Streams git's standard output to `onChunk`, for outputs too big to hold (a diff of 100k
 * files). Resolves when git exits successfully.
 */
export function gitStream(
  cwd: string,
  args: readonly string[],
  onChunk: (chunk: Buffer) => void,
  options: { input?: string | Buffer; view?: AttributeFreeView } = {},
): Promise<void> {
  const view = options.view;
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...(view?.globals ?? []), ...args], {
      cwd: view?.cwd ?? cwd,
      env: { ...process.env, ...GIT_ENV, ...view?.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stderr = '';
    let failed: unknown;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (error) {
        failed = error;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new GitError(
          error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message,
          args,
          stderr,
          null,
        ),
      );
    });
    child.on('close', (code) => {
      if (failed) return reject(failed);
      if (code === 0) return resolve();
      reject(
        new GitError(stderr.trim().split('\n').pop() ?? `git exited ${code}`, args, stderr, code),
      );
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/**
 * The repository as the diff commands see it: no `.gitattributes` of the checkout (which the
 * change controls) is read, so `-diff`, `binary` or a textconv driver cannot change what a diff
 * shows. Git 2.39 has no `--attr-source`; instead git runs in, and takes as its work tree, the
 * `refs` folder of the repository's own storage, where no `.gitattributes` can exist (a ref
 * name never starts with a dot), with an index file that does not exist for the same reason,
 * no global and no system attributes.
 */
export interface AttributeFreeView {
  cwd: string;
  globals: string[];
  env: NodeJS.ProcessEnv;
}

export async function attributeFreeView(cwd: string): Promise<AttributeFreeView> {
  const { stdout } = await git(cwd, ['rev-parse', '--git-common-dir']);
  const common = path.resolve(cwd, stdout.trim());
  // `refs` exists in every repository git creates; the storage folder itself is the fallback.
  const refs = existsSync(path.join(common, 'refs')) ? path.join(common, 'refs') : common;
  return {
    cwd: refs,
    globals: [
      '-c',
      `core.attributesFile=${os.devNull}`,
      `--git-dir=${common}`,
      `--work-tree=${refs}`,
    ],
    env: { GIT_INDEX_FILE: path.join(refs, '.no-index'), GIT_ATTR_NOSYSTEM: '1' },
  };
}

export interface RepoInfo {
  /** Path of the checked directory inside the repository, '' or ending in '/'. */
  prefix: string;
  shallow: boolean;
}

export async function repoInfo(cwd: string): Promise<RepoInfo> {
  const { stdout } = await git(cwd, ['rev-parse', '--show-prefix', '--is-shallow-repository']);
  const [prefix = '', shallow = 'false'] = stdout.split('\n');
  return { prefix, shallow: shallow.trim() === 'true' };
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export function isSha(ref: string): boolean {
  return SHA.test(ref);
}

/** The commit a ref names, or undefined when it does not exist locally. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-') || ref.includes('\0')) return undefined;
  const { stdout, exitCode } = await git(
    cwd,
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
    { allowExit: [1, 128] },
  );
  return exitCode === 0 ? stdout.trim() : undefined;
}

export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const { stdout, exitCode } = await git(cwd, ['merge-base', a, b], { allowExit: [1] });
  return exitCode === 0 ? stdout.trim() : undefined;
}

/** Fetches commits (objects only, no checkout) from `origin`; false when that is not possible. */
export async function fetchFromOrigin(
  cwd: string,
  refs: readonly string[],
  how: { depth?: number; deepen?: number },
): Promise<boolean> {
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
  if (how.depth !== undefined) args.push(`--depth=${how.depth}`);
  if (how.deepen !== undefined) args.push(`--deepen=${how.deepen}`);
  try {
    await git(cwd, [...args, 'origin', ...refs.filter((r) => !r.startsWith('-'))], {
      timeoutMs: 600_000,
    });
    return true;
  } catch {
    return false;
  }
}

export interface ObjectInfo {
  oid: string;
  type: string;
  size: number;
}

/** Sizes (and types) of objects by `git cat-file --batch-check`; missing objects are left out. */
export async function objectInfo(
  cwd: string,
  specs: readonly string[],
): Promise<Map<string, ObjectInfo>> {
  const found = new Map<string, ObjectInfo>();
  if (specs.length === 0) return found;
  let text = '';
  await gitStream(
    cwd,
    ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'],
    (chunk) => {
      text += chunk.toString('utf8');
    },
    { input: `${specs.join('\n')}\n` },
  );
  const lines = text.split('\n');
  specs.forEach((spec, i) => {
    const [oid, type, size] = (lines[i] ?? '').split(' ');
    if (oid && type && size !== undefined && type !== 'missing' && size !== 'missing') {
      found.set(spec, { oid, type, size: Number(size) });
    }
  });
  return found;
}

/**
 * Contents of blobs no bigger than `maxBytes` each (checked first with --batch-check, so a big
 * blob is never streamed); the rest are left out.
 */
export async function readBlobs(
  cwd: string,
  specs: readonly string[],
  maxBytes: number,
): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  const info = await objectInfo(cwd, specs);
  const wanted = specs.filter((s) => {
    const i = info.get(s);
    return i !== undefined && i.type === 'blob' && i.size <= maxBytes;
  });
  if (wanted.length === 0) return blobs;
  const chunks: Buffer[] = [];
  await gitStream(cwd, ['cat-file', '--batch'], (chunk) => chunks.push(chunk), {
    input: `${wanted.map((s) => info.get(s)!.oid).join('\n')}\n`,
  });
  const all = Buffer.concat(chunks);
  let pos = 0;
  for (const spec of wanted) {
    const eol = all.indexOf(10, pos);
    if (eol === -1) break;
    const header = all.toString('utf8', pos, eol).split(' ');
    const size = Number(header[2]);
    if (!Number.isFinite(size)) break;
    blobs.set(spec, all.subarray(eol + 1, eol + 1 + size));
    pos = eol + 1 + size + 1;
  }
  return blobs;
}
