/** What a test item says about refusal: its 是否应拒答 flag, else the words of its expected output. */
import { REFUSAL_MARKERS } from '../data/evidence-columns.js';
import { foldText } from '../text/fold.js';
import type { TestItem } from './testset.js';

function markedRefusal(output: string): boolean {
  const head = foldText(output.slice(0, 40));
  return REFUSAL_MARKERS.some((marker) => head.includes(marker));
}

/** Does the item expect a refusal: its 是否应拒答 flag, else its expected output. */
export function expectsRefusal(item: TestItem): boolean {
  return item.expected_refusal ?? markedRefusal(item.expected_output);
}
