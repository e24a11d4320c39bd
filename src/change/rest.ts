/**
 * The change from GitHub's list of a pull request's files (the fallback when git history is
 * not available): per-file unified patches, matched like the git diff. GitHub lists at most
 * 3,000 files and omits patches of big or binary files; sizes are unknown, so size-bound
 * signals cannot match and the report says so.
 */
import { text, type Bilingual } from '../model/finding.js';
import { baseManifestFrom, type BasePacks } from './base-manifest.js';
import { attributesOfConcern, isAttributesFile, isSubmodulesFile } from './gitattributes.js';
import { attributesCoverScanned, lineScanPlan } from './plan.js';
import { HitCollector, presentInText } from './hits.js';
import { pathHits } from './path-hits.js';
import type { SignalPack } from './signals.js';
import type { Change, ChangedFile, FileStatus, ScanGap } from './types.js';

/** One entry of `GET /repos/{owner}/{repo}/pulls/{number}/files`, paths relative to the root. */
export interface RestFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
  additions: number;
}

export interface RestChangeInput {
  base: string;
  head: string;
  files: RestFile[];
  /** GitHub stopped listing (3,000 files). */
  truncated: boolean;
  /** The manifest at the base commit: bytes, null when absent, undefined when unreadable. */
  baseManifest: Uint8Array | null | undefined;
}

/** Supplied by the Action: lists a pull request's files through the REST API. */
export type ChangeFallback = (manifestPath: string) => Promise<RestChangeInput>;

const STATUS: Record<string, FileStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'type-changed',
  unchanged: 'modified',
};

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
/** How GitHub shows a submodule (gitlink) in a pull request's patch. */
const SUBMODULE_LINE = /^Subproject commit ([0-9a-f]{40})\b/;

/** Added lines (head-side numbers), removed lines and every head-side line the patch shows. */
export function patchLines(patch: string): {
  added: [number, string][];
  removed: string[];
  shown: Map<number, string>;
} {
  const added: [number, string][] = [];
  const removed: string[] = [];
  const shown = new Map<number, string>();
  let line = 0;
  for (const raw of patch.split('\n')) {
    const hunk = HUNK.exec(raw);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0) continue;
    const first = raw[0];
    const content = raw.slice(1).replace(/\r$/, '');
    if (first === '+') {
      added.push([line, content]);
      shown.set(line++, content);
    } else if (first === '-') removed.push(content);
    else if (first === ' ') shown.set(line++, content);
  }
  return { added, removed, shown };
}

/** A model-card line is in the front matter when the patch shows the opening fence above it. */
function shownInFrontMatter(shown: Map<number, string>, line: number): boolean {
  if (shown.get(1)?.trimEnd() !== '---') return false;
  for (let i = 2; i < line; i++) {
    const text = shown.get(i);
    if (text === undefined) return false;
    if (text.trimEnd() === '---') return false;
  }
  return true;
}

function isRepositoryPath(file: string): boolean {
  return (
    file.length > 0 &&
    !file.startsWith('/') &&
    !file.includes('\0') &&
    !/^[A-Za-z]:/.test(file) &&
    !file.split(/[\\/]/).includes('..')
  );
}

