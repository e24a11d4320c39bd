/** Where a finding about a manifest value goes: the value's line and column. */
import { positionOf, type LoadedManifest } from '../../manifest/load.js';
import type { Draft } from '../rule.js';

export function manifestPlace(
  loaded: LoadedManifest,
  pointer: string,
): Pick<Draft, 'file' | 'line' | 'column'> {
  return { file: loaded.file, ...positionOf(loaded.positions, pointer) };
}
