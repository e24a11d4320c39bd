/**
 * Signal matches collected while a diff streams by, bounded: the first hit of a signal in a
 * file keeps its place, later ones are counted; past `MAX_HITS` places nothing more is kept.
 * Also the checks that drop a hit when the signal was already in the base version of the file.
 */
import { frontMatterLines, frontMatterRange } from './front-matter.js';
import type { CompiledSignal, FilePlan, SignalPack } from './signals.js';
import type { SignalHit } from './types.js';

export const MAX_HITS = 5000;

export class HitCollector {
  readonly hits: SignalHit[] = [];
  capped = false;
  private readonly byKey = new Map<string, SignalHit>();

  add(signal: CompiledSignal, hit: Omit<SignalHit, 'signal'>): void {
    const key = `${signal.id}\0${hit.file}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.more = (existing.more ?? 0) + 1;
      return;
    }
    if (this.hits.length >= MAX_HITS) {
      this.capped = true;
      return;
    }
    const full: SignalHit = { signal: signal.id, ...hit };
    this.byKey.set(key, full);
    this.hits.push(full);
  }

  /** Removes hits for which `drop` says so (the signal was already there, or out of place). */
  filter(keep: (hit: SignalHit) => boolean): void {
    for (let i = this.hits.length - 1; i >= 0; i--) {
      const hit = this.hits[i]!;
      if (!keep(hit)) {
        this.hits.splice(i, 1);
        this.byKey.delete(`${hit.signal}\0${hit.file}`);
      }
    }
  }
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Whether `signal` already matches somewhere in a file's base-side text. */
export function presentInText(
  pack: SignalPack,
  plan: FilePlan,
  signal: CompiledSignal,
  text: string,
): boolean {
  if (signal.kind === 'dependency') {
    if (!plan.dependencies) return false;
    for (const line of splitLines(text)) {
      if (pack.matchDependencies(plan.dependencies, line).some((m) => m.signal === signal)) {
        return true;
      }
    }
    return false;
  }
  if (!plan.line) return false;
  const lines = signal.kind === 'model-card' ? frontMatterLines(text) : splitLines(text);
  for (const line of lines) {
    if (pack.matchLine(plan.line, line).some((m) => m.signal === signal)) return true;
  }
  return false;
}

/** A model-card hit counts only inside the head file's front matter. */
export function inFrontMatter(line: number | undefined, headText: string): boolean {
  const range = frontMatterRange(headText);
  return range !== undefined && line !== undefined && line >= range.first && line <= range.last;
}
