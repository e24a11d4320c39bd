/**
 * Facts a report shows besides findings: the risk coverage table and what changed on the path.
 * Rules and the change layer fill them; reporters render them.
 */
import type { Bilingual } from './finding.js';
import type { DeclaredPath } from './manifest.js';

export interface CoverageCell {
  count: number;
  /** The profile's minimum for this risk; 0 when the profile sets none. */
  minimum: number;
}

export interface CoverageRow {
  /** Risk id of docs/domain.md#risks: A1a..A5b. */
  risk: string;
  name: Bilingual;
  lexicon?: CoverageCell;
  testset?: CoverageCell;
}

export interface Coverage {
  profile: 'registration' | 'filing';
  /** The 17 risks of A.1 + A.2, or all 31 on the filing profile. */
  rows: CoverageRow[];
}

export interface ChangeSummary {
  /** How the change was computed: git in the workspace, the REST API, or not at all. */
  source: 'git' | 'rest-api' | 'none';
  base?: string;
  head?: string;
  mergeBase?: string;
  changedFiles: number;
  addedLines: number;
  /** The declared path before and after the change. */
  path?: { before: DeclaredPath | null; after: DeclaredPath | null };
  /** Why drift was skipped, or what the user should set (e.g. fetch-depth). */
  note?: Bilingual;
}
