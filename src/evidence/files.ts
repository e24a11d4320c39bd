/**
 * Every path the manifest names, stat-ed once through the confined reading layer, keyed by the
 * JSON pointer of the value that names it (so rules can point at that line).
 */
import type { Manifest } from '../model/manifest.js';
import { statInRoot, type FileInfo, type Result } from '../files/read.js';

export type FileCheck = Result<FileInfo>;

export interface NamedPath {
  pointer: string;
  path: string;
}

/** The manifest values that are paths into the repository. */
export function namedPaths(manifest: Manifest): NamedPath[] {
  const out: NamedPath[] = [];
  const add = (pointer: string, value: string | undefined) => {
    if (typeof value === 'string') out.push({ pointer, path: value });
  };
  for (const [key, value] of Object.entries(manifest.materials ?? {}))
    add(`/materials/${key}`, value);
  (manifest.models ?? []).forEach((model, i) => add(`/models/${i}/agreement`, model.agreement));
  add('/test_access/account_doc', manifest.test_access?.account_doc);
  add('/test_access/api_doc', manifest.test_access?.api_doc);
  add('/content_safety/lexicon/path', manifest.content_safety?.lexicon?.path);
  add('/content_safety/test_set/path', manifest.content_safety?.test_set?.path);
  add('/content_safety/management_system', manifest.content_safety?.management_system);
  add('/policies/privacy/path', manifest.policies?.privacy?.path);
  add('/policies/service_agreement/path', manifest.policies?.service_agreement?.path);
  manifest.service.display_pages.forEach((page, i) => add(`/service/display_pages/${i}`, page));
  return out;
}

export function checkNamedPaths(root: string, manifest: Manifest): Map<string, FileCheck> {
  const checks = new Map<string, FileCheck>();
  for (const { pointer, path } of namedPaths(manifest)) checks.set(pointer, statInRoot(root, path));
  return checks;
}
