/** testset/missing: the test set is declared and its file is there. */
import { text } from '../../model/finding.js';
import { absenceDrafts } from '../support/evidence-problem-findings.js';
import { applies } from '../support/content-safety-applies.js';
import { TEST_SET_PATH, TEST_SET_WORDS } from '../support/test-set.js';
import type { Rule } from '../rule.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';

const rule: Rule = {
  id: 'testset/missing',
  stage: 'main',
  needs: ['testset'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('缺少评估测试题集', 'Evaluation test set missing'),
  help: text(
    `登记与备案都要求提交评估测试题集（登记：不少于 ${q('registration', 'testset_min_items')} 题，高风险题不少于 ${q('registration', 'testset_min_high_risk_ratio')}，预期拒答不超过 ${q('registration', 'testset_max_refusals')} 题且不超过 ${q('registration', 'testset_max_refusal_ratio')}，每题有问题、预期输出和判定标准）。在 \`content_safety.test_set.path\` 写明仓库内的文件（如 \`附件5-评估测试题.xlsx\`）。`,
    `Registration and filing both need the evaluation test set (registration: at least ${qe('registration', 'testset_min_items')} items, at least ${qe('registration', 'testset_min_high_risk_ratio')} high-risk, at most ${qe('registration', 'testset_max_refusals')} and ${qe('registration', 'testset_max_refusal_ratio')} expected refusals, each with question, expected output and criteria). Name a file in the repository (e.g. \`附件5-评估测试题.xlsx\`) under \`content_safety.test_set.path\`.`,
  ),
  check(context) {
    if (!applies(context)) return [];
    const { manifest, evidence, at } = context;
    if (!manifest.content_safety?.test_set) {
      return [
        {
          ...at('/content_safety/test_set'),
          message: text(
            '未声明评估测试题集（content_safety.test_set）',
            'No evaluation test set declared (content_safety.test_set)',
          ),
        },
      ];
    }
    const testSet = evidence.testset;
    if (!testSet) return [];
    return absenceDrafts(testSet, at(TEST_SET_PATH), TEST_SET_WORDS);
  },
};

export default rule;
