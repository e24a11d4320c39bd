/** The rows one aggregate message names: the first few, then `…`; the finding's data lists all. */
import type { Judgement } from '../../model/evaluation.js';

const NAMED = 20;

export function namedRows(judgements: readonly Judgement[]): { rows: number[]; more: string } {
  return {
    rows: judgements.slice(0, NAMED).map((j) => j.item.row),
    more: judgements.length > NAMED ? '…' : '',
  };
}
