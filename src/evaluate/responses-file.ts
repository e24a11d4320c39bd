/**
 * Responses the product's own pipeline produced: JSONL, one `{"id": ..., "response": ...}` per
 * line (`question` may stand in for `id`). When ids repeat across the files (or sheets) of the
 * test set, a line names its own with `file` (path, file name or name without extension) and/or
 * `sheet`; a line that does not is ambiguous, and a file with such lines is refused whole rather
 * than paired by guess. Read through the confined reading layer (size cap, encoding detection);
 * bad lines come back as problems with their line number.
 */
import path from 'node:path';
import { readTextInRoot } from '../files/read.js';
import type { AmbiguousResponses, EvalItem, Outcome } from '../model/evaluation.js';

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
  /** Lines whose id stands for items of several files and that do not say which: none is paired. */
  ambiguous?: AmbiguousResponses;
}

export class ResponsesReadError extends Error {}

/** Where an item was read from, as a responses line may name it. */
function sourceOf(item: EvalItem): string {
  return item.sheet !== undefined ? `${item.file}#${item.sheet}` : item.file;
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Whether a line's `file` value names the item's file: its path, a tail of it, or its name. */
function namesFile(item: EvalItem, value: string): boolean {
  const wanted = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (wanted === '') return false;
  const file = item.file;
  if (file === wanted || file.endsWith(`/${wanted}`)) return true;
  const name = file.slice(file.lastIndexOf('/') + 1);
  return stripExtension(name) === wanted || stripExtension(wanted) === stripExtension(file);
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function readResponses(file: string, items: EvalItem[]): ResponsesFile {
  const abs = path.resolve(file);
  const read = readTextInRoot(path.dirname(abs), path.basename(abs), RESPONSES_SIZE_LIMIT);
  if (!read.ok) {
    throw new ResponsesReadError(`cannot read ${file}: ${read.problem.code}`);
  }
  const byKey = new Map<string, EvalItem>();
  const byId = new Map<string, EvalItem[]>();
  const byQuestion = new Map<string, EvalItem>();
  for (const item of items) {
    byKey.set(item.key, item);
    if (item.id !== undefined) {
      const same = byId.get(item.id);
      if (same) same.push(item);
      else byId.set(item.id, [item]);
    }
    byQuestion.set(item.question.trim(), item);
  }
  const outcomes = new Map<string, Outcome>();
  const problems: ResponsesProblem[] = [];
  let unmatched = 0;
  let ambiguous: AmbiguousResponses | undefined;

  /** The item a line's id names, narrowed by its file and sheet; 'ambiguous' when several sources remain. */
  const itemFor = (
    id: string,
    fileName: string | undefined,
    sheet: string | undefined,
  ): EvalItem | 'ambiguous' | undefined => {
    let candidates = byId.get(id);
    if (candidates === undefined) {
      const keyed = byKey.get(id);
      return keyed && fileName === undefined && sheet === undefined ? keyed : undefined;
    }
    if (fileName !== undefined) candidates = candidates.filter((c) => namesFile(c, fileName));
    if (sheet !== undefined) candidates = candidates.filter((c) => c.sheet === sheet.trim());
    if (candidates.length === 0) return undefined;
    const first = sourceOf(candidates[0]!);
    // Repeats within one file are the test set's own duplicates: the first keeps its answer.
    return candidates.every((c) => sourceOf(c) === first) ? candidates[0] : 'ambiguous';
  };

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
    const fields = record as Record<string, unknown>;
    const { id, question, response } = fields;
    if (typeof response !== 'string') {
      problems.push({ line, reason: '"response" is not a string' });
      return;
    }
    const idText = scalar(id);
    const item =
      idText !== undefined
        ? itemFor(idText, scalar(fields.file), scalar(fields.sheet))
        : typeof question === 'string'
          ? byQuestion.get(question.trim())
          : undefined;
    if (item === 'ambiguous') {
      if (ambiguous === undefined) {
        const sources = [...new Set(byId.get(idText!)!.map(sourceOf))];
        ambiguous = { lines: 0, line, id: idText!, files: sources.slice(0, 5) };
      }
      ambiguous.lines++;
      return;
    }
    if (!item) {
      unmatched++;
      return;
    }
    outcomes.set(item.key, { kind: 'response', text: response });
  });
  if (ambiguous) outcomes.clear();
  return { outcomes, problems, unmatched, ...(ambiguous ? { ambiguous } : {}) };
}
