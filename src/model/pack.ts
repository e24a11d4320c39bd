/** A policy pack a manifest extends (`extends:`), as the report names it. */
export interface PolicyPackRef {
  /** Relative to the repository root. */
  file: string;
  id?: string;
  version?: string;
}
