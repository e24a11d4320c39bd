/**
 * Every file the gate writes goes through here: opened without following a symlink at the last
 * component, refused when it is not a regular file (a FIFO, a device, a directory), and, when
 * roots are given, refused unless its directory resolves inside one of them. A repository under
 * review may hold links planted to redirect a report onto another file or into the job log.
 */
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  realpathSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';

/** A file the gate will not write; the message names the file and why. */
export class OutputRefusedError extends Error {}

export interface OutputOptions {
  /** Directories the file must resolve inside (after links); none means anywhere. */
  roots?: readonly string[];
  /** Create missing parent directories (inside the roots). */
  createParents?: boolean;
  /** Append instead of replacing the content. */
  append?: boolean;
  /** The file must not exist yet (a file the gate owns). */
  exclusive?: boolean;
}

function isInside(dir: string, root: string): boolean {
  return dir === root || dir.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);
}

function realRoots(roots: readonly string[]): string[] {
  const real: string[] = [];
  for (const root of roots) {
    try {
      real.push(realpathSync(root));
    } catch {
      // A root that does not exist allows nothing.
    }
  }
  return real;
}

function nearestExisting(dir: string): string {
  let current = dir;
  for (;;) {
    try {
      lstatSync(current);
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

function checkParent(file: string, roots: string[] | undefined, display: string): void {
  if (roots === undefined) return;
  const dir = path.dirname(file);
  let real: string;
  try {
    real = realpathSync(nearestExisting(dir));
  } catch {
    throw new OutputRefusedError(`cannot write ${display}: its directory cannot be resolved`);
  }
  if (!roots.some((root) => isInside(real, root))) {
    throw new OutputRefusedError(
      `cannot write ${display}: its directory resolves outside ${roots.join(', ')}`,
    );
  }
}

function why(code: string | undefined): string {
  switch (code) {
    case 'ELOOP':
      return 'it is a symbolic link';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENXIO':
      return 'it is not a regular file';
    case 'EEXIST':
      return 'it exists already';
    case 'ENOENT':
      return 'its directory does not exist';
    case 'EACCES':
      return 'permission denied';
    default:
      return code ?? 'unknown error';
  }
}

/**
 * Opens `file` for writing and returns the descriptor. Throws `OutputRefusedError` when the file
 * may not be written.
 */
export function openOutput(file: string, options: OutputOptions = {}): number {
  const abs = path.resolve(file);
  const display = file;
  const roots = options.roots ? realRoots(options.roots) : undefined;
  checkParent(abs, roots, display);
  if (options.createParents) {
    try {
      mkdirSync(path.dirname(abs), { recursive: true });
    } catch (error) {
      throw new OutputRefusedError(
        `cannot write ${display}: cannot create its directory (${why((error as NodeJS.ErrnoException).code)})`,
      );
    }
  }
  // Checked again now that the directories exist: a link among them is resolved here.
  checkParent(abs, roots, display);
  let existing;
  try {
    existing = lstatSync(abs);
  } catch {
    existing = undefined;
  }
  if (existing?.isSymbolicLink())
    throw new OutputRefusedError(`cannot write ${display}: ${why('ELOOP')}`);
  if (existing && !existing.isFile()) {
    throw new OutputRefusedError(
      `cannot write ${display}: ${existing.isDirectory() ? why('EISDIR') : why('ENXIO')}`,
    );
  }
  // O_NONBLOCK: a FIFO planted between the check and the open fails instead of waiting for a reader.
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_NOFOLLOW |
    constants.O_NONBLOCK |
    (options.append ? constants.O_APPEND : 0) |
    (options.exclusive ? constants.O_EXCL : 0);
  let fd: number;
  try {
    fd = openSync(abs, flags, 0o644);
  } catch (error) {
    throw new OutputRefusedError(
      `cannot write ${display}: ${why((error as NodeJS.ErrnoException).code)}`,
    );
  }
  try {
    if (!fstatSync(fd).isFile())
      throw new OutputRefusedError(`cannot write ${display}: ${why('ENXIO')}`);
    if (!options.append) ftruncateSync(fd, 0);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

export function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Writes `data` to `file` as `openOutput` allows. */
export function writeOutput(
  file: string,
  data: string | Uint8Array,
  options: OutputOptions = {},
): void {
  const fd = openOutput(file, options);
  try {
    writeAll(fd, data);
  } finally {
    closeSync(fd);
  }
}

/**
 * A fresh directory of the gate's own under `base` (made if missing, refused when it is a link),
 * so two runs sharing `base` never share a file.
 */
export function privateDirectory(base: string, prefix: string): string {
  mkdirSync(base, { recursive: true, mode: 0o700 });
  const stat = lstatSync(base);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new OutputRefusedError(`cannot write in ${base}: not a directory of the gate's own`);
  }
  return mkdtempSync(path.join(base, prefix));
}
