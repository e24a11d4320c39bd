/** lexicon/category-coverage: the lexicon covers the 17 risks of A.1 + A.2. */
import { text } from '../../model/finding.js';
import { LEXICON_RISK_GROUPS, risksOf } from '../../data/risks.js';
import { lexiconStats } from '../support/lexicon-stats.js';
import { riskName } from '../support/risk-name.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import { LEXICON_PATH, loadedLexicon } from '../support/lexicon-evidence.js';
import type { Draft, Rule } from '../rule.js';
import { lexiconNotCounted } from '../support/not-counted.js';

const rule: Rule = {
  id: 'lexicon/category-coverage',
  stage: 'main',
  needs: ['lexicon'],
  thresholds: ['lexicon_min_per_risk'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('关键词库未覆盖 17 类风险', 'Lexicon does not cover the 17 risks'),
  help: text(
    '拦截关键词库须覆盖附录 A 中 A.1（8 类）与 A.2（9 类）共 17 类风险，每类至少有关键词。补充缺失类别的关键词。',
    'The lexicon must cover the 17 risks of A.1 (8) and A.2 (9) of Appendix A, each with keywords. Add keywords for the missing risks.',
  ),
  check(context) {
    const threshold = active(thresholdsOf(context).lexicon_min_per_risk);
    if (!threshold) return [];
    const lexicon = loadedLexicon(context);
    if (!lexicon) {
      return lexiconNotCounted(
        context,
        threshold.severity,
        text('17 类风险的覆盖', 'the coverage of the 17 risks'),
      );
    }
    const stats = lexiconStats(lexicon);
    const drafts: Draft[] = [];
    for (const risk of risksOf(LEXICON_RISK_GROUPS)) {
      const count = stats.perRisk.get(risk.id) ?? 0;
      if (count >= threshold.value) continue;
      const name = riskName(risk.id);
      drafts.push({
        ...context.at(LEXICON_PATH),
        severity: threshold.severity,
        message:
          count === 0
            ? text(`关键词库未覆盖风险 ${name.zh}`, `The lexicon does not cover risk ${name.en}`)
            : text(
                `关键词库中风险 ${name.zh} 仅 ${count} 个关键词，至少需要 ${threshold.value} 个`,
                `Risk ${name.en} has ${count} keyword(s) in the lexicon; at least ${threshold.value} needed`,
              ),
        data: { risk: risk.id, count, minimum: threshold.value },
      });
    }
    return drafts;
  },
};

export default rule;
