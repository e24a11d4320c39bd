/** drift/path-downgrade: the change lowers the declared path (filing → registration → exempt). */
import { text } from '../../model/finding.js';
import { PATH_NAMES, PATH_ORDER } from '../../data/paths.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'drift/path-downgrade',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('变更降低了申报路径', 'The change downgrades the declared path'),
  help: text(
    '把 `path` 从备案改为登记（或从备案、登记改为无需备案）会让门禁放宽要求。只有在产品确实不再微调、自部署或自研模型时才可这样做；请在评审中确认。本规则的豁免只有在基准分支上已经存在时才生效（同一变更中新增的豁免不算），因此先单独合并一个带负责人与到期日的豁免，再合并降级。',
    'Changing `path` from filing to registration (or from filing or registration to exempt) relaxes what the gate requires. Do it only when the product really no longer fine-tunes, self-hosts or develops its model; have it reviewed. A waiver for this rule counts only once it is on the base branch (one added in the same change does not), so merge a waiver with an owner and an expiry first, then the downgrade.',
  ),
  check(context) {
    const before = context.baseManifest?.manifest?.path ?? context.baseManifest?.path;
    const after = context.manifest.path;
    if (!context.change || !before || PATH_ORDER[after] >= PATH_ORDER[before]) return [];
    return [
      {
        ...context.at('/path'),
        message: text(
          `申报路径由${PATH_NAMES[before]['zh-CN']}（${before}）降为${PATH_NAMES[after]['zh-CN']}（${after}）`,
          `The declared path goes down from ${PATH_NAMES[before].en} (${before}) to ${PATH_NAMES[after].en} (${after})`,
        ),
        data: { before, after },
      },
    ];
  },
};

export default rule;
