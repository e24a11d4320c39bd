/** One run of the gate: context → manifest → evidence → rules → verdict → report. */
import { compareFindings, type Finding } from './model/finding.js';
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
import { loadManifest, positionOf, writtenGate, type LoadedManifest } from './manifest/load.js';
import type { Manifest } from './model/manifest.js';
import { MAIN_RULES, MANIFEST_RULES, RULE_IDS, ruleById } from './rules/index.js';
import { finalize } from './rules/finalize.js';
import { buildCoverage } from './rules/support/coverage.js';
import { buildLexiconQuality } from './rules/support/lexicon-quality.js';
import manifestTimeBudget from './rules/manifest/time-budget.js';
import type { Need, RuleContext } from './rules/rule.js';
import type { ChangeStage } from './change/load.js';
import type { ChangeSummary, Coverage, LexiconQuality } from './model/summary.js';
import type { Evaluation } from './model/evaluation.js';
import type { Report } from './model/report.js';
import type { DryRun, EvaluationRequest } from './evaluate/stage.js';
import { decide, pathRequiredBy } from './verdict.js';
import { governingPolicy, type GoverningPolicy } from './gate-policy/compare.js';
import { withPacks, type LockedLoosening, type PackDefaults } from './gate-policy/packs.js';

/** Rules about the manifest's policy packs: the manifest they bind cannot switch them off. */
const PACK_RULES: ReadonlySet<string> = new Set(['manifest/pack', 'manifest/pack-locked']);

/** Default severities of rules and built-in signals; the signal pack loads only when needed. */
export async function packDefaults(): Promise<PackDefaults> {
  const { SIGNAL_PACK } = await import('./generated/signal-pack.js');
  const signals = new Map(SIGNAL_PACK.signals.map((s) => [s.id, s.severity ?? 'error'] as const));
  return {
    ruleDefault: (id) => ruleById(id)?.defaultSeverity,
    signalDefault: (id) => signals.get(id),
  };
}

interface WithPacks {
  /** `manifest` is the repository's manifest over its packs, locked keys kept. */
  loaded: LoadedManifest;
  packLocks: LockedLoosening[];
}

/** The manifest as the run judges with it: its policy packs merged in, their locks kept. */
export async function loadWithPacks(context: Context): Promise<WithPacks> {
  const workspace = context.workspace ?? context.root;
  const loaded = loadManifest(context.root, context.manifest, { workspace });
  if (!loaded.manifest || !loaded.packLayers || loaded.packLayers.length === 0) {
    return { loaded, packLocks: [] };
  }
  const packed = withPacks(
    loaded.manifest,
    writtenGate(loaded.raw),
    loaded.packLayers,
    await packDefaults(),
  );
  return { loaded: { ...loaded, manifest: packed.manifest }, packLocks: packed.loosenings };
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
      packs: { workspace: context.workspace ?? context.root, defaults: await packDefaults() },
    },
    manifest,
  );
}

/** The rules this run applies: every rule, or the ones the context names. */
function selected<T extends { id: string }>(rules: readonly T[], context: Context): readonly T[] {
  const only = context.rules;
  return only ? rules.filter((rule) => only.has(rule.id)) : rules;
}

interface MainFindings {
  findings: Finding[];
  coverage?: Coverage;
  lexicon?: LexiconQuality;
  change?: ChangeSummary;
  policy?: GoverningPolicy;
  evaluation?: Evaluation;
}

/** The policy a compared change is judged with, when the base manifest could be read. */
function policyOf(
  loaded: LoadedManifest,
  manifest: Manifest,
  drift: ChangeStage,
): GoverningPolicy | undefined {
  const base = drift.change?.baseManifest;
  if (base?.state !== 'valid' || !base.manifest) return undefined;
  const waivers = loaded.waivers.map((w) => w.waiver);
  return governingPolicy(base.manifest, manifest, waivers, profileFor(manifest.path).thresholds);
}

/**
 * A check runs the rules that need no evaluation; `evaluate` runs the ones that judge responses.
 * Either way the evidence is read once, for the rules that run and the stages they need.
 */
