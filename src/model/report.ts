/** The report of one run: what every reporter formats, and the JSON report's contract. */
import type { FailOn, Finding, Lang } from './finding.js';
import type { DeclaredPath, Waiver } from './manifest.js';
import type { ChangeSummary, Coverage, LexiconQuality } from './summary.js';
import type { EvaluationMetrics } from './evaluation.js';
import type { PolicyPackRef } from './pack.js';

/** A finding a waiver covers, with the waiver's terms. */
export interface SuppressedFinding extends Finding {
  waiver: Pick<Waiver, 'reason' | 'owner' | 'expires'>;
}

/** Where a report comes from, so that reports of many repositories can be told apart. */
export interface ReportOrigin {
  /** `owner/name` on GitHub; without a remote, the name of the repository's folder. */
  repository?: string;
  /** The commit that was checked. */
  commit?: string;
  /** The checked directory relative to the repository's root, when it is not the root. */
  directory?: string;
}

export interface Report {
  tool: { name: string; version: string };
  /** Absolute path of the checked directory. */
  root: string;
  manifestFile: string;
  lang: Lang;
  failOn: FailOn;
  path: { declared: DeclaredPath | null; required: DeclaredPath | null };
  passed: boolean;
  counts: { error: number; warning: number; note: number };
  findings: Finding[];
  suppressed: SuppressedFinding[];
  coverage?: Coverage;
  /** The lexicon-quality report, when a lexicon was read. */
  lexicon?: LexiconQuality;
  change?: ChangeSummary;
  /** Only these rules ran (`check --rule`); every rule when absent. */
  selectedRules?: string[];
  /** Set by `evaluate`: what the service did with the test set. */
  metrics?: EvaluationMetrics;
  /** Set by the CLI (from git) and the Action (from the workflow's environment). */
  origin?: ReportOrigin;
  /** When the report was made, ISO 8601 UTC. */
  generatedAt?: string;
  /** The policy packs the manifest extends, in merge order. */
  packs?: readonly PolicyPackRef[];
  /** The waivers the gate applied (the base's for a compared change), used or not, expired or not. */
  waivers?: readonly Waiver[];
}
