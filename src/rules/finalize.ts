/** Gives a rule's drafts their rule id and severity: the manifest's `rules:` setting, else the draft's, else the rule's default. */
import type { Finding } from '../finding.js';
import type { RuleSetting } from '../manifest/types.js';
import type { Draft, RuleMeta } from './rule.js';

export function finalize(
  rule: RuleMeta,
  drafts: Draft[],
  settings: Record<string, RuleSetting> | undefined,
): Finding[] {
  const setting = settings?.[rule.id];
  if (setting === 'off') return [];
  return drafts.map((draft) => ({
    ...draft,
    ruleId: rule.id,
    severity: setting ?? draft.severity ?? rule.defaultSeverity,
  }));
}
