/**
 * Reads compliance.yml: confined read, YAML with positions, an expansion budget against alias
 * bombs, then schema validation. Returns the typed manifest or the problems that stopped it,
 * each with a position; never throws.
 */
import { readTextInRoot, type ReadProblem } from '../files/read.js';
import type { NodePosition, PositionMap } from './positions.js';
import { parseYaml } from './parse-yaml.js';
import {
  validateManifest,
  type IndexedWaiver,
  type InvalidWaiver,
  type SchemaProblem,
} from './validate.js';
import type { Manifest } from '../model/manifest.js';
import type { PackSettings, PolicyPackRef } from '../model/pack.js';
import { withoutAbsent } from './absent.js';
import { loadPacks, type LoadedPack, type PackProblem, type PackReader } from './packs.js';

export { parseYaml };

export const MANIFEST_SIZE_LIMIT = 1024 * 1024;
/** Nodes the parsed document may expand to (aliases included) before it is refused. */
export const MANIFEST_NODE_LIMIT = 100_000;

export type ManifestProblem =
  | { kind: 'read'; problem: ReadProblem }
  | { kind: 'syntax'; reason: string; line?: number; column?: number }
  | { kind: 'not-a-mapping'; line: number }
  | { kind: 'too-complex'; limit: number }
  | { kind: 'schema'; problems: SchemaProblem[] };

export interface LoadedManifest {
  /** Relative to the root. */
  file: string;
  source: string;
  positions: PositionMap;
  /** Present when the manifest parsed and validated (schema defaults applied). */
  manifest?: Manifest;
  /** The parsed document, even when the schema rejected it. */
  raw?: unknown;
  problems: ManifestProblem[];
  /** Waivers set aside because they do not match the schema. */
  invalidWaivers: InvalidWaiver[];
  /** Waivers that match the schema, with their index as written. */
  waivers: IndexedWaiver[];
  /** The policy packs the manifest extends, in merge order; absent when it extends none. */
  packs?: readonly PolicyPackRef[];
  /** Those packs' settings, in the same order; the engine merges the manifest over them. */
  packLayers?: readonly LoadedPack[];
  /** Packs named under `extends:` that could not be used. */
  packProblems?: readonly PackProblem[];
}

/** Where the packs of `extends:` are read: the workspace, or another reader (a base commit). */
export interface PackOptions {
  /** Absolute path; the repository root must lie inside it. Default: the root. */
  workspace?: string;
  read?: PackReader;
}

/** The manifest's `gate:` as written, without schema defaults: a pack's `gate:` shows through. */
export function writtenGate(raw: unknown): PackSettings['gate'] {
  const gate = (withoutAbsent(raw) as { gate?: unknown } | undefined)?.gate;
  return gate && typeof gate === 'object' && !Array.isArray(gate)
    ? (gate as PackSettings['gate'])
    : undefined;
}

/** The packs a parsed manifest extends, read and validated. */
export function packsOf(
  raw: object,
  root: string,
  file: string,
  options: PackOptions = {},
): Pick<LoadedManifest, 'packs' | 'packLayers' | 'packProblems'> {
  const written = (withoutAbsent(raw) as { extends?: unknown }).extends;
  if (written === undefined) return {};
  const loaded = loadPacks(written, {
    workspace: options.workspace ?? root,
    root,
    manifest: file,
    ...(options.read ? { read: options.read } : {}),
  });
  return {
    packs: loaded.packs.map((pack) => pack.ref),
    packLayers: loaded.packs,
    packProblems: loaded.problems,
  };
}

function exceedsNodeBudget(value: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++count > limit) return true;
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (node !== null && typeof node === 'object')
      for (const item of Object.values(node)) stack.push(item);
  }
  return false;
}

export function loadManifest(
  root: string,
  manifestPath: string,
  packOptions: PackOptions = {},
): LoadedManifest {
  const read = readTextInRoot(root, manifestPath, MANIFEST_SIZE_LIMIT);
  if (!read.ok) {
    return {
      file: read.problem.file,
      source: '',
      positions: new Map(),
      problems: [{ kind: 'read', problem: read.problem }],
      invalidWaivers: [],
      waivers: [],
    };
  }
  const file = read.value.file.rel;
  const source = read.value.text;
  const base = { file, source, invalidWaivers: [], waivers: [] };
  const parsed = parseYaml(source, file);
  if (!parsed.ok) {
    const { reason, line, column } = parsed;
    return {
      ...base,
      positions: new Map(),
      problems: [{ kind: 'syntax', reason, ...(line ? { line, column } : {}) }],
    };
  }
  const { value, positions } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const line = value === null || value === undefined ? 1 : (positions.get('')?.value.line ?? 1);
    return { ...base, positions, raw: value, problems: [{ kind: 'not-a-mapping', line }] };
  }
  if (exceedsNodeBudget(value, MANIFEST_NODE_LIMIT)) {
    return { ...base, positions, problems: [{ kind: 'too-complex', limit: MANIFEST_NODE_LIMIT }] };
  }
  const validated = validateManifest(value);
  const { invalidWaivers, waivers } = validated;
  const problems: ManifestProblem[] =
    validated.problems.length > 0 ? [{ kind: 'schema', problems: validated.problems }] : [];
  return {
    ...base,
    positions,
    raw: value,
    manifest: validated.manifest,
    problems,
    invalidWaivers,
    waivers,
    ...packsOf(value, root, file, packOptions),
  };
}

/**
 * The position of a JSON pointer in the manifest: the value's line when it exists, otherwise
 * the nearest ancestor's key (a missing field is reported where its parent is written).
 */
export function positionOf(
  positions: PositionMap,
  pointer: string,
  prefer: 'value' | 'key' = 'value',
): NodePosition['value'] {
  const exact = positions.get(pointer);
  if (exact) return prefer === 'key' ? (exact.key ?? exact.value) : exact.value;
  let current = pointer;
  while (current !== '') {
    current = current.slice(0, current.lastIndexOf('/'));
    const found = positions.get(current);
    if (found) return found.key ?? found.value;
  }
  return { line: 1, column: 1 };
}
