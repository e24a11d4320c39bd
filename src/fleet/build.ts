/**
 * Builds the dashboard from parsed reports. Reports of the same repository (and sub-folder) make
 * one row: its verdict and coverage from the newest check, its refusal rates from the newest
 * evaluation. Pure: the date the waiver window counts from is given.
 */
import { RISKS, LEXICON_RISK_GROUPS } from '../data/risks.js';
import { groupOf, groupRank, RULE_GROUPS } from '../data/rule-groups.js';
import type { ParsedCoverageRow, ParsedReport } from './parse.js';
import {
  WAIVER_WINDOW_DAYS,
  type CellState,
  type ExpiringWaiver,
  type Fleet,
  type FleetProblem,
  type GroupCount,
  type HeatCell,
  type RepositoryRow,
} from './model.js';

const KNOWN_GROUPS = new Set(RULE_GROUPS.map((g) => g.id));
const DAY_MS = 86_400_000;

function nameOf(report: ParsedReport): string {
  if (!report.repository) return report.source;
  return report.directory ? `${report.repository}/${report.directory}` : report.repository;
}

function cellOf(row: ParsedCoverageRow): HeatCell {
  const parts = [row.lexicon, row.testset].filter((c) => c !== undefined);
  let state: CellState = parts.length === 0 ? 'none' : 'met';
  for (const part of parts) {
    if (part.count >= part.minimum) continue;
    state = part.count === 0 ? 'missing' : state === 'missing' ? 'missing' : 'short';
  }
  return {
    state,
    ...(row.lexicon ? { lexicon: row.lexicon } : {}),
    ...(row.testset ? { testset: row.testset } : {}),
  };
}

function groupCounts(report: ParsedReport): GroupCount[] {
  const byGroup = new Map<string, GroupCount>();
  for (const finding of report.findings) {
    if (finding.severity === 'note') continue;
    const raw = groupOf(finding.ruleId);
    const group = KNOWN_GROUPS.has(raw) ? raw : 'other';
    const entry = byGroup.get(group) ?? { group, error: 0, warning: 0 };
    entry[finding.severity]++;
    byGroup.set(group, entry);
  }
  return [...byGroup.values()].sort((a, b) => groupRank(a.group) - groupRank(b.group));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function expiring(report: ParsedReport, today: string, windowDays: number): ExpiringWaiver[] {
  return report.waivers
    .map((w) => ({ ...w, daysLeft: daysBetween(today, w.expires) }))
    .filter((w) => Number.isFinite(w.daysLeft) && w.daysLeft <= windowDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.rule < b.rule ? -1 : 1));
}

/** Newest first; reports without a time go last, in the order given. */
function newest(reports: ParsedReport[]): ParsedReport | undefined {
  let best: ParsedReport | undefined;
  for (const report of reports) {
    if (!best || (report.generatedAt ?? '') > (best.generatedAt ?? '')) best = report;
  }
  return best;
}

function rowOf(reports: ParsedReport[], today: string, windowDays: number): RepositoryRow {
  const checks = reports.filter((r) => r.rates === null);
  const main = newest(checks) ?? newest(reports)!;
  const evaluation = newest(reports.filter((r) => r.rates !== null));
  const coverage: Record<string, HeatCell> = {};
  for (const row of main.coverage) coverage[row.risk] = cellOf(row);
  const cells = Object.values(coverage);
  return {
    name: nameOf(main),
    repository: main.repository,
    ...(main.directory ? { directory: main.directory } : {}),
    commit: main.commit,
    generatedAt: main.generatedAt,
    sources: reports.map((r) => r.source),
    declared: main.declared,
    required: main.required,
    passed: main.passed,
    counts: main.counts,
    groups: groupCounts(main),
    profile: main.profile,
    coverage,
    risksMet: cells.filter((c) => c.state === 'met').length,
    risksTotal: cells.length,
    rates: evaluation?.rates ? { ...evaluation.rates, generatedAt: evaluation.generatedAt } : null,
    expiringWaivers: expiring(main, today, windowDays),
    packs: main.packs,
  };
}

/** The heat map's columns: every risk some report lists, in the standard's order; else the 17. */
function riskColumns(rows: RepositoryRow[]): string[] {
  const listed = new Set(rows.flatMap((row) => Object.keys(row.coverage)));
  const columns = RISKS.filter((risk) => listed.has(risk.id)).map((risk) => risk.id);
  if (columns.length > 0) return columns;
  return RISKS.filter((risk) => LEXICON_RISK_GROUPS.includes(risk.group)).map((risk) => risk.id);
}

export function buildFleet(
  reports: ParsedReport[],
  problems: FleetProblem[],
  today: string,
  windowDays = WAIVER_WINDOW_DAYS,
): Fleet {
  const byName = new Map<string, ParsedReport[]>();
  for (const report of reports) {
    const name = nameOf(report);
    const group = byName.get(name);
    if (group) group.push(report);
    else byName.set(name, [report]);
  }
  const repositories = [...byName.values()]
    .map((group) => rowOf(group, today, windowDays))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { today, windowDays, risks: riskColumns(repositories), repositories, problems };
}
