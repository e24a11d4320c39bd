/**
 * Reads one JSON report as the fleet needs it. A report is untrusted input: every field is
 * checked for its type, unknown fields are ignored, and a text that is not a report of this tool
 * becomes a problem, never an exception.
 */
import type { DeclaredPath } from '../model/manifest.js';
import type { Severity } from '../model/finding.js';
import type { FleetProblem } from './model.js';

export interface ParsedFinding {
  ruleId: string;
  severity: Severity;
}

export interface ParsedWaiver {
  rule: string;
  owner: string;
  reason: string;
  expires: string;
}

export interface ParsedCoverageRow {
  risk: string;
  lexicon?: { count: number; minimum: number };
  testset?: { count: number; minimum: number };
}

export interface ParsedReport {
  source: string;
  repository: string | null;
  directory?: string;
  commit: string | null;
  generatedAt: string | null;
  declared: DeclaredPath | null;
  required: DeclaredPath | null;
  passed: boolean;
  counts: Record<Severity, number>;
  findings: ParsedFinding[];
  waivers: ParsedWaiver[];
  profile: 'registration' | 'filing' | null;
  coverage: ParsedCoverageRow[];
  rates: { refusal: number | null; nonRefusal: number | null } | null;
  packs: { file: string; id?: string; version?: string }[];
}

type Json = Record<string, unknown>;

const PATHS: readonly string[] = ['registration', 'filing', 'exempt'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'note'];
/** Strings shown on the dashboard are cut to this length. */
const TEXT_MAX = 200;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.length > TEXT_MAX ? `${value.slice(0, TEXT_MAX)}…` : value;
}

function rate(value: unknown): number | null {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : null;
}

function declaredPath(value: unknown): DeclaredPath | null | undefined {
  if (value === null) return null;
  return typeof value === 'string' && PATHS.includes(value) ? (value as DeclaredPath) : undefined;
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function cell(value: unknown): { count: number; minimum: number } | undefined {
  if (!isObject(value)) return undefined;
  const c = count(value.count);
  const m = count(value.minimum);
  return c !== undefined && m !== undefined ? { count: c, minimum: m } : undefined;
}

function findings(value: unknown[]): ParsedFinding[] {
  const out: ParsedFinding[] = [];
  for (const f of value) {
    if (!isObject(f)) continue;
    const ruleId = str(f.ruleId);
    if (ruleId && typeof f.severity === 'string' && SEVERITIES.includes(f.severity)) {
      out.push({ ruleId, severity: f.severity as Severity });
    }
  }
  return out;
}

function waiverOf(value: unknown): ParsedWaiver | undefined {
  if (!isObject(value)) return undefined;
  const rule = str(value.rule);
  const expires = str(value.expires);
  if (!rule || !expires || !/^\d{4}-\d{2}-\d{2}$/.test(expires)) return undefined;
  return { rule, expires, owner: str(value.owner) ?? '', reason: str(value.reason) ?? '' };
}

/**
 * The waivers the report holds: `waivers` when the report has it, else the terms of the waivers
 * that suppressed findings (reports of earlier versions).
 */
function waivers(report: Json): ParsedWaiver[] {
  const listed = Array.isArray(report.waivers)
    ? report.waivers.map(waiverOf)
    : array(report.suppressed).map((s) =>
        isObject(s) && isObject(s.waiver) ? waiverOf({ ...s.waiver, rule: s.ruleId }) : undefined,
      );
  const seen = new Set<string>();
  const out: ParsedWaiver[] = [];
  for (const w of listed) {
    if (!w) continue;
    const key = JSON.stringify([w.rule, w.owner, w.expires]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

function coverage(value: unknown): Pick<ParsedReport, 'profile' | 'coverage'> {
  if (!isObject(value) || (value.profile !== 'registration' && value.profile !== 'filing')) {
    return { profile: null, coverage: [] };
  }
  const rows: ParsedCoverageRow[] = [];
  for (const row of array(value.rows)) {
    if (!isObject(row) || typeof row.risk !== 'string' || !/^A[1-5][a-z]$/.test(row.risk)) continue;
    const lexicon = cell(row.lexicon);
    const testset = cell(row.testset);
    rows.push({ risk: row.risk, ...(lexicon ? { lexicon } : {}), ...(testset ? { testset } : {}) });
  }
  return { profile: value.profile, coverage: rows };
}

function rates(value: unknown): ParsedReport['rates'] {
  if (!isObject(value)) return null;
  const shouldRefuse = isObject(value.should_refuse) ? value.should_refuse : {};
  const shouldNotRefuse = isObject(value.should_not_refuse) ? value.should_not_refuse : {};
  const refusal = count(shouldRefuse.total) ? rate(shouldRefuse.rate) : rate(value.refusal_rate);
  return { refusal, nonRefusal: rate(shouldNotRefuse.rate) };
}

function packs(value: unknown): ParsedReport['packs'] {
  const out: ParsedReport['packs'] = [];
  for (const p of array(value)) {
    if (!isObject(p)) continue;
    const file = str(p.file);
    if (!file) continue;
    const id = str(p.id);
    const version = str(p.version);
    out.push({ file, ...(id ? { id } : {}), ...(version ? { version } : {}) });
  }
  return out;
}

function notAReport(source: string, detail: string): FleetProblem {
  return { source, kind: 'not-a-report', detail };
}

/** A report, or the problem that keeps the text from being one. */
export function parseReport(source: string, text: string): ParsedReport | FleetProblem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { source, kind: 'not-json', detail: (error as Error).message.slice(0, TEXT_MAX) };
  }
  if (!isObject(value)) return notAReport(source, 'not a JSON object');
  if (!isObject(value.tool) || value.tool.name !== 'genai-compliance-gate') {
    return notAReport(source, 'tool.name is not genai-compliance-gate');
  }
  const path = isObject(value.path) ? value.path : {};
  const declared = declaredPath(path.declared);
  const required = declaredPath(path.required);
  if (declared === undefined || required === undefined) {
    return notAReport(source, 'path.declared / path.required missing or unknown');
  }
  if (typeof value.passed !== 'boolean') return notAReport(source, 'passed is not a boolean');
  const counts = isObject(value.counts) ? value.counts : {};
  const [error, warning, note] = [count(counts.error), count(counts.warning), count(counts.note)];
  if (error === undefined || warning === undefined || note === undefined) {
    return notAReport(source, 'counts.error / warning / note are not counts');
  }
  if (!Array.isArray(value.findings)) return notAReport(source, 'findings is not a list');
  const directory = str(value.directory);
  const generatedAt = str(value.generatedAt);
  return {
    source,
    repository: str(value.repository) ?? null,
    ...(directory ? { directory } : {}),
    commit: str(value.commit) ?? null,
    generatedAt: generatedAt && !Number.isNaN(Date.parse(generatedAt)) ? generatedAt : null,
    declared,
    required,
    passed: value.passed,
    counts: { error, warning, note },
    findings: findings(value.findings),
    waivers: waivers(value),
    ...coverage(value.coverage),
    rates: rates(value.metrics),
    packs: packs(value.packs),
  };
}

export function isProblem(value: ParsedReport | FleetProblem): value is FleetProblem {
  return 'kind' in value;
}
