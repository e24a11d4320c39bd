/**
 * Asks the endpoint every question not yet answered in the results file, with bounded
 * concurrency; each answer is appended to the results file as it arrives, so a killed run
 * resumes where it stopped.
 */
import { ask, displayEndpoint, FatalEndpointError, type ClientOptions } from './client.js';
import type { Progress } from './progress.js';
import { questionHash, readResults, ResultsWriter, type ResultLine } from './results-file.js';
import type { EvalItem, Outcome } from '../model/evaluation.js';

export interface LivePlan {
  /** Items that still need a request. */
  pending: EvalItem[];
  /** Outcomes already in the results file (errors excluded: they are asked again). */
  done: Map<string, Outcome>;
  endsWithNewline: boolean;
}

export function planLive(
  items: EvalItem[],
  client: Pick<ClientOptions, 'endpoint' | 'model'>,
  resultsFile: string | undefined,
): LivePlan {
  const done = new Map<string, Outcome>();
  let endsWithNewline = true;
  if (resultsFile !== undefined) {
    const read = readResults(resultsFile, displayEndpoint(client.endpoint), client.model);
    endsWithNewline = read.endsWithNewline;
    for (const item of items) {
      const line = read.lines.get(item.key);
      if (line && line.question === questionHash(item.question) && line.outcome.kind !== 'error') {
        done.set(item.key, line.outcome);
      }
    }
  }
  return { pending: items.filter((item) => !done.has(item.key)), done, endsWithNewline };
}

export async function runLive(
  plan: LivePlan,
  client: ClientOptions,
  options: { concurrency: number; resultsFile?: string; progress?: Progress; total: number },
): Promise<Map<string, Outcome>> {
  const outcomes = new Map(plan.done);
  const writer =
    options.resultsFile !== undefined
      ? new ResultsWriter(options.resultsFile, plan.endsWithNewline)
      : undefined;
  const endpoint = displayEndpoint(client.endpoint);
  const state = { done: plan.done.size, total: options.total, errors: 0, retries: 0 };
  options.progress?.update(state);
  let next = 0;
  let fatal: FatalEndpointError | undefined;

  const worker = async () => {
    while (fatal === undefined && next < plan.pending.length) {
      const item = plan.pending[next++]!;
      const started = Date.now();
      let answer;
      try {
        answer = await ask(item.question, client);
      } catch (error) {
        if (error instanceof FatalEndpointError) {
          fatal ??= error;
          return;
        }
        throw error;
      }
      outcomes.set(item.key, answer.outcome);
      const line: ResultLine = {
        key: item.key,
        ...(item.id !== undefined ? { id: item.id } : {}),
        endpoint,
        model: client.model,
        question: questionHash(item.question),
        outcome: answer.outcome,
        attempts: answer.attempts,
        ms: Date.now() - started,
        at: new Date().toISOString(),
      };
      writer?.append(line);
      state.done++;
      state.retries += answer.attempts - 1;
      if (answer.outcome.kind === 'error') state.errors++;
      options.progress?.update(state);
    }
  };
  const workers = Array.from({ length: Math.max(1, options.concurrency) }, worker);
  try {
    await Promise.all(workers);
  } finally {
    writer?.close();
  }
  options.progress?.finish(state);
  if (fatal) throw fatal;
  return outcomes;
}
