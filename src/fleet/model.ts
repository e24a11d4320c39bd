/** The fleet dashboard's data: one row per repository, built from many JSON reports. */
import type { DeclaredPath } from '../model/manifest.js';
import type { Severity } from '../model/finding.js';

/** How well one risk is covered: every minimum met, some short, one at zero, or not asked for. */
export type CellState = 'met' | 'short' | 'missing' | 'none';

export interface HeatCell {
  state: CellState;
  lexicon?: { count: number; minimum: number };
  testset?: { count: number; minimum: number };
}

export interface GroupCount {
  /** A rule group of the catalogue (the part of the rule id before the slash), or `other`. */
  group: string;
  error: number;
  warning: number;
}

export interface ExpiringWaiver {
  rule: string;
  owner: string;
  reason: string;
  expires: string;
  /** Negative when the waiver has expired. */
  daysLeft: number;
}

export interface PackVersion {
  file: string;
  id?: string;
  version?: string;
}

export interface RefusalRates {
  /** Refusal rate on the should-refuse questions (or on all questions without that bank). */
  refusal: number | null;
  /** Refusal rate on the should-not-refuse questions. */
  nonRefusal: number | null;
  generatedAt: string | null;
}

export interface RepositoryRow {
  /** `owner/name` and the sub-folder, or the report's file when the report names no repository. */
  name: string;
  repository: string | null;
  directory?: string;
  commit: string | null;
  generatedAt: string | null;
  /** The report files the row was built from. */
  sources: string[];
  declared: DeclaredPath | null;
  required: DeclaredPath | null;
  passed: boolean;
  counts: Record<Severity, number>;
  groups: GroupCount[];
  profile: 'registration' | 'filing' | null;
  /** Risk id → cell, for the risks the report's coverage lists. */
  coverage: Record<string, HeatCell>;
  /** Risks whose minimums are all met, of the risks the profile asks for. */
  risksMet: number;
  risksTotal: number;
  rates: RefusalRates | null;
  expiringWaivers: ExpiringWaiver[];
  packs: PackVersion[];
}

export type ProblemKind = 'unreadable' | 'too-large' | 'not-json' | 'not-a-report';

export interface FleetProblem {
  source: string;
  kind: ProblemKind;
  detail: string;
}

export interface Fleet {
  /** YYYY-MM-DD the waiver window counts from. */
  today: string;
  windowDays: number;
  /** The heat map's columns: risk ids in the standard's order. */
  risks: string[];
  repositories: RepositoryRow[];
  problems: FleetProblem[];
}

/** Waivers that expire within this many days are listed. */
export const WAIVER_WINDOW_DAYS = 30;
