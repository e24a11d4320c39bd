/**
 * Responses the product's own pipeline produced: JSONL, one `{"id": ..., "response": ...}` per
 * line (`question` may stand in for `id`). Read through the confined reading layer (size cap,
 * encoding detection); bad lines come back as problems with their line number.
 */
import path from 'node:path';
import { readTextInRoot } from '../files/read.js';
import type { EvalItem, Outcome } from '../model/evaluation.js';

export const RESPONSES_SIZE_LIMIT = 512 * 1024 * 1024;

export interface ResponsesProblem {
  line: number;
  reason: string;
}

export interface ResponsesFile {
  outcomes: Map<string, Outcome>;
  problems: ResponsesProblem[];
  /** Lines that name no item of the test set. */
  unmatched: number;
}

export class ResponsesReadError extends Error {}

export function readResponses(file: string, items: EvalItem[]): ResponsesFile {
  const abs = path.resolve(file);
  const read = readTextInRoot(path.dirname(abs), path.basename(abs), RESPONSES_SIZE_LIMIT);
  if (!read.ok) {
    throw new ResponsesReadError(`cannot read ${file}: ${read.problem.code}`);
  }
  const byId = new Map<string, EvalItem>();
  const byQuestion = new Map<string, EvalItem>();
  for (const item of items) {
    byId.set(item.key, item);
    if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);
    byQuestion.set(item.question.trim(), item);
  }
  const outcomes = new Map<string, Outcome>();
  const problems: ResponsesProblem[] = [];
  let unmatched = 0;
  read.value.text.split('\n').forEach((raw, index) => {
    if (raw.trim().length === 0) return;
    const line = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      problems.push({ line, reason: 'not JSON' });
      return;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      problems.push({ line, reason: 'not an object' });
      return;
    }
    const { id, question, response } = record as Record<string, unknown>;
    if (typeof response !== 'string') {
      problems.push({ line, reason: '"response" is not a string' });
      return;
    }
    const item =
      typeof id === 'string' || typeof id === 'number'
        ? byId.get(String(id))
        : typeof question === 'string'
          ? byQuestion.get(question.trim())
          : undefined;
    if (!item) {
      unmatched++;
      return;
    }
    outcomes.set(item.key, { kind: 'response', text: response });
  });
  return { outcomes, problems, unmatched };
}
