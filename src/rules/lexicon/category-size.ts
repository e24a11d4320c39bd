/** lexicon/category-size: each covered risk has the profile's minimum of keywords. */
import { text } from '../../model/finding.js';
import { LEXICON_RISK_GROUPS, risksOf } from '../../data/risks.js';
import { lexiconStats } from '../support/lexicon-stats.js';
import { riskName } from '../support/risk-name.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import { LEXICON_PATH, loadedLexicon } from '../support/lexicon-evidence.js';
import type { Draft, Rule } from '../rule.js';
import { lexiconNotCounted } from '../support/not-counted.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

const rule: Rule = {
  id: 'lexicon/category-size',
  stage: 'main',
  needs: ['lexicon'],
  thresholds: ['lexicon_min_per_a1_risk', 'lexicon_min_per_a2_risk'],
  defaultSeverity: 'error',
  status: 'V',
  title: text('关键词库某类关键词过少', 'Too few keywords for a risk'),
  help: text(
    `备案（GB/T 45654-2025）要求 A.1 每类不少于 ${q('filing', 'lexicon_min_per_a1_risk')} 个关键词、A.2 每类不少于 ${q('filing', 'lexicon_min_per_a2_risk')} 个。阈值可在清单 \`thresholds:\` 中调整。`,
    `Filing (GB/T 45654-2025) asks for at least ${qe('filing', 'lexicon_min_per_a1_risk')} keywords per A.1 risk and ${qe('filing', 'lexicon_min_per_a2_risk')} per A.2 risk. Thresholds can be changed under \`thresholds:\`.`,
  ),
  check(context) {
    const thresholds = thresholdsOf(context);
    const lexicon = loadedLexicon(context);
    if (!lexicon) {
      const any =
        active(thresholds.lexicon_min_per_a1_risk) ?? active(thresholds.lexicon_min_per_a2_risk);
      return any
        ? lexiconNotCounted(
            context,
            any.severity,
            text('每类风险的关键词数量', 'the keyword count of each risk'),
          )
        : [];
    }
    const stats = lexiconStats(lexicon);
    const drafts: Draft[] = [];
    for (const risk of risksOf(LEXICON_RISK_GROUPS)) {
      const threshold = active(
        risk.group === 'A1'
          ? thresholds.lexicon_min_per_a1_risk
          : thresholds.lexicon_min_per_a2_risk,
      );
      const count = stats.perRisk.get(risk.id) ?? 0;
      // An uncovered risk is lexicon/category-coverage's finding.
      if (!threshold || count === 0 || count >= threshold.value) continue;
      const name = riskName(risk.id);
      drafts.push({
        ...context.at(LEXICON_PATH),
        severity: threshold.severity,
        message: text(
          `风险 ${name.zh} 有 ${count} 个关键词，少于 ${threshold.value} 个`,
          `Risk ${name.en} has ${count} keyword(s), fewer than ${threshold.value}`,
        ),
        data: { risk: risk.id, count, minimum: threshold.value },
      });
    }
    return drafts;
  },
};

export default rule;
