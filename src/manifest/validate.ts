/**
 * Schema validation with the validator precompiled at build time (scripts/build.mjs).
 * A malformed waiver does not reject the whole manifest: it is set aside (and reported as
 * `waiver/invalid`) and the rest is validated again.
 */
import { validateCompliance } from '../generated/validators.js';
import type { Manifest, Waiver } from '../model/manifest.js';
import { withoutAbsent } from './absent.js';

export interface SchemaProblem {
  /** JSON pointer of the offending value (for `required` / `additionalProperties`: of the object). */
  pointer: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface InvalidWaiver {
  /** Index in the manifest as written. */
  index: number;
  problems: SchemaProblem[];
}

export interface IndexedWaiver {
  /** Index in the manifest as written. */
  index: number;
  waiver: Waiver;
}

export interface Validated {
  /** Present when nothing but waivers was wrong. */
  manifest?: Manifest;
  problems: SchemaProblem[];
  invalidWaivers: InvalidWaiver[];
  /** The waivers that match the schema, whether or not the rest of the manifest does. */
  waivers: IndexedWaiver[];
}

function run(value: object): SchemaProblem[] {
  if (validateCompliance(value)) return [];
  return (validateCompliance.errors ?? []).map((error) => ({
    pointer: error.instancePath,
    keyword: error.keyword,
    params: error.params as Record<string, unknown>,
  }));
}

const WAIVER_POINTER = /^\/waivers\/(\d+)(\/|$)/;

export function validateManifest(given: object): Validated {
  const value = withoutAbsent(given) as object;
  const first = run(value);
  const byWaiver = new Map<number, SchemaProblem[]>();
  for (const problem of first) {
    const match = WAIVER_POINTER.exec(problem.pointer);
    if (!match) continue;
    const index = Number(match[1]);
    byWaiver.set(index, [...(byWaiver.get(index) ?? []), problem]);
  }
  const record = value as { waivers?: unknown };
  const written = Array.isArray(record.waivers) ? record.waivers : [];
  const waivers = written.flatMap((waiver, index) =>
    byWaiver.has(index) ? [] : [{ index, waiver: waiver as Waiver }],
  );
  const invalidWaivers = [...byWaiver].map(([index, problems]) => ({ index, problems }));
  let problems = first;
  if (byWaiver.size > 0) {
    record.waivers = waivers.map((w) => w.waiver);
    problems = run(value);
  }
  return problems.length === 0
    ? { manifest: value as Manifest, problems, invalidWaivers, waivers }
    : { problems, invalidWaivers, waivers };
}
