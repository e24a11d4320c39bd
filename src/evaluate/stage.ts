/**
 * The evaluation stage of the engine: the test set and lexicon the evidence stage read →
 * responses (a file, or the endpoint with a resumable results file) → judgement per item →
 * metrics. The evaluate rules then judge the result like any other rule.
 */
import path from 'node:path';
import type { Deadline } from '../deadline.js';
import type { Evidence } from '../evidence/gather.js';
import type { TestSet } from '../evidence/testset.js';
import { buildMatcher } from '../match/index.js';
import type { Manifest } from '../model/manifest.js';
import { completionsUrl, displayEndpoint, type ClientOptions } from './client.js';
import { CriteriaRegexRunner } from './criteria.js';
import { judge } from './judge.js';
import { planLive, runLive } from './live.js';
import { evalItems, keywordEntries } from './items.js';
import { computeMetrics } from './metrics.js';
import type { Progress } from './progress.js';
import { RefusalDetector } from './refusal.js';
import { readResponses } from './responses-file.js';
import type { EvalItem, Evaluation, Outcome, ResponsesFileReport } from '../model/evaluation.js';

/** The evaluation cannot run (exit 2): nothing to evaluate, or the endpoint refuses us. */
export class EvaluateError extends Error {}

export type Source =
  | { kind: 'responses'; file: string }
  | { kind: 'endpoint'; client: ClientOptions; concurrency: number; resultsFile?: string };

/** What `evaluate` asks of the engine besides a check: where the responses come from. */
export interface EvaluationRequest {
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

/** The questions to put to the service; an error when there are none. */
export function itemsToEvaluate(manifest: Manifest, testSet: TestSet | undefined): EvalItem[] {
  const spec = manifest.content_safety?.test_set;
  if (!spec || !testSet) {
    throw new EvaluateError('the manifest names no test set (content_safety.test_set.path)');
  }
  if (testSet.items.length === 0) {
    const problem = testSet.problems[0];
    const why = problem ? `: ${problem.code}${problem.detail ? ` (${problem.detail})` : ''}` : '';
    throw new EvaluateError(
      `no questions could be read from the test set ${spec.path}${why}; run check for details`,
    );
  }
  return evalItems(testSet);
}

/** How many requests an evaluation would make, without making them. */
export function planEvaluation(items: EvalItem[], request: EvaluationRequest): DryRun {
  const { source } = request;
  if (source.kind === 'responses') {
    const read = readResponses(source.file, items);
    return { items: items.length, done: read.outcomes.size, requests: 0 };
  }
  const plan = planLive(items, source.client, source.resultsFile);
  return {
    items: items.length,
    done: plan.done.size,
    requests: plan.pending.length,
    endpoint: displayEndpoint(completionsUrl(source.client.endpoint)),
    model: source.client.model,
  };
}

async function collect(
  root: string,
  items: EvalItem[],
  request: EvaluationRequest,
): Promise<{ outcomes: Map<string, Outcome>; responses?: ResponsesFileReport; model?: string }> {
  const { source } = request;
  if (source.kind === 'responses') {
    const read = readResponses(source.file, items);
    const file = relativeInRoot(root, source.file);
    return {
      outcomes: read.outcomes,
      responses: {
        ...(file !== undefined ? { file } : {}),
        path: source.file,
        problems: read.problems,
        unmatched: read.unmatched,
        ...(read.ambiguous ? { ambiguous: read.ambiguous } : {}),
      },
    };
  }
  const plan = planLive(items, source.client, source.resultsFile);
  const outcomes = await runLive(plan, source.client, {
    concurrency: source.concurrency,
    total: items.length,
    ...(source.resultsFile !== undefined ? { resultsFile: source.resultsFile } : {}),
    ...(request.progress ? { progress: request.progress(items.length, plan.done.size) } : {}),
  });
  return { outcomes, model: source.client.model };
}

/**
 * Responses collected and judged, over the evidence the engine already read. The time budget of
 * judging starts once the responses are in (`judgingDeadline`).
 */
export async function evaluationOf(
  root: string,
  manifest: Manifest,
  evidence: Evidence,
  request: EvaluationRequest,
  judgingDeadline: () => Deadline,
): Promise<Evaluation> {
  const items = itemsToEvaluate(manifest, evidence.testset);
  const lexicon = evidence.lexicon && evidence.lexicon.size > 0 ? evidence.lexicon : undefined;
  const collected = await collect(root, items, request);
  const matcher = lexicon ? await buildMatcher(keywordEntries(lexicon)) : undefined;
  const tools = {
    refusal: new RefusalDetector(request.refusalPhrases),
    regex: new CriteriaRegexRunner(),
    ...(matcher ? { lexicon: matcher } : {}),
  };
  const missing: Outcome = { kind: 'missing' };
  const deadline = judgingDeadline();
  const judgements = items.map((item) => {
    deadline.check('evaluate');
    return judge(item, collected.outcomes.get(item.key) ?? missing, tools);
  });
  const metrics = computeMetrics(judgements, {
    source: request.source.kind,
    ...(collected.model !== undefined ? { model: collected.model } : {}),
    ...(lexicon ? { lexiconKeywords: lexicon.size } : {}),
  });
  return {
    judgements,
    metrics,
    ...(collected.responses ? { responses: collected.responses } : {}),
  };
}
