/**
 * The change between base and head, computed with git in the workspace: merge base (deepening a
 * shallow clone when allowed), changed files, added lines matched against the signal pack as
 * the diff streams by, sizes of added blobs, and the base-side manifest.
 */
import { text, type Bilingual } from '../model/finding.js';
import { BASE_MANIFEST_LIMIT, baseManifestFrom } from './base-manifest.js';
import { DiffParser, type RawEntry } from './diff-parse.js';
import {
  attributeFreeView,
  fetchFromOrigin,
  gitStream,
  isSha,
  mergeBase,
  objectInfo,
  readBlobs,
  repoInfo,
  resolveCommit,
  type AttributeFreeView,
  type RepoInfo,
} from './git.js';
import { HitCollector, inFrontMatter, presentInText } from './hits.js';
import { LineScan } from './line-scan.js';
import { lineScanPlan } from './plan.js';
import { pathHits, type PathCandidate } from './path-hits.js';
import type { SignalPack } from './signals.js';
import { decodeSource } from './source-text.js';
import type { Change, ChangedFile, FileStatus, ScanGap } from './types.js';
import type { BasePacks } from './base-manifest.js';
import { basePackReader } from './base-packs.js';

export type ChangePacks = Omit<BasePacks, 'root' | 'read'>;

export interface ChangeRequest {
  /** Absolute path of the checked directory. */
  root: string;
  base: string;
  head: string;
  /** Manifest path relative to the root. */
  manifestPath: string;
  pack: SignalPack;
  /** Fetch missing commits and deepen a shallow clone from `origin` (the Action does). */
  deepen: boolean;
  /** Where the base manifest's policy packs are read; without it, its packs are not applied. */
  packs?: ChangePacks;
}

/** The change could not be computed; the message says what to do. */
export class ChangeUnavailable extends Error {
  constructor(
    readonly reason: Bilingual,
    readonly shallow: boolean,
  ) {
    super(reason.en);
  }
}

/** Base-side blobs read to tell "already there" from "added" are capped at this size each. */
const BASE_BLOB_LIMIT = 4 * 1024 * 1024;
const CARD_LIMIT = 1024 * 1024;
const DEEPEN_STEPS = [50, 250, 1000, 5000];

export const SHALLOW_HINT = text(
  '在 actions/checkout 中设置 `fetch-depth: 0`（或在本地运行 `git fetch --unshallow`），使基准与变更的共同祖先可用。',
  'Set `fetch-depth: 0` on actions/checkout (or run `git fetch --unshallow` locally) so the merge base of base and head is available.',
);

function posix(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

async function commitOf(
  root: string,
  ref: string,
  deepen: boolean,
  notes: Bilingual[],
): Promise<string | undefined> {
  const local = await resolveCommit(root, ref);
  if (local || !deepen) return local;
  const remote = ref.startsWith('refs/remotes/origin/')
    ? `refs/heads/${ref.slice('refs/remotes/origin/'.length)}`
    : ref;
  if (!(await fetchFromOrigin(root, [remote], { depth: 1 }))) return undefined;
  notes.push(text(`已从 origin 获取 ${ref}`, `Fetched ${ref} from origin`));
  return resolveCommit(root, isSha(ref) ? ref : 'FETCH_HEAD');
}

async function findMergeBase(
  request: ChangeRequest,
  info: RepoInfo,
  base: string,
  head: string,
  notes: Bilingual[],
): Promise<string> {
  let found = await mergeBase(request.root, base, head);
  if (found) return found;
  let shallow = info.shallow;
  if (shallow && request.deepen) {
    for (const steps of DEEPEN_STEPS) {
      await fetchFromOrigin(request.root, [base, head], { deepen: steps });
      found = await mergeBase(request.root, base, head);
      if (found) {
        notes.push(
          text(
            `浅克隆：已加深历史 ${steps} 个提交以找到共同祖先`,
            `Shallow clone: deepened history by ${steps} commits to find the merge base`,
          ),
        );
        return found;
      }
    }
    shallow = (await repoInfo(request.root)).shallow;
  }
  if (shallow) {
    throw new ChangeUnavailable(
      text(
        `浅克隆中找不到 ${request.base} 与 ${request.head} 的共同祖先。${SHALLOW_HINT['zh-CN']}`,
        `No merge base of ${request.base} and ${request.head} in this shallow clone. ${SHALLOW_HINT.en}`,
      ),
      true,
    );
  }
  notes.push(
    text(
      `${request.base} 与 ${request.head} 没有共同祖先，直接与 ${request.base} 比较`,
      `${request.base} and ${request.head} share no history; compared with ${request.base} directly`,
    ),
  );
  return base;
}

const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[^\n]*\n)*?size (\d+)/;

