/**
 * One evaluation: manifest → test set and lexicon → responses (a file, or the endpoint with a
 * resumable results file) → judgement per item → metrics → evaluate rules → verdict → report.
 */
import path from 'node:path';
import type { Context } from '../context.js';
import { profileFor } from '../data/profiles.js';
import { TimeBudgetExpired } from '../deadline.js';
import { deadlineOf, reportOf, timeBudgetFindings, type Report } from '../engine.js';
import { gatherEvidence, type Evidence } from '../evidence/gather.js';
import { buildMatcher } from '../match/index.js';
import { loadManifest, positionOf } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { EVALUATE_RULES } from '../rules/evaluate.js';
import { MANIFEST_RULES, RULE_IDS } from '../rules/index.js';
import { finalize } from '../rules/finalize.js';
import type { RuleContext } from '../rules/rule.js';
import { completionsUrl, displayEndpoint, type ClientOptions } from './client.js';
import { CriteriaRegexRunner } from './criteria.js';
import { judge } from './judge.js';
import { planLive, runLive } from './live.js';
import { evalItems, keywordEntries, loadLexicon, loadTestSet } from './load.js';
import { computeMetrics } from './metrics.js';
import type { Progress } from './progress.js';
import { RefusalDetector } from './refusal.js';
import { readResponses } from './responses-file.js';
import type { EvalItem, Evaluation, Judgement, Outcome, ResponsesFileReport } from './types.js';

/** The evaluation cannot run (exit 2): nothing to evaluate, or the endpoint refuses us. */
export class EvaluateError extends Error {}

export type Source =
  | { kind: 'responses'; file: string }
  | { kind: 'endpoint'; client: ClientOptions; concurrency: number; resultsFile?: string };

export interface EvaluateOptions {
  context: Context;
  source: Source;
  refusalPhrases?: readonly string[];
  progress?: (total: number, startAt: number) => Progress;
}

export interface DryRun {
  items: number;
  /** Items already answered (results file) or present (responses file). */
  done: number;
  requests: number;
  endpoint?: string;
  model?: string;
}

function relativeInRoot(root: string, file: string): string | undefined {
  const rel = path.relative(root, path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
    ? rel.split(path.sep).join('/')
    : undefined;
}

async function loadInputs(root: string, manifest: Manifest) {
  const testSetSpec = manifest.content_safety?.test_set;
  if (!testSetSpec) {
    throw new EvaluateError('the manifest names no test set (content_safety.test_set.path)');
  }
  const testSet = await loadTestSet(root, testSetSpec);
  if (testSet.items.length === 0) {
    const problem = testSet.problems[0];
    const why = problem ? `: ${problem.code}${problem.detail ? ` (${problem.detail})` : ''}` : '';
    throw new EvaluateError(
      `no questions could be read from the test set ${testSetSpec.path}${why}; run check for details`,
    );
  }
  const lexiconSpec = manifest.content_safety?.lexicon;
  const lexicon = lexiconSpec ? await loadLexicon(root, lexiconSpec) : undefined;
  return { items: evalItems(testSet), lexicon: lexicon && lexicon.size > 0 ? lexicon : undefined };
}

async function collect(
  items: EvalItem[],
  options: EvaluateOptions,
  dryRun: boolean,
): Promise<
  | { dry: DryRun }
  | { outcomes: Map<string, Outcome>; responses?: ResponsesFileReport; model?: string }
> {
  const { source } = options;
  if (source.kind === 'responses') {
    const read = readResponses(source.file, items);
    if (dryRun) return { dry: { items: items.length, done: read.outcomes.size, requests: 0 } };
    return {
      outcomes: read.outcomes,
      responses: {
        ...(relativeInRoot(options.context.root, source.file) !== undefined
          ? { file: relativeInRoot(options.context.root, source.file)! }
          : {}),
        path: source.file,
        problems: read.problems,
        unmatched: read.unmatched,
      },
    };
  }
  const plan = planLive(items, source.client, source.resultsFile);
  if (dryRun) {
    return {
      dry: {
        items: items.length,
        done: plan.done.size,
        requests: plan.pending.length,
        endpoint: displayEndpoint(completionsUrl(source.client.endpoint)),
        model: source.client.model,
      },
    };
  }
  const outcomes = await runLive(plan, source.client, {
    concurrency: source.concurrency,
    total: items.length,
    ...(source.resultsFile !== undefined ? { resultsFile: source.resultsFile } : {}),
    ...(options.progress ? { progress: options.progress(items.length, plan.done.size) } : {}),
  });
  return { outcomes, model: source.client.model };
}

export async function evaluate(options: EvaluateOptions): Promise<Report>;
export async function evaluate(options: EvaluateOptions, dryRun: true): Promise<DryRun>;
export async function evaluate(options: EvaluateOptions, dryRun = false): Promise<Report | DryRun> {
  const { context } = options;
  const loaded = loadManifest(context.root, context.manifest);
  const manifest = loaded.manifest;
  const findings = MANIFEST_RULES.flatMap((rule) =>
    finalize(
      rule,
      rule.check(loaded, { ruleIds: RULE_IDS, today: context.today }),
      manifest?.rules,
    ),
  );
  if (!manifest) {
    if (dryRun) throw new EvaluateError('the manifest could not be read; run check for details');
    return reportOf(context, loaded, findings);
  }
  const { items, lexicon } = await loadInputs(context.root, manifest);
  const collected = await collect(items, options, dryRun);
  if ('dry' in collected) return collected.dry;

  const matcher = lexicon ? await buildMatcher(keywordEntries(lexicon)) : undefined;
  const tools = {
    refusal: new RefusalDetector(options.refusalPhrases),
    regex: new CriteriaRegexRunner(),
    ...(matcher ? { lexicon: matcher } : {}),
  };
  const missing: Outcome = { kind: 'missing' };
  // Counted from here: the service's own time (requests, retries) has its own timeouts.
  const deadline = deadlineOf(context, manifest, performance.now());
  let judgements: Judgement[];
  let evidence: Evidence;
  try {
    judgements = [];
    for (const item of items) {
      deadline.check('evaluate');
      judgements.push(judge(item, collected.outcomes.get(item.key) ?? missing, tools));
    }
    evidence = await gatherEvidence(context.root, manifest, deadline);
    deadline.check('evidence');
  } catch (error) {
    if (!(error instanceof TimeBudgetExpired)) throw error;
    findings.push(...timeBudgetFindings(loaded, error));
    return reportOf(context, loaded, findings);
  }
  const metrics = computeMetrics(judgements, {
    source: options.source.kind,
    ...(collected.model !== undefined ? { model: collected.model } : {}),
    ...(lexicon ? { lexiconKeywords: lexicon.size } : {}),
  });
  const evaluation: Evaluation = {
    judgements,
    metrics,
    ...(collected.responses ? { responses: collected.responses } : {}),
  };
  const ruleContext: RuleContext = {
    root: context.root,
    loaded,
    manifest,
    evidence,
    profile: profileFor(manifest.path),
    today: context.today,
    ruleIds: RULE_IDS,
    at: (pointer) => ({ file: loaded.file, ...positionOf(loaded.positions, pointer) }),
    evaluation,
  };
  for (const rule of EVALUATE_RULES) {
    findings.push(...finalize(rule, rule.check(ruleContext), manifest.rules));
  }
  return { ...(await reportOf(context, loaded, findings)), metrics };
}
