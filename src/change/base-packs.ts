/**
 * Reads the policy packs of the base manifest as they were on the merge base. A pack inside the
 * git repository comes from the base commit; one outside it (a policy checkout next to the
 * product) is read from the workspace. `extends:` chains are followed one level per round.
 */
import path from 'node:path';
import { decodeText } from '../files/encoding.js';
import type { Result } from '../files/read.js';
import { parseYaml } from '../manifest/load.js';
import {
  defaultPackReader,
  PACK_DEPTH_LIMIT,
  PACK_SIZE_LIMIT,
  rootInWorkspace,
  type PackReader,
} from '../manifest/packs.js';
import { readBlobs } from './git.js';

type Text = Result<{ text: string }>;

function hasExtends(bytes: Uint8Array | null | undefined): boolean {
  if (!bytes) return false;
  const decoded = decodeText(bytes);
  if (!decoded) return false;
  const parsed = parseYaml(decoded.text, 'compliance.yml');
  return parsed.ok && parsed.value !== null && typeof parsed.value === 'object'
    ? (parsed.value as { extends?: unknown }).extends !== undefined
    : false;
}

function blobText(blob: Buffer | undefined, file: string): Text {
  if (!blob) return { ok: false, problem: { code: 'missing', file } };
  const decoded = decodeText(blob);
  if (!decoded) return { ok: false, problem: { code: 'binary', file } };
  return { ok: true, value: { text: decoded.text } };
}

/**
 * A reader of the base commit's packs for `baseManifestFrom`, with every pack the base manifest
 * reaches fetched; undefined when the base manifest extends nothing.
 */
export async function basePackReader(
  options: { root: string; prefix: string; mergeBase: string; workspace: string },
  manifestBytes: Uint8Array | null | undefined,
  load: (read: PackReader) => void,
): Promise<PackReader | undefined> {
  if (!hasExtends(manifestBytes)) return undefined;
  const inWorkspace = rootInWorkspace(options.workspace, options.root);
  const fromWorkspace = defaultPackReader(options.workspace);
  const fetched = new Map<string, Text>();
  /** The path inside the git repository, for a workspace path there. */
  const inRepository = (workspacePath: string): string | undefined => {
    if (inWorkspace === undefined) return undefined;
    const fromRoot = path.posix.relative(inWorkspace, workspacePath);
    const repo = path.posix.normalize(`${options.prefix}${fromRoot}`);
    return repo === '..' || repo.startsWith('../') ? undefined : repo;
  };
  let missing: string[] = [];
  const read: PackReader = (workspacePath) => {
    const repo = inRepository(workspacePath);
    if (repo === undefined) return fromWorkspace(workspacePath);
    const found = fetched.get(repo);
    if (found) return found;
    missing.push(repo);
    return { ok: false, problem: { code: 'missing', file: workspacePath } };
  };
  for (let round = 0; round <= PACK_DEPTH_LIMIT; round++) {
    missing = [];
    load(read);
    if (missing.length === 0) break;
    const specs = missing.map((repo) => `${options.mergeBase}:${repo}`);
    const blobs = await readBlobs(options.root, specs, PACK_SIZE_LIMIT);
    missing.forEach((repo, i) => fetched.set(repo, blobText(blobs.get(specs[i]!), repo)));
  }
  return read;
}