/** Head-side sizes of the candidates; a Git LFS pointer counts at the size it declares. */
async function sizesOf(root: string, files: ChangedFile[]): Promise<void> {
  const withOid = files.filter((f) => f.headOid);
  const info = await objectInfo(
    root,
    withOid.map((f) => f.headOid!),
  );
  const small: ChangedFile[] = [];
  for (const file of withOid) {
    const size = info.get(file.headOid!)?.size;
    if (size === undefined) continue;
    file.size = size;
    if (size < 1024) small.push(file);
  }
  const pointers = await readBlobs(
    root,
    small.map((f) => f.headOid!),
    1024,
  );
  for (const file of small) {
    const match = LFS_POINTER.exec(pointers.get(file.headOid!)?.toString('utf8') ?? '');
    if (match) file.size = Number(match[1]);
  }
}

/** The base manifest over the packs it extended on base. */
async function baseManifestOf(
  request: ChangeRequest,
  prefix: string,
  mergeBase: string,
  bytes: Buffer | null | undefined,
) {
  const manifestPath = posix(request.manifestPath);
  const { packs, root } = request;
  if (!packs) return baseManifestFrom(manifestPath, bytes);
  const at = { root, prefix, mergeBase, workspace: packs.workspace };
  const read = await basePackReader(at, bytes, (reader) => {
    baseManifestFrom(manifestPath, bytes, { ...packs, root, read: reader });
  });
  return baseManifestFrom(manifestPath, bytes, { ...packs, root, ...(read ? { read } : {}) });
}

export async function gitChange(request: ChangeRequest): Promise<Change> {
  const { root, pack } = request;
  const notes: Bilingual[] = [];
  let info: RepoInfo;
  try {
    info = await repoInfo(root);
  } catch (error) {
    throw new ChangeUnavailable(
      text(
        `${root} 不在 git 仓库中，无法比较变更（${(error as Error).message}）`,
        `${root} is not in a git repository, so the change cannot be compared (${(error as Error).message})`,
      ),
      false,
    );
  }
  const base = await commitOf(root, request.base, request.deepen, notes);
  const head = await commitOf(root, request.head, request.deepen, notes);
  for (const [name, ref, sha] of [
    ['base', request.base, base],
    ['head', request.head, head],
  ] as const) {
    if (!sha) {
      throw new ChangeUnavailable(
        text(
          `找不到${name === 'base' ? '基准' : '变更'}提交 ${ref}。${info.shallow ? SHALLOW_HINT['zh-CN'] : '请先获取该提交（git fetch）。'}`,
          `Cannot find the ${name} commit ${ref}. ${info.shallow ? SHALLOW_HINT.en : 'Fetch it first (git fetch).'}`,
        ),
        info.shallow,
      );
    }
  }
  const mb = await findMergeBase(request, info, base!, head!, notes);
  const manifestPath = posix(request.manifestPath);

  const view = await attributeFreeView(root);
  const collector = new HitCollector();
  const gaps: ScanGap[] = [];
  const relative = info.prefix ? [`--relative=${info.prefix}`] : [];
  const big = await bigBlobs(root, view, relative, mb, head!);
  const scan = new LineScan(pack, manifestPath, collector, gaps);
  await gitStream(
    root,
    [
      'diff-tree',
      '-r',
      '-z',
      '--raw',
      '-p',
      '-U0',
      '-M',
      '--irreversible-delete',
      '--text',
      '--no-ext-diff',
      '--no-textconv',
      '--no-color',
      ...relative,
      mb,
      head!,
      '--',
      ...big.map((b) => `:(top,literal,exclude)${info.prefix}${b.path}`),
    ],
    (chunk) => scan.parser.push(chunk),
    { view },
  );
  scan.parser.end();
  const entries = scan.parser.entries;
  mergeBigBlobs(entries, big);
  for (const blob of big) {
    if (scan.reads(blob))
      gaps.push({ kind: 'not-scanned', file: blob.path, reason: 'too-big', size: blob.size });
  }
  await scan.rescanDecoded(root);
  gaps.push(...submoduleGaps(entries));

  const files = entries.map(toChangedFile);
  await addPathHits(root, pack, files, collector, manifestPath);
  await confirmModelCards(root, pack, files, collector);
  await dropAlreadyOnBase(root, pack, files, collector, manifestPath);
  if (collector.capped) notes.push(cappedNote());

  const manifestSpec = `${mb}:${info.prefix}${manifestPath}`;
  const manifestBlob = await readBlobs(root, [manifestSpec], BASE_MANIFEST_LIMIT);
  let baseBytes: Buffer | null | undefined = manifestBlob.get(manifestSpec);
  if (!baseBytes) {
    const exists = (await objectInfo(root, [manifestSpec])).has(manifestSpec);
    baseBytes = exists ? undefined : null;
  }

  return {
    source: 'git',
    base: base!,
    head: head!,
    mergeBase: mb,
    files,
    addedLines: files.reduce((sum, f) => sum + f.addedLines, 0),
    hits: collector.hits,
    baseManifest: await baseManifestOf(request, info.prefix, mb, baseBytes),
    notes,
    gaps,
  };
}

