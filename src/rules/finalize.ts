/**
 * Gives a rule's drafts their rule id and severity: the manifest's `rules:` setting, else the
 * draft's, else the rule's default. For a compared change, `floor` is the base manifest's
 * `rules:`: each finding keeps the stricter of the two, so a change cannot turn a rule off or
 * down for itself.
 */
import type { Finding, Severity } from '../model/finding.js';
import type { RuleSetting } from '../model/manifest.js';
import { stricterSetting } from '../gate-policy/loosening.js';
import type { Draft, RuleMeta } from './rule.js';

function settingOf(
  settings: Record<string, RuleSetting> | undefined,
  id: string,
): RuleSetting | undefined {
  return settings && Object.hasOwn(settings, id) ? settings[id] : undefined;
}

export function finalize(
  rule: RuleMeta,
  drafts: Draft[],
  settings: Record<string, RuleSetting> | undefined,
  floor?: Record<string, RuleSetting>,
): Finding[] {
  const setting = settingOf(settings, rule.id);
  const floorSetting = floor ? (settingOf(floor, rule.id) ?? 'unset') : 'off';
  if (setting === 'off' && floorSetting === 'off') return [];
  return drafts.map((draft) => {
    const own = draft.severity ?? rule.defaultSeverity;
    const head: RuleSetting = setting ?? own;
    const base: RuleSetting = floorSetting === 'unset' ? own : floorSetting;
    return { ...draft, ruleId: rule.id, severity: stricterSetting(head, base) as Severity };
  });
}
