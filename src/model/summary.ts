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

/** One category of the lexicon as read, with its keyword count. */
export interface LexiconCategoryCount {
  /** As written ('' when neither the row nor the file names one). */
  label: string;
  /** Risk id when the label maps to one. */
  risk?: string;
  file: string;
  sheet?: string;
  line: number;
  keywords: number;
}

/** A keyword and its place, as the quality report lists it. */
export interface LexiconKeywordPlace {
  keyword: string;
  file: string;
  sheet?: string;
  line: number;
}

/** What the lexicon is made of, beyond coverage: what it counts, what it leaves out, what is weak. */
export interface LexiconQuality {
  /** Keywords read (rows), and distinct after folding. */
  keywords: number;
  distinct: number;
  categories: LexiconCategoryCount[];
  /** Categories beyond the listed ones. */
  moreCategories: number;
  /** Whitelists and stop-word lists found beside the keywords, not counted as keywords. */
  excluded: { file: string; sheet?: string; kind: 'allow' | 'stop'; entries: number }[];
  duplicates: {
    /** Repeats within one category (what `lexicon/duplicates` lists). */
    withinCategory: number;
    /** Repeats anywhere in the lexicon, whatever their categories. */
    acrossLexicon: number;
  };
  /** Keywords of one CJK character or up to two Latin letters or digits: they hit ordinary text. */
  short: { count: number; listed: LexiconKeywordPlace[] };
  /** Keywords that can never match: separators only, or nothing left after folding. */
  unmatchable: { count: number; listed: LexiconKeywordPlace[] };
}