/**
 * Blobs above this are never diffed (a text diff would load them whole): they are listed apart,
 * judged by size (weights) or reported as not scanned (source).
 */
const BIG_BLOB = 32 * 1024 * 1024;

interface BigBlob {
  path: string;
  status: FileStatus;
  oid: string;
  baseOid?: string;
  baseMode: string;
  size: number;
}

async function bigBlobs(
  root: string,
  view: AttributeFreeView,
  relative: string[],
  from: string,
  to: string,
): Promise<BigBlob[]> {
  const listed = new DiffParser({ onEntry: () => false, onAdded: () => undefined });
  await gitStream(
    root,
    ['diff-tree', '-r', '-z', '--raw', '--no-renames', ...relative, from, to],
    (chunk) => listed.push(chunk),
    { view },
  );
  listed.end();
  const withOid = listed.entries.filter(
    (e) => e.headOid && e.headMode !== '160000' && e.status !== 'deleted',
  );
  const specs = withOid.flatMap((e) =>
    e.baseOid && e.baseMode !== '160000' ? [e.headOid!, e.baseOid] : [e.headOid!],
  );
  const info = await objectInfo(root, [...new Set(specs)]);
  return withOid.flatMap((e) => {
    const size = info.get(e.headOid!)?.size ?? 0;
    const baseSize = e.baseOid ? (info.get(e.baseOid)?.size ?? 0) : 0;
    if (size <= BIG_BLOB && baseSize <= BIG_BLOB) return [];
    return [
      {
        path: e.path,
        status: e.status,
        oid: e.headOid!,
        ...(e.baseOid ? { baseOid: e.baseOid } : {}),
        baseMode: e.baseMode,
        size,
      },
    ];
  });
}

/** Puts the big blobs back; an added one whose content left another path is a rename. */
function mergeBigBlobs(entries: RawEntry[], big: BigBlob[]): void {
  for (const blob of big) {
    const from =
      blob.status === 'added'
        ? entries.findIndex((e) => e.status === 'deleted' && e.baseOid === blob.oid)
        : -1;
    const moved = from >= 0 ? entries.splice(from, 1)[0] : undefined;
    const baseOid = moved ? blob.oid : blob.baseOid;
    entries.push({
      status: moved ? 'renamed' : blob.status,
      path: blob.path,
      ...(moved ? { previousPath: moved.path } : {}),
      ...(baseOid ? { baseOid } : {}),
      headOid: blob.oid,
      baseMode: moved?.baseMode ?? blob.baseMode,
      headMode: '100644',
      binary: true,
      addedLines: 0,
    });
  }
}

