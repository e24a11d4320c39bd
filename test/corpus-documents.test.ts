/**
 * Every document rule against its labelled corpus (test/corpus/documents): no false alarm on the
 * good documents, no miss on the bad ones. The per-rule table is written to
 * test-results/corpus-documents.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import {
  caseHolds,
  judgeCorpusCase,
  ruleCorpora,
  score,
  scoreTable,
  type CorpusCase,
  type RuleScore,
} from './helpers/corpus.js';
import { PROJECT_ROOT } from './helpers/repo.js';

const corpora = ruleCorpora();
const scores: RuleScore[] = [];

describe('document corpus', () => {
  it('every document rule has a corpus of at least 10 good and 10 bad documents', () => {
    const documentRules = RULES.filter(
      (rule) => rule.needs.includes('documents') && rule.id !== 'policy/privacy-missing',
    ).map((rule) => rule.id);
    const thin = documentRules.filter((id) => {
      const corpus = corpora.find((c) => c.ruleId === id);
      const count = (label: string) => corpus?.cases.filter((c) => c.label === label).length ?? 0;
      return count('good') < 10 || count('bad') < 10;
    });
    expect(thin).toEqual([]);
  });

  for (const corpus of corpora) {
    describe(corpus.ruleId, () => {
      const outcomes: { item: CorpusCase; holds: boolean }[] = [];
      afterAll(() => {
        scores.push(score(corpus.ruleId, outcomes));
      });
      it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', async (_, item) => {
        const findings = await judgeCorpusCase(corpus, item);
        const holds = caseHolds(item, findings);
        outcomes.push({ item, holds });
        const shown = findings.map((f) => `${f.file}:${f.line ?? '-'} ${f.message['zh-CN']}`);
        expect({ holds, findings: shown }).toEqual({ holds: true, findings: shown });
      });
    });
  }
});

afterAll(() => {
  if (scores.length === 0) return;
  const dir = path.join(PROJECT_ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const table = scoreTable([...scores].sort((a, b) => a.ruleId.localeCompare(b.ruleId)));
  writeFileSync(path.join(dir, 'corpus-documents.md'), `${table}\n`);
  console.log(`\n${table}\n`);
});
