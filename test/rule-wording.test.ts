/**
 * Every document rule shows the wordings it recognises and a good and a bad passage on its page;
 * the passages are judged by the rule itself, in its corpus repository, as a Markdown document.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import {
  menuPaths,
  inlineSteps,
  proseSteps,
  PATH_FORMS,
  STEP_FORMS,
} from '../src/rules/support/procedures.js';
import { judgeCorpusCase, ruleCorpora, type CorpusCase } from './helpers/corpus.js';
import { tempDir } from './helpers/repo.js';

const documentRules = RULES.filter(
  (rule) => rule.needs.includes('documents') && rule.id !== 'policy/privacy-missing',
);
const corpora = ruleCorpora();

/** A passage as a one-file case of the rule's corpus, placed where its Markdown cases go. */
function passageCase(ruleId: string, label: 'good' | 'bad', passage: string) {
  const corpus = corpora.find((c) => c.ruleId === ruleId);
  const markdown = corpus?.cases.find((c) => c.document.endsWith('.md'));
  if (!corpus || !markdown) return undefined;
  const source = path.join(tempDir('gcg-wording-'), `${label}.md`);
  writeFileSync(source, `# 示例\n\n${passage}\n`);
  const item: CorpusCase = {
    ruleId,
    name: `${label}/wording.md`,
    label,
    source,
    document: markdown.document,
    expect: [],
  };
  return { corpus, item };
}

describe('rule wording', () => {
  it('every document rule lists the wordings it accepts, with a good and a bad passage', () => {
    const without = documentRules
      .filter(
        (rule) =>
          !rule.wording ||
          rule.wording.accepts.length === 0 ||
          rule.wording.accepts.some((group) => group.phrases.length === 0) ||
          !rule.wording.good ||
          !rule.wording.bad,
      )
      .map((rule) => rule.id);
    expect(without).toEqual([]);
  });

  for (const rule of documentRules.filter((r) => r.wording)) {
    it(`${rule.id}: the good passage passes and the bad one is reported`, async () => {
      const good = passageCase(rule.id, 'good', rule.wording!.good);
      const bad = passageCase(rule.id, 'bad', rule.wording!.bad);
      expect(good && bad, `a corpus with a Markdown case for ${rule.id}`).toBeTruthy();
      const goodFindings = await judgeCorpusCase(good!.corpus, good!.item);
      const badFindings = await judgeCorpusCase(bad!.corpus, bad!.item);
      expect(goodFindings.map((f) => f.message['zh-CN'])).toEqual([]);
      expect(badFindings.length).toBeGreaterThan(0);
    });
  }

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
