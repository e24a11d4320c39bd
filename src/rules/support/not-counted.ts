/**
 * The finding of a count rule that cannot count: the lexicon or test set was declared but gave
 * nothing to count (absent, unreadable, an unknown shape, every row dropped). Failing closed: a
 * count is never skipped in silence.
 */
import { text, type Bilingual } from '../../model/finding.js';
import type { Draft, RuleContext } from '../rule.js';
import { applies } from './content-safety-applies.js';
import { LEXICON_PATH } from './lexicon-evidence.js';
import { TEST_SET_PATH } from './test-set.js';

/** `check` names what the rule would have counted. */
export function lexiconNotCounted(
  context: RuleContext,
  severity: 'error' | 'warning',
  check: Bilingual,
): Draft[] {
  const lexicon = context.evidence.lexicon;
  if (!applies(context) || !lexicon || lexicon.size > 0) return [];
  return [
    {
      ...context.at(LEXICON_PATH),
      severity,
      message: text(
        `无法检查${check['zh-CN']}：关键词库 ${lexicon.path} 没有读到任何关键词（原因见 lexicon/missing 或 lexicon/parse 的发现）`,
        `Cannot check ${check.en}: no keyword was read from the lexicon ${lexicon.path} (the lexicon/missing or lexicon/parse findings say why)`,
      ),
      data: { count: 0 },
    },
  ];
}

export function testSetNotCounted(
  context: RuleContext,
  severity: 'error' | 'warning',
  check: Bilingual,
): Draft[] {
  const testSet = context.evidence.testset;
  if (!applies(context) || !testSet || testSet.items.length > 0) return [];
  return [
    {
      ...context.at(TEST_SET_PATH),
      severity,
      message: text(
        `无法检查${check['zh-CN']}：测试题集 ${testSet.path} 没有读到任何测试题（原因见 testset/missing 或 testset/parse 的发现）`,
        `Cannot check ${check.en}: no test item was read from the test set ${testSet.path} (the testset/missing or testset/parse findings say why)`,
      ),
      data: { count: 0 },
    },
  ];
}
