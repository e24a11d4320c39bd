/**
 * The one reading layer: every file the gate opens in the checked repository goes through
 * here. Paths are confined to the root (no `..`, no absolute paths, no symlinks out), only
 * regular files are read, sizes are capped before reading, and text is decoded by detected
 * encoding. Failures come back as `ReadProblem`s, never as exceptions.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { decodeText, type Encoding } from './encoding.js';

export type ReadProblemCode =
  | 'invalid-path'
  | 'outside-root'
  | 'missing'
  | 'not-a-file'
  | 'not-a-directory'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'unreadable';

export interface ReadProblem {
  code: ReadProblemCode;
  /** The path as written by the user (or relative to the root). */
  file: string;
  detail?: string;
  size?: number;
  limit?: number;
}

export interface RepoPath {
  /** Relative to the root with `/` separators. */
  rel: string;
  abs: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem };

export const DEFAULT_TEXT_LIMIT = 32 * 1024 * 1024;

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync(root);
    realRoots.set(root, real);
  }
  return real;
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Resolves a user-supplied path against the root; never touches the file itself beyond realpath. */
export function resolveInRoot(root: string, userPath: string): Result<RepoPath> {
  const fail = (code: ReadProblemCode, detail?: string): Result<RepoPath> => ({
    ok: false,
    problem: { code, file: userPath, ...(detail === undefined ? {} : { detail }) },
  });
  if (userPath.length === 0 || userPath.length > 4096 || userPath.includes('\0')) {
    return fail('invalid-path');
  }
  if (
    path.isAbsolute(userPath) ||
    /^[a-zA-Z]:[\\/]/.test(userPath) ||
    userPath.startsWith('\\\\')
  ) {
    return fail('outside-root', 'absolute');
  }
  const normalized = path.posix.normalize(userPath.replace(/\\/g, '/'));
  if (normalized === '..' || normalized.startsWith('../')) return fail('outside-root', '..');
  const rootReal = realRoot(root);
  const abs = path.join(rootReal, normalized);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return fail('unreadable', 'symlink loop');
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return { ok: false, problem: { code: 'missing', file: normalized.replace(/^\.\//, '') } };
    }
    return fail('unreadable', code);
  }
  if (!isInside(rootReal, real)) return fail('outside-root', 'symlink');
  const rel = path.relative(rootReal, abs).split(path.sep).join('/');
  return { ok: true, value: { rel: rel === '' ? '.' : rel, abs: real } };
}

export interface FileInfo extends RepoPath {
  size: number;
  isDirectory: boolean;
}

/** Confined stat of a file or directory. */
export function statInRoot(root: string, userPath: string): Result<FileInfo> {
  const resolved = resolveInRoot(root, userPath);
  if (!resolved.ok) return resolved;
  try {
    const st = statSync(resolved.value.abs);
    if (!st.isFile() && !st.isDirectory()) {
      return { ok: false, problem: { code: 'not-a-file', file: resolved.value.rel } };
    }
    return { ok: true, value: { ...resolved.value, size: st.size, isDirectory: st.isDirectory() } };
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'unreadable', file: resolved.value.rel, detail: (error as Error).message },
    };
  }
}

/**
 * Reads a regular file inside the root, up to `limit` bytes. Opens non-blocking so that a FIFO
 * planted in the repository cannot hang the gate, and checks the type on the open descriptor.
 */
export function readBytesInRoot(
  root: string,
  userPath: string,
  limit: number,
): Result<{ file: RepoPath; bytes: Buffer }> {
  const resolved = resolveInRoot(root, userPath);
  if (!resolved.ok) return resolved;
  const file = resolved.value;
  const fail = (code: ReadProblemCode, extra: Partial<ReadProblem> = {}) =>
    ({ ok: false, problem: { code, file: file.rel, ...extra } }) as const;
  let fd: number;
  try {
    fd = openSync(file.abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EISDIR'
      ? fail('not-a-file')
      : fail('unreadable', { detail: code ?? String(error) });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return fail('not-a-file');
    // A second name may sit outside the root (links are not followed by realpath): not read.
    if (st.nlink > 1) return fail('outside-root', { detail: 'hard link' });
    if (st.size > limit) return fail('too-large', { size: st.size, limit });
    if (st.size === 0) return fail('empty');
    const bytes = Buffer.allocUnsafe(st.size);
    let offset = 0;
    while (offset < st.size) {
      const n = readSync(fd, bytes, offset, st.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return {
      ok: true,
      value: { file, bytes: offset === st.size ? bytes : bytes.subarray(0, offset) },
    };
  } catch (error) {
    return fail('unreadable', { detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    closeSync(fd);
  }
}

export interface TextFile {
  file: RepoPath;
  text: string;
  encoding: Encoding;
}

/** Reads and decodes a text file; binary content is a problem, not garbage text. */
export function readTextInRoot(
  root: string,
  userPath: string,
  limit = DEFAULT_TEXT_LIMIT,
): Result<TextFile> {
  const read = readBytesInRoot(root, userPath, limit);
  if (!read.ok) return read;
  const decoded = decodeText(read.value.bytes);
  if (decoded === undefined) {
    return { ok: false, problem: { code: 'binary', file: read.value.file.rel } };
  }
  if (decoded.text.trim().length === 0) {
    return { ok: false, problem: { code: 'empty', file: read.value.file.rel } };
  }
  return {
    ok: true,
    value: { file: read.value.file, text: decoded.text, encoding: decoded.encoding },
  };
}