/** Submodules the change adds, moves or points elsewhere: their files are not in this diff. */
function submoduleGaps(entries: RawEntry[]): ScanGap[] {
  const gaps: ScanGap[] = [];
  for (const entry of entries) {
    if (entry.headMode !== '160000' || entry.status === 'deleted') continue;
    const how =
      entry.status === 'renamed' || entry.status === 'copied'
        ? 'moved'
        : entry.baseMode === '160000'
          ? 'updated'
          : 'added';
    gaps.push({
      kind: 'submodule',
      file: entry.path,
      how,
      ...(entry.headOid ? { commit: entry.headOid } : {}),
    });
  }
  return gaps;
}

export function cappedNote(): Bilingual {
  return text(
    '命中过多，只列出前 5000 处；其余未逐一列出',
    'Too many matches: only the first 5000 places are listed',
  );
}

function toChangedFile(entry: RawEntry): ChangedFile {
  return {
    path: entry.path,
    ...(entry.previousPath !== undefined ? { previousPath: entry.previousPath } : {}),
    status: entry.status,
    binary: entry.binary,
    addedLines: entry.addedLines,
    ...(entry.baseOid ? { baseOid: entry.baseOid } : {}),
    ...(entry.headOid ? { headOid: entry.headOid } : {}),
  };
}

async function addPathHits(
  root: string,
  pack: SignalPack,
  files: ChangedFile[],
  collector: HitCollector,
  manifestPath: string,
): Promise<void> {
  const candidates: PathCandidate[] = [];
  for (const file of files) {
    if (file.path === manifestPath || pack.isExcludedFromPaths(file.path)) continue;
    if (file.status !== 'added' && file.status !== 'copied' && file.status !== 'renamed') continue;
    candidates.push({ file, needsSize: pack.needsSize(file.path) });
  }
  await sizesOf(
    root,
    candidates.filter((c) => c.needsSize).map((c) => c.file),
  );
  pathHits(pack, candidates, collector);
}

async function confirmModelCards(
  root: string,
  pack: SignalPack,
  files: ChangedFile[],
  collector: HitCollector,
): Promise<void> {
  const cardHits = collector.hits.filter((h) => pack.byId.get(h.signal)?.kind === 'model-card');
  if (cardHits.length === 0) return;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const oids = [...new Set(cardHits.map((h) => byPath.get(h.file)?.headOid).filter(Boolean))];
  const blobs = await readBlobs(root, oids as string[], CARD_LIMIT);
  collector.filter((hit) => {
    if (pack.byId.get(hit.signal)?.kind !== 'model-card') return true;
    const oid = byPath.get(hit.file)?.headOid;
    const blob = oid ? blobs.get(oid) : undefined;
    return blob !== undefined && inFrontMatter(hit.line, blob.toString('utf8'));
  });
}

/** Drops line and dependency hits whose signal the base version of the same file already had. */
async function dropAlreadyOnBase(
  root: string,
  pack: SignalPack,
  files: ChangedFile[],
  collector: HitCollector,
  manifestPath: string,
): Promise<void> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const baseOids = new Set<string>();
  for (const hit of collector.hits) {
    const file = byPath.get(hit.file);
    if (hit.line !== undefined && file?.baseOid) baseOids.add(file.baseOid);
  }
  if (baseOids.size === 0) return;
  const blobs = await readBlobs(root, [...baseOids], BASE_BLOB_LIMIT);
  const texts = new Map<string, string>();
  for (const [oid, blob] of blobs) texts.set(oid, decodeSource(blob).text);
  collector.filter((hit) => {
    const file = byPath.get(hit.file);
    if (hit.line === undefined || !file?.baseOid) return true;
    const baseText = texts.get(file.baseOid);
    if (baseText === undefined) return true;
    const plan = lineScanPlan(
      pack,
      { status: 'modified', path: file.previousPath ?? file.path },
      manifestPath,
    );
    const signal = pack.byId.get(hit.signal);
    return !(plan && signal && presentInText(pack, plan, signal, baseText));
  });
}

export { lineScanPlan };
