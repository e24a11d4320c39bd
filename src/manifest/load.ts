/**
 * Reads compliance.yml: confined read, YAML with positions, an expansion budget against alias
 * bombs, then schema validation. Returns the typed manifest or the problems that stopped it,
 * each with a position; never throws.
 */
import yaml from 'js-yaml';
import { readTextInRoot, type ReadProblem } from '../files/read.js';
import { LineIndex, PositionRecorder, type NodePosition, type PositionMap } from './positions.js';
import {
  validateManifest,
  type IndexedWaiver,
  type InvalidWaiver,
  type SchemaProblem,
} from './validate.js';
import type { Manifest } from '../model/manifest.js';
import type { PolicyPackRef } from '../model/pack.js';

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

/** Parses YAML text with positions; shared by every YAML the gate reads. */
export function parseYaml(
  source: string,
  filename: string,
):
  | { ok: true; value: unknown; positions: PositionMap }
  | { ok: false; reason: string; line?: number; column?: number } {
  const lines = new LineIndex(source);
  const recorder = new PositionRecorder(lines);
  try {
    const value = yaml.load(source, {
      filename,
      schema: yaml.CORE_SCHEMA,
      listener: recorder.listener,
      maxDepth: 64,
    } as yaml.LoadOptions);
    return { ok: true, value, positions: recorder.build() };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const mark = (error as yaml.YAMLException & { mark?: { line: number; column: number } }).mark;
      return {
        ok: false,
        reason: error.reason,
        ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}),
      };
    }
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function loadManifest(root: string, manifestPath: string): LoadedManifest {
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
