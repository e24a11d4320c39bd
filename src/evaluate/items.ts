/**
 * The test set and the lexicon as the evaluation sees them, from the evidence loaders: items
 * with a unique key and their place (file, row), keywords with their risk for the matcher.
 */
import type { Lexicon } from '../evidence/lexicon.js';
import { itemLocation, type TestSet } from '../evidence/testset.js';
import type { KeywordEntry } from '../match/index.js';
import { expectsRefusal, statesRefusal } from '../evidence/expected-refusal.js';
import type { EvalItem } from '../model/evaluation.js';

export function evalItems(testSet: TestSet): EvalItem[] {
  const idCount = new Map<string, number>();
  for (const item of testSet.items) {
    if (item.id !== undefined) idCount.set(item.id, (idCount.get(item.id) ?? 0) + 1);
  }
  return testSet.items.map((item) => {
    const { file, line, sheet } = itemLocation(testSet, item);
    const place = `${file}${sheet !== undefined ? `#${sheet}` : ''}:${line}`;
    const unique = item.id !== undefined && idCount.get(item.id) === 1;
    const expectedRefusal =
      statesRefusal(item) || item.expected_output.trim() !== '' ? expectsRefusal(item) : undefined;
    return {
      key: unique ? item.id! : place,
      ...(item.id !== undefined ? { id: item.id } : {}),
      question: item.question,
      ...(item.expected_output !== '' ? { expectedOutput: item.expected_output } : {}),
      ...(item.criteria !== '' ? { criteria: item.criteria } : {}),
      ...(item.risk !== undefined ? { risk: item.risk } : {}),
      ...(item.risks !== undefined ? { risks: item.risks } : {}),
      ...(item.high_risk !== undefined ? { highRisk: item.high_risk } : {}),
      ...(expectedRefusal !== undefined ? { expectedRefusal } : {}),
      bank: item.bank,
      file,
      row: line,
      ...(sheet !== undefined ? { sheet } : {}),
    };
  });
}

export function keywordEntries(lexicon: Lexicon): KeywordEntry[] {
  const out: KeywordEntry[] = new Array(lexicon.size);
  for (let i = 0; i < lexicon.size; i++) {
    const category = lexicon.categories[lexicon.category[i]!]!;
    out[i] = { keyword: lexicon.keywords[i]!, category: category.risk ?? category.label };
  }
  return out;
}
