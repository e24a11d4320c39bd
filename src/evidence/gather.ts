/** Reads everything the manifest points at. Loaders read and never judge. */
import type { Manifest } from '../manifest/types.js';
import { checkNamedPaths, type FileCheck } from './files.js';

export interface Evidence {
  /** Stat of every path the manifest names, by the JSON pointer of its value. */
  files: Map<string, FileCheck>;
}

export async function gatherEvidence(root: string, manifest: Manifest): Promise<Evidence> {
  return { files: checkNamedPaths(root, manifest) };
}
