/** Keeps a rule readable when thousands of rows fail. */
import type { Bilingual } from '../../model/finding.js';
import type { Draft } from '../rule.js';

/** Findings per rule listed one by one; the rest become one summary finding. */
export const DETAIL_LIMIT = 20;

/**
 * The first DETAIL_LIMIT drafts as they are, then one summary at the next place saying how many
 * more there are.
 */
export function capDrafts(
  drafts: Draft[],
  total: number,
  more: (rest: number) => Bilingual,
): Draft[] {
  if (total <= DETAIL_LIMIT || drafts.length <= DETAIL_LIMIT) return drafts;
  const next = drafts[DETAIL_LIMIT]!;
  return [...drafts.slice(0, DETAIL_LIMIT), { ...next, message: more(total - DETAIL_LIMIT) }];
}
