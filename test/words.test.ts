/**
 * The product's words: English texts use English punctuation, numbers and units are spaced the
 * same way everywhere (zh-CN: a space between Arabic numerals and Chinese characters, as in
 * "15 个工作日"; English: a space between a number and its unit, as in "100 MB"), the exempt path
 * is called 无需备案或登记 (豁免 is kept for waivers), and zh-CN summary lines name paths in Chinese.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATH_NAMES } from '../src/data/paths.js';
import type { Bilingual, Finding } from '../src/model/finding.js';
import { RULES } from '../src/rules/index.js';
import { labels } from '../src/i18n/labels.js';
import { formatText } from '../src/report/text.js';
import { judgeCorpusCase, ruleCorpora } from './helpers/corpus.js';
import { ruleCases, runRuleCase } from './helpers/rule-fixture.js';
import { check } from './helpers/run.js';
import { exampleRepo } from './helpers/repo.js';

/** Punctuation of Chinese text: 、。，：；！？（）【】《》「」 and the other full-width marks. */
const CJK_PUNCTUATION =
  /[\u3001\u3002\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/** What a text quotes (a Chinese name, a clause of a document, code) is not its own wording. */
function ownWords(value: string): string {
  return value.replace(/"[^"\n]*"|`[^`\n]*`|“[^”\n]*”|「[^」\n]*」|《[^》\n]*》/g, ' ');
}

/** Where English text uses Chinese punctuation of its own, with a little context. */
function cjkPunctuation(value: string): string | undefined {
  const own = ownWords(value);
  const m = CJK_PUNCTUATION.exec(own);
  return m ? own.slice(Math.max(0, m.index - 24), m.index + 8) : undefined;
}

const ZH_DIGIT = /[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff]/;
const EN_UNIT = /\d(?:MB|GB|KB|ms|days?|months?|years?|hours?|minutes?|seconds?)\b/;

function unspaced(value: string, pattern: RegExp): string | undefined {
  const own = ownWords(value);
  const m = pattern.exec(own);
  return m ? own.slice(Math.max(0, m.index - 16), m.index + 8) : undefined;
}

function ruleTexts(): { where: string; text: Bilingual }[] {
  const out: { where: string; text: Bilingual }[] = [];
  for (const rule of RULES) {
    out.push({ where: `${rule.id} title`, text: rule.title });
    out.push({ where: `${rule.id} help`, text: rule.help });
    if (rule.source) out.push({ where: `${rule.id} source`, text: rule.source });
    if (rule.example) out.push({ where: `${rule.id} example`, text: rule.example.message });
    if (rule.wording) {
      out.push({ where: `${rule.id} wording`, text: rule.wording.badWhy });
      for (const group of rule.wording.accepts)
        out.push({ where: `${rule.id} wording label`, text: group.label });
    }
  }
  return out;
}

/** The findings every rule corpus produces: the messages users actually read. */
async function corpusFindings(): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const corpus of ruleCorpora()) {
    for (const item of corpus.cases) found.push(...(await judgeCorpusCase(corpus, item)));
  }
  return found;
}

describe('words in English', () => {
  it('rule titles, help, sources, examples and wordings use no Chinese punctuation', () => {
    const offenders = ruleTexts()
      .map(({ where, text }) => ({ where, at: cjkPunctuation(text.en) }))
      .filter((o) => o.at !== undefined);
    expect(offenders).toEqual([]);
  });

  it('messages produced on the corpus and the rule fixtures use no Chinese punctuation', async () => {
    const findings = await corpusFindings();
    // Fixtures of a change need git history; their messages come from the signal pack's data.
    for (const ruleCase of ruleCases()) {
      if (ruleCase.passes || existsSync(path.join(ruleCase.dir, 'base'))) continue;
      findings.push(...(await runRuleCase(ruleCase)));
    }
    expect(findings.length).toBeGreaterThan(100);
    const offenders = findings
      .map((f) => ({ rule: f.ruleId, at: cjkPunctuation(f.message.en) }))
      .filter((o) => o.at !== undefined);
    expect(offenders).toEqual([]);
  }, 120_000);

  it('a number and its unit are spaced: "100 MB", "6 months"', () => {
    const offenders = ruleTexts()
      .map(({ where, text }) => ({ where, at: unspaced(text.en, EN_UNIT) }))
      .filter((o) => o.at !== undefined);
    expect(offenders).toEqual([]);
  });
});

describe('words in Chinese', () => {
  it('Arabic numerals are set off from Chinese characters by a space: "15 个工作日"', () => {
    const offenders = ruleTexts()
      .map(({ where, text }) => ({ where, at: unspaced(text['zh-CN'], ZH_DIGIT) }))
      .filter((o) => o.at !== undefined);
    expect(offenders).toEqual([]);
  });

  it('豁免 names waivers only: the exempt path is 无需备案或登记', () => {
    expect(PATH_NAMES.exempt['zh-CN']).toBe('无需备案或登记');
    const misnamed = ruleTexts()
      .filter(({ text }) => /豁免(?:路径|理由)|豁免的服务/.test(text['zh-CN']))
      .map(({ where }) => where);
    expect(misnamed).toEqual([]);
  });

  it('the management system speaks of 操作指引, not 运营规范', () => {
    const old = ruleTexts()
      .filter(({ text }) => text['zh-CN'].includes('运营规范'))
      .map(({ where }) => where);
    expect(old).toEqual([]);
  });

  it('the refusal limit reads 实测拒答数超过上限', () => {
    const rule = RULES.find((r) => r.id === 'evaluate/refusal-budget')!;
    expect(rule.title['zh-CN']).toBe('实测拒答数超过上限');
    expect(ruleTexts().some(({ text }) => text['zh-CN'].includes('超出预算'))).toBe(false);
  });
});

describe('summary lines', () => {
  it.each(['registration', 'filing', 'exempt'] as const)(
    'the zh-CN summary line names the %s path in Chinese',
    (declared) => {
      const out = formatText({
        lang: 'zh-CN',
        path: { declared, required: 'registration' },
        failOn: 'error',
        passed: true,
        counts: { error: 0, warning: 0, note: 0 },
        findings: [],
        suppressed: [],
      } as never);
      const line = out.split('\n').find((l) => l.startsWith(labels('zh-CN').declared))!;
      expect(line).toBe(
        `声明路径：${PATH_NAMES[declared]['zh-CN']}，应走路径：登记，失败阈值：错误`,
      );
      expect(line).not.toMatch(/registration|filing|exempt|error/);
    },
  );

  it('the text report names the paths in Chinese on the bundled example', async () => {
    const report = await check(exampleRepo('registration-app'));
    const out = formatText(report);
    expect(out).toContain('声明路径：登记，应走路径：登记');
  });
});