export function restChange(
  input: RestChangeInput,
  pack: SignalPack,
  manifestPath: string,
  packs?: BasePacks,
): Change {
  const notes: Bilingual[] = [
    text(
      '未能使用 git 历史，已改用 GitHub REST API 列出的拉取请求文件；按大小判断的权重文件无法识别。设置 `fetch-depth: 0` 可获得完整检查。',
      'Git history was not available, so the pull request files listed by the GitHub REST API were used; weight files judged by size cannot be recognised. Set `fetch-depth: 0` for the full check.',
    ),
  ];
  if (input.truncated) {
    notes.push(
      text(
        'GitHub REST API 最多列出 3000 个文件，其余文件未检查；设置 `fetch-depth: 0` 以用 git 比较全部文件。',
        'The GitHub REST API lists at most 3,000 files; the rest were not checked. Set `fetch-depth: 0` to compare every file with git.',
      ),
    );
  }
  const collector = new HitCollector();
  const files: ChangedFile[] = [];
  const gaps: ScanGap[] = input.truncated ? [{ kind: 'not-scanned', reason: 'not-listed' }] : [];
  const coversScanned = attributesCoverScanned(pack, manifestPath);
  let missingPatches = 0;
  for (const entry of input.files) {
    // Repository paths only: a listing with `..`, absolute or empty names is not trusted.
    if (!isRepositoryPath(entry.filename)) continue;
    const status = Object.hasOwn(STATUS, entry.status) ? STATUS[entry.status]! : 'modified';
    const file: ChangedFile = {
      path: entry.filename,
      ...(entry.previous_filename ? { previousPath: entry.previous_filename } : {}),
      status,
      binary: entry.patch === undefined && entry.additions === 0 && status !== 'deleted',
      addedLines: entry.additions,
    };
    files.push(file);
    if (status === 'deleted') continue;
    const lines = entry.patch === undefined ? undefined : patchLines(entry.patch);
    gaps.push(...restGaps(file, lines?.added, coversScanned));
    const plan = lineScanPlan(pack, file, manifestPath);
    if (!plan) continue;
    if (lines === undefined) {
      if (entry.additions > 0) missingPatches++;
      // No patch for a file the signals read: GitHub found it too big or binary (UTF-16).
      if (!(status === 'renamed' && entry.additions === 0)) {
        gaps.push({ kind: 'not-scanned', file: file.path, reason: 'no-patch' });
      }
      continue;
    }
    const { added, removed, shown } = lines;
    const removedText = removed.join('\n');
    for (const [line, content] of added) {
      const matches = [
        ...(plan.line ? pack.matchLine(plan.line, content) : []),
        ...(plan.dependencies ? pack.matchDependencies(plan.dependencies, content) : []),
      ];
      for (const m of matches) {
        if (m.signal.kind === 'model-card' && !shownInFrontMatter(shown, line)) continue;
        // Without the base file, a signal on a removed line of the same patch marks an edit.
        if (removed.length > 0 && presentInText(pack, plan, m.signal, removedText)) continue;
        collector.add(m.signal, { file: file.path, line, column: m.column, match: m.match });
      }
    }
  }
  if (missingPatches > 0) {
    notes.push(
      text(
        `${missingPatches} 个文件过大，GitHub 未提供其差异，未逐行检查`,
        `${missingPatches} file(s) too big for GitHub to show a diff were not checked line by line`,
      ),
    );
  }
  pathHits(
    pack,
    files
      .filter((f) => f.path !== manifestPath && !pack.isExcludedFromPaths(f.path))
      .filter((f) => f.status === 'added' || f.status === 'copied' || f.status === 'renamed')
      .map((file) => ({ file, needsSize: false })),
    collector,
  );
  return {
    source: 'rest-api',
    base: input.base,
    head: input.head,
    mergeBase: input.base,
    files,
    addedLines: files.reduce((sum, f) => sum + f.addedLines, 0),
    hits: collector.hits,
    // The REST listing has no base tree: the base manifest's packs are read from the workspace.
    baseManifest: baseManifestFrom(manifestPath, input.baseManifest, packs),
    notes,
    gaps,
  };
}

/** `.gitattributes` settings, `.gitmodules` edits and submodules, from one file's patch. */
function restGaps(
  file: ChangedFile,
  added: [number, string][] | undefined,
  coversScanned: (pattern: string) => boolean,
): ScanGap[] {
  if (isSubmodulesFile(file.path) && (added === undefined || added.length > 0)) {
    return [
      {
        kind: 'submodule',
        file: file.path,
        how: 'gitmodules',
        ...(added?.[0] ? { line: added[0][0] } : {}),
      },
    ];
  }
  if (added === undefined) return [];
  if (isAttributesFile(file.path)) {
    const found = added.map(
      ([line, content]) => [line, attributesOfConcern(content, coversScanned)] as const,
    );
    const concerned = found.filter(([, attributes]) => attributes.length > 0);
    if (concerned.length === 0) return [];
    return [
      {
        kind: 'attributes',
        file: file.path,
        line: concerned[0]![0],
        attributes: [...new Set(concerned.flatMap(([, attributes]) => attributes))],
        ...(concerned.length > 1 ? { more: concerned.length - 1 } : {}),
      },
    ];
  }
  const submodule = added.length === 1 ? SUBMODULE_LINE.exec(added[0]![1]) : null;
  if (!submodule) return [];
  return [
    {
      kind: 'submodule',
      file: file.path,
      how:
        file.status === 'renamed' || file.status === 'copied'
          ? 'moved'
          : file.status === 'added'
            ? 'added'
            : 'updated',
      commit: submodule[1]!,
    },
  ];
}
