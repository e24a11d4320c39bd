/** Policy packs: organisation-wide gate settings a manifest extends (schemas/policy-pack.schema.json). */
import type { Manifest } from './manifest.js';

/** A policy pack a manifest extends (`extends:`), as the report names it. */
export interface PolicyPackRef {
  /** Relative to the repository root. */
  file: string;
  id?: string;
  version?: string;
}

/** The manifest sections a pack may set; the repository's manifest merges over them. */
export interface PackSettings {
  gate?: Partial<Manifest['gate']>;
  rules?: Manifest['rules'];
  thresholds?: Manifest['thresholds'];
  phrases?: Manifest['phrases'];
  signals?: Manifest['signals'];
}

/** A policy pack file as its schema defines it. */
export interface PolicyPack extends PackSettings {
  id?: string;
  version?: string | number;
  extends?: string | string[];
  /** Dotted keys the repository may tighten but never loosen: `thresholds.testset_min_items`. */
  locked?: string[];
}
