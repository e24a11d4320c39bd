/**
 * The wordings each document rule shows on its docs page: every document rule has them, and its
 * passing passage passes while its failing passage is reported, judged in the rule's corpus
 * repository exactly as the corpus documents are.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { judgeCorpusCase, ruleCorpora, type CorpusCase } from './helpers/corpus.js';
import {
  inlineSteps,
  menuPaths,
  PATH_FORMS,
  proseSteps,
  STEP_FORMS,
} from '../src/rules/support/procedures.js';
import { tempDir, writeFile } from './helpers/repo.js';

const corpora = ruleCorpora();
const documentRules = RULES.filter(
  (rule) => rule.needs.includes('documents') && rule.id !== 'policy/privacy-missing',
);

async function judgePassage(ruleId: string, label: 'good' | 'bad', passage: string) {
  const corpus = corpora.find((c) => c.ruleId === ruleId);
  expect(corpus, `${ruleId} has a corpus to judge its passages in`).toBeDefined();
  const sample = corpus!.cases.find((c) => !c.name.endsWith('/') && c.document !== '');
  expect(sample, `${ruleId} has a one-file case`).toBeDefined();
  // Prose goes into a Markdown document; a page's passage is source of the page's own kind.
  const kind = path.extname(sample!.document);
  const extension = ['.tsx', '.jsx', '.vue', '.ts', '.js'].includes(kind) ? kind : '.md';
  const document = sample!.document.replace(/\.[^./]+$/, extension);
  const source = writeFile(tempDir('gcg-wording-'), `passage${extension}`, `${passage}\n`);
  const item: CorpusCase = {
    ruleId,
    name: `${label}/wording`,
    label,
    source,
    document,
    expect: [],
  };
  return judgeCorpusCase(corpus!, item);
}

describe('rule wordings', () => {
  it('every document rule lists the wordings it accepts, with a good and a bad passage', () => {
    const without = documentRules
      .filter(
        (rule) =>
          !rule.wording ||
          rule.wording.accepts.length === 0 ||
          rule.wording.accepts.some((group) => group.phrases.length === 0) ||
          !rule.wording.good.trim() ||
          !rule.wording.bad.trim(),
      )
      .map((rule) => rule.id);
    expect(without).toEqual([]);
  });

  const withWording = documentRules.filter((rule) => rule.wording);
  it.each(withWording.map((rule) => [rule.id, rule] as const))(
    '%s: the good passage passes and the bad one is reported',
    async (id, rule) => {
      const good = await judgePassage(id, 'good', rule.wording!.good);
      expect(good.map((f) => f.message['zh-CN'])).toEqual([]);
      const bad = await judgePassage(id, 'bad', rule.wording!.bad);
      expect(bad.length).toBeGreaterThan(0);
    },
  );

  it('every menu path form on the deletion page is read as a path of three places', () => {
    for (const form of PATH_FORMS) {
      expect(
        menuPaths(form).map((p) => p.steps.length),
        form,
      ).toEqual([3]);
    }
    expect(inlineSteps(STEP_FORMS[0]).map((p) => p.steps.length)).toEqual([3]);
    expect(proseSteps(STEP_FORMS[1]).map((p) => p.steps.length)).toEqual([3]);
  });
});
