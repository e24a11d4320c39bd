/**
 * A set of minimatch globs (precompiled `Minimatch` objects, matched case-insensitively), with
 * the common shapes answered without running a matcher: `**\/*.ext` by a lookup of the file's
 * extension, other `**\/name` globs on the base name only. Globs from the manifest are vetted
 * first (`globProblem`); the ones that fail are left out and listed in `invalid`.
 */
import { Minimatch } from 'minimatch';
import { BRACE_EXPANSION_LIMIT, expansionProblem, type GlobProblem } from './glob-expansion.js';

export type { GlobProblem } from './glob-expansion.js';

const OPTIONS = {
  dot: true,
  nocase: true,
  nocomment: true,
  nonegate: true,
  braceExpandMax: BRACE_EXPANSION_LIMIT,
} as const;
const EXTENSION_GLOB = /^\*\.(?:\{([\w-]+(?:,[\w-]+)*)\}|([\w-]+))$/;

/** Why a glob from the manifest cannot be used, or undefined when it can. */
export function globProblem(glob: string): GlobProblem | undefined {
  const problem = expansionProblem(glob);
  if (problem) return problem;
  try {
    new Minimatch(glob, OPTIONS);
  } catch {
    return 'invalid';
  }
  return undefined;
}

export class GlobSet {
  private readonly extensions = new Set<string>();
  private readonly basenames: Minimatch[] = [];
  private readonly paths: Minimatch[] = [];
  /** Globs left out, with their index in `globs` and why. */
  readonly invalid: { index: number; glob: string; problem: GlobProblem }[] = [];

  constructor(readonly globs: readonly string[]) {
    globs.forEach((glob, index) => {
      const problem = globProblem(glob);
      if (problem) this.invalid.push({ index, glob, problem });
      else this.add(glob);
    });
  }

  private add(glob: string): void {
    const rest = glob.startsWith('**/') ? glob.slice(3) : undefined;
    const ext = rest === undefined ? null : EXTENSION_GLOB.exec(rest);
    if (ext) {
      for (const e of (ext[1] ?? ext[2] ?? '').split(',')) this.extensions.add(e.toLowerCase());
    } else if (rest !== undefined && !rest.includes('/') && !rest.includes('**')) {
      this.basenames.push(new Minimatch(rest, OPTIONS));
    } else {
      this.paths.push(new Minimatch(glob, OPTIONS));
    }
  }

  get empty(): boolean {
    return this.globs.length === 0;
  }

  match(file: string): boolean {
    const slash = file.lastIndexOf('/');
    const base = slash === -1 ? file : file.slice(slash + 1);
    if (this.extensions.size > 0) {
      const dot = base.lastIndexOf('.');
      if (dot > 0 && this.extensions.has(base.slice(dot + 1).toLowerCase())) return true;
    }
    for (const glob of this.basenames) if (glob.match(base)) return true;
    for (const glob of this.paths) if (glob.match(file)) return true;
    return false;
  }
}
