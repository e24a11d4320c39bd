/** lexicon/missing: the interception keyword lexicon (拦截关键词库) is declared and there. */
import { text } from '../../model/finding.js';
import { absenceDrafts } from '../support/evidence-problem-findings.js';
import { applies } from '../support/content-safety-applies.js';
import { LEXICON_PATH, LEXICON_WHAT } from '../support/lexicon-evidence.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'lexicon/missing',
  stage: 'main',
  needs: ['lexicon'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('缺少拦截关键词库', 'Keyword lexicon missing'),
  help: text(
    '登记与备案都要求提交拦截关键词库（覆盖 A.1、A.2 共 17 类风险，并有动态更新机制）。在 `content_safety.lexicon.path` 写明仓库内的文件（如 `附件4-拦截关键词列表.xlsx`）或按类别分文件的 TXT 文件夹。',
    'Registration and filing both need the interception keyword lexicon (covering the 17 risks of A.1 and A.2, with an update mechanism). Name a file in the repository (e.g. `附件4-拦截关键词列表.xlsx`) or a folder of per-category TXT files under `content_safety.lexicon.path`.',
  ),
  check(context) {
    if (!applies(context)) return [];
    const { manifest, evidence, at } = context;
    if (!manifest.content_safety?.lexicon) {
      return [
        {
          ...at('/content_safety/lexicon'),
          message: text(
            '未声明拦截关键词库（content_safety.lexicon）',
            'No interception keyword lexicon declared (content_safety.lexicon)',
          ),
        },
      ];
    }
    const lexicon = evidence.lexicon;
    if (!lexicon) return [];
    return absenceDrafts(lexicon, at(LEXICON_PATH), LEXICON_WHAT);
  },
};

export default rule;
