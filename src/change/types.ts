/** What a change between two commits consists of, as the drift rules see it. */
import type { Bilingual } from '../model/finding.js';
import type { DeclaredPath, Manifest, SignalKind, SignalSpec } from '../model/manifest.js';

export type { SignalKind, SignalRule, SignalSpec } from '../model/manifest.js';

export type DependencyFormat =
  'requirements' | 'pyproject' | 'setup-cfg' | 'conda' | 'pipfile' | 'package-json';

export interface SignalPackSpec {
  version: 1;
  fileSets: Record<string, { globs: string[]; comments?: string[] }>;
  kindSets: Partial<Record<SignalKind, string[]>>;
  exclude: string[];
  dependencyFiles: { glob: string; format: DependencyFormat }[];
  signals: SignalSpec[];
}

export type FileStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'type-changed';

export interface ChangedFile {
  /** Head-side path relative to the checked directory (base-side for a deletion). */
  path: string;
  /** Base-side path of a rename or copy. */
  previousPath?: string;
  status: FileStatus;
  binary: boolean;
  /** Bytes of the head blob, when it was looked up (Git LFS pointers: the size they declare). */
  size?: number;
  addedLines: number;
  /** Object ids, when known (git). */
  baseOid?: string;
  headOid?: string;
}

export interface SignalHit {
  signal: string;
  file: string;
  /** Head-side, 1-based; absent for a hit on the file itself (path signals). */
  line?: number;
  column?: number;
  /** What matched (capped), for the message. */
  match?: string;
  /** Further hits of the same signal in the same file. */
  more?: number;
  size?: number;
}

/**
 * Where the change could hide from the line and path signals: settings in `.gitattributes`
 * that alter how changes are seen, submodules (their files are not in this repository's diff),
 * and content that was not scanned (too big, stored elsewhere, not listed).
 */
export type ScanGap =
  | { kind: 'attributes'; file: string; line: number; attributes: string[]; more?: number }
  | {
      kind: 'submodule';
      file: string;
      line?: number;
      how: 'added' | 'moved' | 'updated' | 'gitmodules';
      commit?: string;
    }
  | {
      kind: 'not-scanned';
      file?: string;
      line?: number;
      reason: 'too-big' | 'not-decoded' | 'lfs-pointer' | 'no-patch' | 'not-listed';
      size?: number;
    };

/** The manifest as it was at the merge base. */
export interface BaseManifest {
  file: string;
  state: 'absent' | 'unreadable' | 'invalid' | 'valid';
  manifest?: Manifest;
  /** The declared path even when the rest of the base manifest did not validate. */
  path?: DeclaredPath;
}

export interface Change {
  source: 'git' | 'rest-api';
  base: string;
  head: string;
  mergeBase: string;
  files: ChangedFile[];
  addedLines: number;
  hits: SignalHit[];
  baseManifest: BaseManifest;
  /** Facts the report should mention (caps reached, size unknown, history deepened). */
  notes: Bilingual[];
  /** Blind spots the drift rules report as findings (fail closed). */
  gaps?: ScanGap[];
}
