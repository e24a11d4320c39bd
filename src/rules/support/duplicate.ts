/** A repeated keyword or question, and how many of them are listed one by one. */

/** Duplicates listed individually; the rest are counted. */
export const DUPLICATES_KEPT = 1000;

export interface Duplicate {
  index: number;
  first: number;
}