async function mainFindings(
  context: Context,
  loaded: LoadedManifest,
  manifest: Manifest,
  request: EvaluationRequest | undefined,
  deadline: Deadline,
): Promise<MainFindings> {
  const rules = selected(MAIN_RULES, context).filter(
    (rule) => rule.needs.includes('evaluation') === (request !== undefined),
  );
  const needs = new Set<Need>(rules.flatMap((rule) => rule.needs));
  // The evaluation puts the test set's questions and checks answers against the lexicon.
  if (request) needs.add('testset').add('lexicon');
  const evidence = await gatherEvidence(context.root, manifest, needs, deadline);
  deadline.check('evidence');
  const drift = needs.has('change')
    ? await compareChange(context, loaded.file, manifest, deadline)
    : {};
  deadline.check('change');
  const policy = policyOf(loaded, manifest, drift);
  // Rules read thresholds from `manifest`; `loaded.manifest` stays the head as written.
  const judged =
    policy && policy.thresholds !== manifest.thresholds
      ? { ...manifest, thresholds: policy.thresholds }
      : manifest;
  // Judging is counted from when the responses are in: the service's own time has its own timeouts.
  const evaluation = request
    ? await (
        await import('./evaluate/stage.js')
      ).evaluationOf(context.root, judged, evidence, request, () =>
        deadlineOf(context, manifest, performance.now()),
      )
    : undefined;
  const ruleContext: RuleContext = {
    root: context.root,
    loaded,
    manifest: judged,
    evidence,
    profile: profileFor(manifest.path),
    today: context.today,
    ruleIds: RULE_IDS,
    ruleDefault: (id) => ruleById(id)?.defaultSeverity,
    at: (pointer) => ({ file: loaded.file, ...positionOf(loaded.positions, pointer) }),
    ...(drift.signals ? { signals: drift.signals } : {}),
    ...(drift.change ? { change: drift.change, baseManifest: drift.change.baseManifest } : {}),
    ...(drift.unavailable ? { changeUnavailable: drift.unavailable } : {}),
    ...(evaluation ? { evaluation } : {}),
  };
  const findings = rules.flatMap((rule) =>
    finalize(rule, rule.check(ruleContext), manifest.rules, policy?.ruleFloor),
  );
  const coverage = request ? undefined : buildCoverage(judged, evidence, ruleContext.profile);
  const lexicon = manifest.path === 'exempt' ? undefined : buildLexiconQuality(evidence.lexicon);
  return {
    findings,
    ...(coverage ? { coverage } : {}),
    ...(lexicon ? { lexicon } : {}),
    ...(drift.summary ? { change: drift.summary } : {}),
    ...(policy ? { policy } : {}),
    ...(evaluation ? { evaluation } : {}),
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
  request: EvaluationRequest | undefined,
  startedAt: number,
): Promise<MainFindings> {
  try {
    const deadline = deadlineOf(context, manifest, startedAt);
    return await mainFindings(context, loaded, manifest, request, deadline);
  } catch (error) {
    if (!(error instanceof TimeBudgetExpired)) throw error;
    return { findings: timeBudgetFindings(loaded, error) };
  }
}

/** One run of the gate: a check, or with `evaluation` the evaluation of a service's responses. */
export async function run(context: Context, evaluation?: EvaluationRequest): Promise<Report> {
  const startedAt = performance.now();
  const { loaded, packLocks } = await loadWithPacks(context);
  const manifest = loaded.manifest;
  const main = manifest
    ? await budgetedMainFindings(context, loaded, manifest, evaluation, startedAt)
    : undefined;
  const findings = selected(MANIFEST_RULES, context).flatMap((rule) =>
    finalize(
      rule,
      rule.check(loaded, { ruleIds: RULE_IDS, today: context.today, packLocks }),
      PACK_RULES.has(rule.id) ? undefined : manifest?.rules,
      main?.policy?.ruleFloor,
    ),
  );
  if (main) findings.push(...main.findings);
  return {
    ...(await reportOf(context, loaded, findings, main?.policy)),
    ...(main?.coverage ? { coverage: main.coverage } : {}),
    ...(main?.lexicon ? { lexicon: main.lexicon } : {}),
    ...(main?.change ? { change: main.change } : {}),
    ...(main?.evaluation ? { metrics: main.evaluation.metrics } : {}),
  };
}

/**
 * The report around a run's findings: sorted, waivers applied, the verdict at fail-on. The
 * workflow's fail-on (CLI flag, Action input) comes first; the manifest's may not be looser than
 * the base's for a compared change, and only waivers base already had count then.
 */
async function reportOf(
  context: Context,
  loaded: LoadedManifest,
  findings: Finding[],
  policy?: GoverningPolicy,
): Promise<Report> {
  const manifest = loaded.manifest;
  findings.sort(compareFindings);
  const failOn = context.failOn ?? policy?.failOn ?? manifest?.gate.fail_on ?? DEFAULT_FAIL_ON;
  const lang = context.lang ?? manifest?.gate.lang ?? DEFAULT_LANG;
  const waivers = manifest ? (policy?.waivers ?? loaded.waivers.map((w) => w.waiver)) : [];
  const verdict = await decide(findings, waivers, failOn, context.today, RULE_IDS);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(context.origin ? { origin: context.origin } : {}),
    generatedAt: new Date().toISOString(),
    root: context.root,
    manifestFile: loaded.file,
    lang,
    failOn,
    path: {
      declared: manifest?.path ?? null,
      required: pathRequiredBy(manifest ? requiredPath(manifest).path : null, verdict.findings),
    },
    ...verdict,
    ...(context.rules ? { selectedRules: [...context.rules].sort() } : {}),
    packs: loaded.packs ?? [],
    waivers,
  };
}

/** What `evaluate --dry-run` reports: the questions, and how many requests the run would make. */
export async function planRun(context: Context, request: EvaluationRequest): Promise<DryRun> {
  const { EvaluateError, itemsToEvaluate, planEvaluation } = await import('./evaluate/stage.js');
  const manifest = (await loadWithPacks(context)).loaded.manifest;
  if (!manifest) throw new EvaluateError('the manifest could not be read; run check for details');
  const evidence = await gatherEvidence(context.root, manifest, new Set(['testset']));
  return planEvaluation(itemsToEvaluate(manifest, evidence.testset), request);
}
