/** The report of one run: what every reporter formats, and the JSON report's contract. */
import type { FailOn, Finding, Lang } from './finding.js';
import type { DeclaredPath, Waiver } from './manifest.js';
import type { ChangeSummary, Coverage, LexiconQuality } from './summary.js';
import type { EvaluationMetrics } from './evaluation.js';

/** A finding a waiver covers, with the waiver's terms. */
export interface SuppressedFinding extends Finding {
  waiver: Pick<Waiver, 'reason' | 'owner' | 'expires'>;
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
  /** Set by `evaluate`: what the service did with the test set. */
  metrics?: EvaluationMetrics;
}
