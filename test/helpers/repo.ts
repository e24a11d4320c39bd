/** Temp product repositories for tests: copy an example, then change what the test is about. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(PROJECT_ROOT, 'examples');

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'gcg-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A copy of `examples/<name>` in a temp dir; returns its root. */
export function exampleRepo(name = 'registration-app'): string {
  const root = path.join(tempDir(), name);
  cpSync(path.join(EXAMPLES, name), root, { recursive: true });
  return root;
}

export function writeFile(root: string, rel: string, content: string | Uint8Array): string {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

export function readManifest(root: string, rel = 'compliance.yml'): string {
  return readFileSync(path.join(root, rel), 'utf8');
}

/** Replaces one exact piece of the manifest (failing loudly when it is not there). */
export function editManifest(
  root: string,
  from: string | RegExp,
  to: string,
  rel = 'compliance.yml',
): string {
  const before = readManifest(root, rel);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`manifest edit did not apply: ${String(from)}`);
  writeFileSync(path.join(root, rel), after);
  return after;
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`not found: ${needle}`);
  return index + 1;
}
