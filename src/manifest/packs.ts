/**
 * Reads the policy packs a manifest extends (`extends:`), depth first, in merge order: a pack's
 * own packs come before it. Paths are relative to the file that names them and confined to the
 * workspace (by default the repository root; in a workflow, the folder holding the product's and
 * the policy's checkouts side by side). Reads and validates only: what a pack may not do is
 * judged later. Never throws.
 */
import path from 'node:path';
import { readTextInRoot, resolveInRoot, type ReadProblem, type Result } from '../files/read.js';
import { validatePolicyPack } from '../generated/validators.js';
import type { PackSettings, PolicyPack, PolicyPackRef } from '../model/pack.js';
import { withoutAbsent } from './absent.js';
import { parseYaml } from './parse-yaml.js';
import type { SchemaProblem } from './validate.js';

export const PACK_SIZE_LIMIT = 1024 * 1024;
/** Packs one manifest may pull in, all levels together, and how deep `extends:` may nest. */
export const PACK_COUNT_LIMIT = 32;
export const PACK_DEPTH_LIMIT = 8;
const PACK_NODE_LIMIT = 100_000;

export interface LoadedPack {
  ref: PolicyPackRef;
  settings: PackSettings;
  locked: readonly string[];
  /** JSON pointer of the manifest's `extends` entry that brings the pack in. */
  via: string;
}

export type PackProblemKind =
  | { kind: 'read'; problem: ReadProblem }
  | { kind: 'outside-workspace' }
  | { kind: 'root-outside-workspace'; workspace: string }
  | { kind: 'syntax'; reason: string; line?: number }
  | { kind: 'not-a-mapping' }
  | { kind: 'too-complex' }
  | { kind: 'schema'; problems: SchemaProblem[] }
  | { kind: 'cycle'; chain: string[] }
  | { kind: 'too-many'; limit: number };

export type PackProblem = PackProblemKind & {
  /** The pack as written in the file that names it. */
  entry: string;
  /** The pack's file relative to the repository root, when it could be resolved. */
  file?: string;
  /** The files that led to it, from the manifest's first pack (relative to the root). */
  chain: string[];
  via: string;
};

export interface PacksLoaded {
  packs: LoadedPack[];
  problems: PackProblem[];
}

/** Reads a file by its path relative to the workspace. */
export type PackReader = (workspacePath: string) => Result<{ text: string }>;

export interface PackSource {
  /** Absolute path of the workspace; the repository root lies inside it. */
  workspace: string;
  /** Absolute path of the repository root. */
  root: string;
  /** The manifest, relative to the root. */
  manifest: string;
  /** Default: the confined reading of files under the workspace. */
  read?: PackReader;
}

function entriesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function pointerOf(extendsValue: unknown, index: number): string {
  return Array.isArray(extendsValue) ? `/extends/${index}` : '/extends';
}

function tooComplex(value: unknown): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++count > PACK_NODE_LIMIT) return true;
    if (node !== null && typeof node === 'object') stack.push(...Object.values(node));
  }
  return false;
}

function schemaProblems(pack: object): SchemaProblem[] {
  // Validated on a copy: the schema's defaults must not enter the pack's settings.
  if (validatePolicyPack(structuredClone(pack))) return [];
  return (validatePolicyPack.errors ?? []).map((error) => ({
    pointer: error.instancePath,
    keyword: error.keyword,
    params: error.params as Record<string, unknown>,
  }));
}

function settingsOf(pack: PolicyPack): PackSettings {
  const settings: PackSettings = {};
  if (pack.gate) settings.gate = pack.gate;
  if (pack.rules) settings.rules = pack.rules;
  if (pack.thresholds) settings.thresholds = pack.thresholds;
  if (pack.phrases) settings.phrases = pack.phrases;
  if (pack.signals) settings.signals = pack.signals;
  return settings;
}

/** Where the root lies in the workspace (`product`, or `''` when they are one). */
export function rootInWorkspace(workspace: string, root: string): string | undefined {
  const found = resolveInRoot(workspace, path.relative(workspace, root) || '.');
  if (!found.ok) return undefined;
  return found.value.rel === '.' ? '' : found.value.rel;
}

export function defaultPackReader(workspace: string): PackReader {
  return (workspacePath) => readTextInRoot(workspace, workspacePath, PACK_SIZE_LIMIT);
}

/** The packs `extendsValue` names, from a file at `from` (relative to the workspace). */
export function loadPacks(extendsValue: unknown, source: PackSource): PacksLoaded {
  const result: PacksLoaded = { packs: [], problems: [] };
  const entries = entriesOf(extendsValue);
  if (entries.length === 0) return result;
  const base = rootInWorkspace(source.workspace, source.root);
  if (base === undefined) {
    result.problems.push({
      kind: 'root-outside-workspace',
      workspace: source.workspace,
      entry: entries[0]!,
      chain: [],
      via: '/extends',
    });
    return result;
  }
  const read = source.read ?? defaultPackReader(source.workspace);
  const toRoot = (workspacePath: string) => path.posix.relative(base, workspacePath) || '.';
  const seen = new Set<string>();
  let count = 0;

  const visit = (entry: string, fromDir: string, chain: string[], stack: string[], via: string) => {
    const at = { entry, chain, via };
    const joined = path.posix.normalize(path.posix.join(fromDir, entry.replace(/\\/g, '/')));
    if (
      path.posix.isAbsolute(entry) ||
      /^[a-zA-Z]:[\\/]/.test(entry) ||
      joined === '..' ||
      joined.startsWith('../')
    ) {
      result.problems.push({ kind: 'outside-workspace', ...at });
      return;
    }
    const file = toRoot(joined);
    if (stack.includes(joined)) {
      result.problems.push({ kind: 'cycle', chain: [...chain, file], entry, file, via });
      return;
    }
    if (seen.has(joined)) return;
    if (++count > PACK_COUNT_LIMIT || stack.length >= PACK_DEPTH_LIMIT) {
      result.problems.push({ kind: 'too-many', limit: PACK_COUNT_LIMIT, ...at, file });
      return;
    }
    seen.add(joined);
    const text = read(joined);
    if (!text.ok) {
      const problem = { ...text.problem, file: entry };
      result.problems.push({ kind: 'read', problem, ...at, file });
      return;
    }
    const parsed = parseYaml(text.value.text, file);
    if (!parsed.ok) {
      const line = parsed.line;
      result.problems.push({ kind: 'syntax', reason: parsed.reason, ...at, file, line });
      return;
    }
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      result.problems.push({ kind: 'not-a-mapping', ...at, file });
      return;
    }
    if (tooComplex(value)) {
      result.problems.push({ kind: 'too-complex', ...at, file });
      return;
    }
    const pack = withoutAbsent(value) as PolicyPack;
    const problems = schemaProblems(pack);
    if (problems.length > 0) {
      result.problems.push({ kind: 'schema', problems, ...at, file });
      return;
    }
    for (const inner of entriesOf(pack.extends)) {
      visit(inner, path.posix.dirname(joined), [...chain, file], [...stack, joined], via);
    }
    result.packs.push({
      ref: {
        file,
        ...(pack.id === undefined ? {} : { id: pack.id }),
        ...(pack.version === undefined ? {} : { version: String(pack.version) }),
      },
      settings: settingsOf(pack),
      locked: pack.locked ?? [],
      via,
    });
  };

  const manifestDir = path.posix.dirname(path.posix.join(base, source.manifest));
  entries.forEach((entry, index) => {
    visit(
      entry,
      manifestDir,
      [],
      [path.posix.join(base, source.manifest)],
      pointerOf(extendsValue, index),
    );
  });
  return result;
}
