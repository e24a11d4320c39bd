/**
 * testset/spot-checks: the latest human, keyword and classifier spot checks of generated content
 * are large enough and pass often enough (`spot_check_min_items`, `spot_check_min_pass_rate`).
 */
import { text } from '../../model/finding.js';
import type { SpotCheck, SpotCheckMethod } from '../../model/manifest.js';
import { applies } from '../support/content-safety-applies.js';
import { percentOf } from '../support/percent.js';
import { quoted as q, quotedEn as qe } from '../support/profile-values.js';
import { active, thresholdsOf } from '../support/thresholds.js';
import type { Draft, Rule } from '../rule.js';

const POINTER = '/content_safety/spot_checks';

const METHODS: Record<SpotCheckMethod, { zh: string; en: string }> = {
  human: { zh: '人工抽检', en: 'human review' },
  keyword: { zh: '关键词抽检', en: 'keyword review' },
  classifier: { zh: '分类模型抽检', en: 'classifier review' },
};

/** The latest check of each method with its index; of two on one date, the later in the list. */
function latestByMethod(checks: SpotCheck[]): Map<SpotCheckMethod, number> {
  const latest = new Map<SpotCheckMethod, number>();
  checks.forEach((check, index) => {
    const previous = latest.get(check.method);
    if (previous === undefined || checks[previous]!.date <= check.date)
      latest.set(check.method, index);
  });
  return latest;
}

const rule: Rule = {
  id: 'testset/spot-checks',
  stage: 'main',
  needs: [],
  thresholds: ['spot_check_min_items', 'spot_check_min_pass_rate'],
  defaultSeverity: 'error',
  status: 'V',
  title: text('生成内容抽检不足', 'Generated-content spot checks short'),
  help: text(
    `备案（TC260-003）要求对生成内容分别以人工、关键词、分类模型方式抽检，每种不少于 ${q('filing', 'spot_check_min_items')} 条，合格率不低于 ${q('filing', 'spot_check_min_pass_rate')}。在 \`content_safety.spot_checks\` 逐次写明抽检日期 \`date\`、方式 \`method\`（human、keyword、classifier）、抽检条数 \`items\` 与合格条数 \`passed\`；每种方式按最近一次判断。`,
    `Filing (TC260-003) requires spot checks of generated content by human, keyword and classifier review, at least ${qe('filing', 'spot_check_min_items')} items each with a pass rate of at least ${qe('filing', 'spot_check_min_pass_rate')}. List each check under \`content_safety.spot_checks\` with its \`date\`, \`method\` (human, keyword, classifier), \`items\` checked and \`passed\`; each method is judged by its latest check.`,
  ),
  check(context) {
    const thresholds = thresholdsOf(context);
    const minItems = active(thresholds.spot_check_min_items);
    const minRate = active(thresholds.spot_check_min_pass_rate);
    if (!applies(context) || (!minItems && !minRate)) return [];
    const { at } = context;
    const checks = context.manifest.content_safety?.spot_checks ?? [];
    const severity =
      minItems?.severity === 'error' || minRate?.severity === 'error' ? 'error' : 'warning';
    const drafts: Draft[] = [];
    checks.forEach((check, index) => {
      if (check.passed > check.items) {
        drafts.push({
          ...at(`${POINTER}/${index}/passed`),
          severity: 'error',
          message: text(
            `${check.date} 的${METHODS[check.method].zh}记录合格 ${check.passed} 条，多于抽检的 ${check.items} 条`,
            `The ${METHODS[check.method].en} of ${check.date} passed ${check.passed} items, more than the ${check.items} checked`,
          ),
        });
      }
    });
    const latest = latestByMethod(checks);
    for (const method of Object.keys(METHODS) as SpotCheckMethod[]) {
      const name = METHODS[method];
      const index = latest.get(method);
      if (index === undefined) {
        drafts.push({
          ...at(POINTER),
          severity,
          message: text(
            `未声明${name.zh}记录（content_safety.spot_checks 中 method: ${method}），无法确认生成内容抽检`,
            `No ${name.en} declared (content_safety.spot_checks with method: ${method}): cannot tell whether generated content is spot-checked`,
          ),
        });
        continue;
      }
      const check = checks[index]!;
      if (minItems && check.items < minItems.value) {
        drafts.push({
          ...at(`${POINTER}/${index}/items`),
          severity: minItems.severity,
          message: text(
            `${check.date} 的${name.zh}仅 ${check.items} 条，少于 ${minItems.value} 条`,
            `The ${name.en} of ${check.date} covered ${check.items} items, fewer than ${minItems.value}`,
          ),
          data: { method, items: check.items, minimum: minItems.value },
        });
      }
      const rate = check.items === 0 ? 0 : check.passed / check.items;
      if (minRate && check.passed <= check.items && rate < minRate.value) {
        drafts.push({
          ...at(`${POINTER}/${index}/passed`),
          severity: minRate.severity,
          message: text(
            `${check.date} 的${name.zh}合格 ${check.passed}/${check.items}（${percentOf(check.passed, check.items)}），低于 ${percentOf(minRate.value, 1)}`,
            `The ${name.en} of ${check.date} passed ${check.passed}/${check.items} (${percentOf(check.passed, check.items)}), below ${percentOf(minRate.value, 1)}`,
          ),
          data: { method, items: check.items, passed: check.passed, minimum: minRate.value },
        });
      }
    }
    return drafts;
  },
};

export default rule;
