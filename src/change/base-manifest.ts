/** The manifest as it was at the merge base, parsed and validated like the head one. */
import { decodeText } from '../files/encoding.js';
import { parseYaml } from '../manifest/load.js';
import type { DeclaredPath } from '../model/manifest.js';
import { validateManifest } from '../manifest/validate.js';
import type { BaseManifest } from './types.js';

export const BASE_MANIFEST_LIMIT = 1024 * 1024;

const PATHS: readonly string[] = ['registration', 'filing', 'exempt'];

export function baseManifestFrom(file: string, bytes: Uint8Array | null | undefined): BaseManifest {
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
  return {
    file,
    state: validated.manifest ? 'valid' : 'invalid',
    ...(validated.manifest ? { manifest: validated.manifest } : {}),
    ...(path ? { path: path as DeclaredPath } : {}),
  };
}
