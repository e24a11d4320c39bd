/** What the testset rules share: the artefact's name, its manifest path, and item places. */
import { itemLocation, type TestItem, type TestSet } from '../../evidence/testset.js';
import { applies } from './content-safety-applies.js';
import { where } from './place.js';
import type { RuleContext } from '../rule.js';

export const TEST_SET_WORDS = { zh: '测试题集', en: 'test set' };

/** Where the manifest names the test set; findings about the whole set point here. */
export const TEST_SET_PATH = '/content_safety/test_set/path';

/** The test set, when the path requires one and at least one item could be read. */
export function loadedTestSet(context: RuleContext): TestSet | undefined {
  const testSet = context.evidence.testset;
  return applies(context) && testSet && testSet.items.length > 0 ? testSet : undefined;
}

/** The file and line of an item, and how a message names it (line, or sheet and row). */
export function itemPlace(
  testSet: TestSet,
  item: TestItem,
): { file: string; line: number; at: { zh: string; en: string } } {
  const location = itemLocation(testSet, item);
  return { file: location.file, line: location.line, at: where(location.line, location.sheet) };
}
