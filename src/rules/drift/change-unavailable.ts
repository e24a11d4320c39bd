/** drift/change-unavailable: base and head were given but git could not compare them. */
import { text } from '../../model/finding.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'drift/change-unavailable',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('无法比较变更', 'The change could not be compared'),
  help: text(
    '给出了基准与变更（`--base/--head`，或 Action 的事件），但无法用 git 算出两者的差异，漂移规则因此没有运行。常见原因是浅克隆：在 actions/checkout 中设置 `fetch-depth: 0`。',
    'A base and a head were given (`--base/--head`, or the Action event) but git could not compute the change, so the drift rules did not run. The usual cause is a shallow clone: set `fetch-depth: 0` on actions/checkout.',
  ),
  check(context) {
    return context.changeUnavailable ? [{ message: context.changeUnavailable }] : [];
  },
};

export default rule;
