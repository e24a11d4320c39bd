/**
 * Patterns written by users (manifest signals, test-set criteria) run on V8's backtracking engine,
 * so each run is interrupted after `perRunMs` (in a `vm` context, the only interruptible place)
 * and all runs together share `totalMs`. A run that is interrupted, or one that would start with
 * the budget spent, yields `undefined`: the caller reports the pattern as not run instead of
 * treating it as a non-match.
 */
import vm from 'node:vm';

const execScript = new vm.Script('regex.lastIndex = 0; regex.exec(subject)');

export class RegexBudget {
  private spentMs = 0;
  private readonly context = vm.createContext({ regex: /(?:)/, subject: '' });

  constructor(
    readonly totalMs: number,
    readonly perRunMs: number,
  ) {}

  get exhausted(): boolean {
    return this.spentMs >= this.totalMs;
  }

  /** The first match, null for none, undefined when the pattern could not run within budget. */
  exec(regex: RegExp, subject: string): RegExpExecArray | null | undefined {
    const left = this.totalMs - this.spentMs;
    if (left <= 0) return undefined;
    this.context.regex = regex;
    this.context.subject = subject;
    const started = performance.now();
    try {
      return execScript.runInContext(this.context, {
        timeout: Math.max(1, Math.ceil(Math.min(this.perRunMs, left))),
      }) as RegExpExecArray | null;
    } catch {
      return undefined;
    } finally {
      this.spentMs += performance.now() - started;
      this.context.subject = '';
    }
  }
}
