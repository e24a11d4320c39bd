/**
 * The manifest as it was at the merge base, parsed and validated like the head one, over the
 * policy packs it extended then: a pack inside the repository is read as it was on base, so a
 * change cannot loosen the gate that judges it by editing its own pack.
 */
import { decodeText } from '../files/encoding.js';
import { packsOf, parseYaml, writtenGate } from '../manifest/load.js';
import type { PackReader } from '../manifest/packs.js';
import type { DeclaredPath } from '../model/manifest.js';
import { validateManifest } from '../manifest/validate.js';
import { withPacks, type PackDefaults } from '../gate-policy/packs.js';
import type { BaseManifest } from './types.js';

export const BASE_MANIFEST_LIMIT = 1024 * 1024;

const PATHS: readonly string[] = ['registration', 'filing', 'exempt'];

/** Where the base manifest's packs are read from, and the defaults looser is judged against. */
export interface BasePacks {
  root: string;
  workspace: string;
  defaults: PackDefaults;
  /** Reads a pack by its workspace path as it was on base. */
  read?: PackReader;
}

export function baseManifestFrom(
  file: string,
  bytes: Uint8Array | null | undefined,
  packs?: BasePacks,
): BaseManifest {
  if (bytes === null) return { file, state: 'absent' };
  if (bytes === undefined) return { file, state: 'unreadable' };
  const decoded = decodeText(bytes);
  if (!decoded) return { file, state: 'unreadable' };
  const parsed = parseYaml(decoded.text, file);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') {
    return { file, state: 'invalid' };
  }
  const raw = parsed.value as { path?: unknown };
  const path = typeof raw.path === 'string' && PATHS.includes(raw.path) ? raw.path : undefined;
  const validated = validateManifest(parsed.value);
  let manifest = validated.manifest;
  if (manifest && packs) {
    const found = packsOf(parsed.value, packs.root, file, {
      workspace: packs.workspace,
      ...(packs.read ? { read: packs.read } : {}),
    });
    // A base whose packs could not be used has no policy to compare with.
    if (found.packProblems && found.packProblems.length > 0) manifest = undefined;
    else if (found.packLayers && found.packLayers.length > 0) {
      const gate = writtenGate(parsed.value);
      manifest = withPacks(manifest, gate, found.packLayers, packs.defaults).manifest;
    }
  }
  return {
    file,
    state: manifest ? 'valid' : 'invalid',
    ...(manifest ? { manifest } : {}),
    ...(path ? { path: path as DeclaredPath } : {}),
  };
}
