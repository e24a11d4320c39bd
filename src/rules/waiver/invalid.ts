/** waiver/invalid: every waiver is complete and names a real rule that may be waived. */
import { text } from '../../model/finding.js';
import { manifestPlace } from '../support/manifest-place.js';
import { describeSchemaProblem } from '../support/schema-problem-text.js';
import { waiverStatus } from '../support/waiver-status.js';
import type { Draft, ManifestRule } from '../rule.js';

const rule: ManifestRule = {
  id: 'waiver/invalid',
  stage: 'manifest',
  needs: [],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('豁免无效', 'Invalid waiver'),
  help: text(
    '每条豁免须包含 `rule`（目录中存在的规则 ID）、`reason`、`owner` 和 `expires`（YYYY-MM-DD）。无效的豁免不生效。`manifest/*` 与 `waiver/*` 规则不可豁免。`files` 中的通配符经花括号展开后不得超过 256 个模式。',
    'Every waiver needs `rule` (a rule id from the catalogue), `reason`, `owner` and `expires` (YYYY-MM-DD). An invalid waiver has no effect. `manifest/*` and `waiver/*` rules cannot be waived. A glob under `files` may expand to 256 patterns at most through its braces.',
  ),
  example: {
    file: 'compliance.yml',
    line: 41,
    column: 5,
    message: text(
      '第 2 条豁免无效：规则 lexicon/size 不存在',
      'Waiver 2 is invalid: rule lexicon/size does not exist',
    ),
  },
  check(loaded, { today, ruleIds }) {
    const drafts: Draft[] = loaded.invalidWaivers.map(({ index, problems }) => {
      const details = problems.map((p) => describeSchemaProblem(p).message);
      return {
        ...manifestPlace(loaded, `/waivers/${index}`),
        message: text(
          `第 ${index + 1} 条豁免无效：${details.map((d) => d['zh-CN']).join('；')}`,
          `Waiver ${index + 1} is invalid: ${details.map((d) => d.en).join('; ')}`,
        ),
      };
    });
    for (const { index, waiver } of loaded.waivers) {
      const status = waiverStatus(waiver, today, ruleIds);
      if (status.state !== 'invalid') continue;
      drafts.push({
        ...manifestPlace(loaded, `/waivers/${index}/${status.field ?? 'rule'}`),
        message: text(
          `第 ${index + 1} 条豁免无效：${status.why['zh-CN']}`,
          `Waiver ${index + 1} is invalid: ${status.why.en}`,
        ),
      });
    }
    return drafts;
  },
};

export default rule;
