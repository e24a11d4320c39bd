/**
 * What a test item says about refusal: its 是否应拒答 flag, else its bank (应拒答 / 非拒答), else
 * the words of its expected output.
 */
import { REFUSAL_MARKERS } from '../data/evidence-columns.js';
import { foldText } from '../text/fold.js';
import type { TestItem } from './testset.js';

function markedRefusal(output: string): boolean {
  const head = foldText(output.slice(0, 40));
  return REFUSAL_MARKERS.some((marker) => head.includes(marker));
}

/** Whether the item states its expectation (flag or bank) rather than leaving it to its output. */
export function statesRefusal(item: TestItem): boolean {
  return item.expected_refusal !== undefined || item.bank !== 'generated';
}

/** Does the item expect a refusal: its 是否应拒答 flag, else its bank, else its expected output. */
export function expectsRefusal(item: TestItem): boolean {
  if (item.expected_refusal !== undefined) return item.expected_refusal;
  if (item.bank === 'should-refuse') return true;
  if (item.bank === 'should-not-refuse') return false;
  return markedRefusal(item.expected_output);
}
