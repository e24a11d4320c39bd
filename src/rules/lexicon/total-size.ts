/** lexicon/total-size: the lexicon holds the profile's minimum of distinct keywords. */
import { text } from '../../model/finding.js';
import { lexiconStats } from '../support/lexicon-stats.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import { LEXICON_PATH, loadedLexicon } from '../support/lexicon-evidence.js';
import type { Rule } from '../rule.js';
import { lexiconNotCounted } from '../support/not-counted.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

const rule: Rule = {
  id: 'lexicon/total-size',
  stage: 'main',
  needs: ['lexicon'],
  thresholds: ['lexicon_min_total'],
  defaultSeverity: 'error',
  status: 'V',
  title: text('关键词总数不足', 'Too few keywords in all'),
  help: text(
    `备案（GB/T 45654-2025）要求拦截关键词总数不少于 ${q('filing', 'lexicon_min_total')} 个（去重后）。`,
    `Filing (GB/T 45654-2025) asks for at least ${qe('filing', 'lexicon_min_total')} distinct keywords.`,
  ),
  check(context) {
    const threshold = active(thresholdsOf(context).lexicon_min_total);
    if (!threshold) return [];
    const lexicon = loadedLexicon(context);
    if (!lexicon) {
      return lexiconNotCounted(
        context,
        threshold.severity,
        text('关键词总数', 'the number of keywords'),
      );
    }
    const { distinct } = lexiconStats(lexicon);
    if (distinct >= threshold.value) return [];
    return [
      {
        ...context.at(LEXICON_PATH),
        severity: threshold.severity,
        message: text(
          `关键词库去重后共 ${distinct} 个关键词，少于 ${threshold.value} 个`,
          `The lexicon holds ${distinct} distinct keywords, fewer than ${threshold.value}`,
        ),
        data: { count: distinct, minimum: threshold.value },
      },
    ];
  },
};

export default rule;
