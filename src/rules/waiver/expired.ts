/** waiver/expired: no waiver has passed its `expires` date. */
import { text } from '../../model/finding.js';
import { manifestPlace } from '../support/manifest-place.js';
import { waiverStatus } from '../support/waiver-status.js';
import type { Draft, ManifestRule } from '../rule.js';

const rule: ManifestRule = {
  id: 'waiver/expired',
  stage: 'manifest',
  needs: [],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('豁免已过期', 'Waiver expired'),
  help: text(
    '过期的豁免不再生效，并使门禁失败，以免临时例外变成永久例外。解决被豁免的问题后删除该豁免，或在负责人确认后延长 `expires`。',
    'An expired waiver no longer applies and fails the gate, so a temporary exception cannot become permanent. Fix what it waived and delete it, or have its owner extend `expires`.',
  ),
  example: {
    file: 'compliance.yml',
    line: 40,
    column: 5,
    message: text(
      '对 materials/credit-code 的豁免已于 2026-01-31 过期（负责人：法务 李安全）',
      'The waiver of materials/credit-code expired on 2026-01-31 (owner: 法务 李安全)',
    ),
  },
  check(loaded, { today, ruleIds }) {
    return loaded.waivers.flatMap(({ index, waiver }): Draft[] => {
      if (waiverStatus(waiver, today, ruleIds).state !== 'expired') return [];
      return [
        {
          ...manifestPlace(loaded, `/waivers/${index}/expires`),
          message: text(
            `对 ${waiver.rule} 的豁免已于 ${waiver.expires} 过期（负责人：${waiver.owner}）`,
            `The waiver of ${waiver.rule} expired on ${waiver.expires} (owner: ${waiver.owner})`,
          ),
        },
      ];
    });
  },
};

export default rule;
