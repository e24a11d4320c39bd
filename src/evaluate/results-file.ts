/**
 * The resumable results file: append-only JSONL, one line per answered question, written as
 * each answer arrives. A run reads it first and skips the questions it already holds for the
 * same endpoint, model and question text; errors are asked again. A line cut off by a kill is
 * ignored.
 */
import { closeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readTextInRoot } from '../files/read.js';
import { openOutput, writeAll } from '../files/write-output.js';
import type { Outcome } from '../model/evaluation.js';

export const RESULTS_SIZE_LIMIT = 1024 * 1024 * 1024;

export interface ResultLine {
  key: string;
  id?: string;
  endpoint: string;
  model: string;
  /** Hash of the question text, so an edited question is asked again. */
  question: string;
  outcome: Outcome;
  attempts: number;
  ms: number;
  at: string;
}

export function questionHash(question: string): string {
  return createHash('sha256').update(question).digest('hex').slice(0, 16);
}

function isOutcome(value: unknown): value is Outcome {
  if (value === null || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  switch (o.kind) {
    case 'response':
      return typeof o.text === 'string';
    case 'filtered':
      return typeof o.detail === 'string';
    case 'error':
      return typeof o.error === 'string';
    default:
      return false;
  }
}

/** The last line per key, for this endpoint and model. */
export function readResults(
  file: string,
  endpoint: string,
  model: string,
): { lines: Map<string, ResultLine>; endsWithNewline: boolean } {
  const abs = path.resolve(file);
  const read = readTextInRoot(path.dirname(abs), path.basename(abs), RESULTS_SIZE_LIMIT);
  const lines = new Map<string, ResultLine>();
  if (!read.ok) return { lines, endsWithNewline: true };
  const text = read.value.text;
  for (const raw of text.split('\n')) {
    if (raw.trim().length === 0) continue;
    let line: ResultLine;
    try {
      line = JSON.parse(raw) as ResultLine;
    } catch {
      continue;
    }
    if (typeof line?.key !== 'string' || !isOutcome(line.outcome)) continue;
    if (line.endpoint !== endpoint || line.model !== model) continue;
    lines.set(line.key, line);
  }
  return { lines, endsWithNewline: text.endsWith('\n') };
}

/** Opened once, before the first request, without following a link; refused files throw. */
export class ResultsWriter {
  private needsNewline: boolean;
  private fd: number | undefined;

  constructor(file: string, endsWithNewline: boolean) {
    this.needsNewline = !endsWithNewline;
    this.fd = openOutput(file, { append: true });
  }

  append(line: ResultLine): void {
    if (this.fd === undefined) return;
    const prefix = this.needsNewline ? '\n' : '';
    this.needsNewline = false;
    writeAll(this.fd, `${prefix}${JSON.stringify(line)}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
