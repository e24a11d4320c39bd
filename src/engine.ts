/** One run of the gate: context → manifest → evidence → rules → verdict → report. */
import { compareFindings, type FailOn, type Finding, type Lang } from './finding.js';
import {
  DEFAULT_FAIL_ON,
  DEFAULT_LANG,
  DEFAULT_TIME_BUDGET_SECONDS,
  type Context,
} from './context.js';
import { Deadline, TimeBudgetExpired } from './deadline.js';
import { profileFor } from './data/profiles.js';
import { requiredPath } from './data/path-decision.js';
import { TOOL_NAME, TOOL_VERSION } from './data/project.js';
import { gatherEvidence } from './evidence/gather.js';
import { loadManifest, positionOf, type LoadedManifest } from './manifest/load.js';
import type { DeclaredPath, Manifest } from './manifest/types.js';
import { MAIN_RULES, MANIFEST_RULES, RULE_IDS } from './rules/index.js';
import { finalize } from './rules/finalize.js';
import { buildCoverage } from './rules/coverage.js';
import { manifestTimeBudget } from './rules/time-budget.js';
import type { RuleContext } from './rules/rule.js';
import type { ChangeStage } from './change/load.js';
import type { ChangeSummary, Coverage } from './summary.js';
import type { EvaluationMetrics } from './evaluate/types.js';
import { decide, type SuppressedFinding } from './verdict.js';

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
  change?: ChangeSummary;
  /** Set by `evaluate`: what the service did with the test set. */
  metrics?: EvaluationMetrics;
}

/**
 * The change stage. Its code (git, the signal pack) loads only when there is a change to compare,
 * a reason to note why there is none, or user signals to validate.
 */
async function compareChange(
  context: Context,
  manifestPath: string,
  manifest: Manifest,
  deadline: Deadline,
): Promise<ChangeStage> {
  if (!(context.base && context.head) && !context.changeNote && !manifest.signals) return {};
  const { loadChange } = await import('./change/load.js');
  return loadChange(
    {
      root: context.root,
      base: context.base,
      head: context.head,
      manifestPath,
      deepen: context.deepen,
      fallback: context.changeFallback,
      note: context.changeNote,
      deadline,
    },
    manifest,
  );
}

async function mainFindings(
  context: Context,
  loaded: LoadedManifest,
  manifest: Manifest,
  deadline: Deadline,
): Promise<{ findings: Finding[]; coverage?: Coverage; change?: ChangeSummary }> {
  const evidence = await gatherEvidence(context.root, manifest, deadline);
  deadline.check('evidence');
  const drift = await compareChange(context, loaded.file, manifest, deadline);
  deadline.check('change');
  const ruleContext: RuleContext = {
    root: context.root,
    loaded,
    manifest,
    evidence,
    profile: profileFor(manifest.path),
    today: context.today,
    ruleIds: RULE_IDS,
    at: (pointer) => ({ file: loaded.file, ...positionOf(loaded.positions, pointer) }),
    ...(drift.signals ? { signals: drift.signals } : {}),
    ...(drift.change ? { change: drift.change, baseManifest: drift.change.baseManifest } : {}),
    ...(drift.unavailable ? { changeUnavailable: drift.unavailable } : {}),
  };
  const findings = MAIN_RULES.flatMap((rule) =>
    finalize(rule, rule.check(ruleContext), manifest.rules),
  );
  const coverage = buildCoverage(manifest, evidence, ruleContext.profile);
  return {
    findings,
    ...(coverage ? { coverage } : {}),
    ...(drift.summary ? { change: drift.summary } : {}),
  };
}

/** The run's time budget, counted from its start: the CLI or Action, else the manifest. */
export function deadlineOf(context: Context, manifest: Manifest, startedAt: number): Deadline {
  const seconds =
    context.timeBudgetSeconds ?? manifest.gate.time_budget_seconds ?? DEFAULT_TIME_BUDGET_SECONDS;
  return new Deadline(seconds, startedAt);
}

/**
 * The finding that the budget ran out, at the manifest's setting. The manifest's `rules:` cannot
 * switch it off: the manifest under check must not hide that the check did not finish.
 */
export function timeBudgetFindings(loaded: LoadedManifest, expired: TimeBudgetExpired): Finding[] {
  const { line } = positionOf(loaded.positions, '/gate/time_budget_seconds');
  const env = {
    ruleIds: RULE_IDS,
    today: '',
    timeBudgetExpired: { stage: expired.stage, seconds: expired.seconds, line },
  };
  return finalize(manifestTimeBudget, manifestTimeBudget.check(loaded, env), undefined);
}

async function budgetedMainFindings(
  context: Context,
  loaded: LoadedManifest,
  manifest: Manifest,
  startedAt: number,
): Promise<{ findings: Finding[]; coverage?: Coverage; change?: ChangeSummary }> {
  try {
    return await mainFindings(context, loaded, manifest, deadlineOf(context, manifest, startedAt));
  } catch (error) {
    if (!(error instanceof TimeBudgetExpired)) throw error;
    return { findings: timeBudgetFindings(loaded, error) };
  }
}

export async function run(context: Context): Promise<Report> {
  const startedAt = performance.now();
  const loaded = loadManifest(context.root, context.manifest);
  const manifest = loaded.manifest;
  const findings = MANIFEST_RULES.flatMap((rule) =>
    finalize(
      rule,
      rule.check(loaded, { ruleIds: RULE_IDS, today: context.today }),
      manifest?.rules,
    ),
  );
  const main = manifest
    ? await budgetedMainFindings(context, loaded, manifest, startedAt)
    : undefined;
  if (main) findings.push(...main.findings);
  return {
    ...(await reportOf(context, loaded, findings)),
    ...(main?.coverage ? { coverage: main.coverage } : {}),
    ...(main?.change ? { change: main.change } : {}),
  };
}

/** The report around a run's findings: sorted, waivers applied, the verdict at fail-on. */
export async function reportOf(
  context: Context,
  loaded: LoadedManifest,
  findings: Finding[],
): Promise<Report> {
  const manifest = loaded.manifest;
  findings.sort(compareFindings);
  const failOn = context.failOn ?? manifest?.gate.fail_on ?? DEFAULT_FAIL_ON;
  const lang = context.lang ?? manifest?.gate.lang ?? DEFAULT_LANG;
  const waivers = manifest ? loaded.waivers.map((w) => w.waiver) : [];
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: context.root,
    manifestFile: loaded.file,
    lang,
    failOn,
    path: {
      declared: manifest?.path ?? null,
      required: manifest ? requiredPath(manifest).path : null,
    },
    ...(await decide(findings, waivers, failOn, context.today, RULE_IDS)),
  };
}
