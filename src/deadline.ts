/**
 * One time budget per run of the gate. The engine starts it; loaders and matchers look at it at
 * chunk boundaries (per file, per changed line) and stop early once it has run out, and the engine
 * then reports the stage that ran out and fails instead of judging what it could not read.
 */

/** Stages of the pipeline, as named in the time-budget finding. */
export type BudgetStage = 'manifest' | 'evidence' | 'change' | 'rules' | 'evaluate';

export class TimeBudgetExpired extends Error {
  constructor(
    readonly stage: BudgetStage,
    readonly seconds: number,
  ) {
    super(`time budget of ${seconds} s ran out during ${stage}`);
  }
}

export class Deadline {
  private readonly endsAt: number;

  constructor(
    readonly seconds: number,
    startedAt = performance.now(),
  ) {
    this.endsAt = startedAt + seconds * 1000;
  }

  expired(): boolean {
    return performance.now() >= this.endsAt;
  }

  /** Throws TimeBudgetExpired naming the stage when the budget has run out. */
  check(stage: BudgetStage): void {
    if (this.expired()) throw new TimeBudgetExpired(stage, this.seconds);
  }
}
