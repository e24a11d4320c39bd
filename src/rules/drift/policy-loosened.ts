/**
 * drift/policy-loosened: a change that loosens the gate policy in its own manifest (rules turned
 * off or down, waivers added, signals disabled, excluded or lowered, thresholds relaxed, a looser
 * `gate.fail_on`). The change is judged with the base's stricter value; the head's takes effect
 * for later changes once merged.
 */
import { text, type Bilingual } from '../../model/finding.js';
import { policyLoosenings } from '../../gate-policy/compare.js';
import type { Loosening } from '../../gate-policy/loosening.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

function shown(value: string | null): Bilingual {
  return value === null ? text('未设置', 'not set') : text(`\`${value}\``, `\`${value}\``);
}

/** A value the manifest does not write comes from its policy packs: shown at `extends:`. */
function placeOf(context: RuleContext, pointer: string): string {
  const { positions, packs } = context.loaded;
  return positions.has(pointer) || !packs || packs.length === 0 ? pointer : '/extends';
}

function loosenedDraft(context: RuleContext, loosening: Loosening): Draft {
  const before = shown(loosening.before);
  const after = shown(loosening.after);
  return {
    ...context.at(placeOf(context, loosening.pointer)),
    message: text(
      `变更放宽了清单的 ${loosening.key}：基准为 ${before['zh-CN']}，本次变更为 ${after['zh-CN']}。本次变更仍按基准中较严的设置判定；放宽须合并后才对之后的变更生效。`,
      `The change loosens ${loosening.key} in the manifest: ${before.en} on base, ${after.en} in this change. This change is judged with the base's stricter value; the looser one takes effect for later changes, once merged.`,
    ),
    data: { key: loosening.key, before: loosening.before, after: loosening.after },
  };
}

/** Without a valid base manifest there is no floor: said, not silently assumed. */
function uncompared(context: RuleContext): Draft {
  return {
    ...context.at(''),
    severity: 'note',
    message: text(
      '基准上的清单无法读取或未通过校验，无法与本次变更的门禁策略比较；本次变更按其自身清单判定。',
      "The manifest on base could not be read or did not validate, so this change's gate policy could not be compared with it; the change is judged with its own manifest.",
    ),
  };
}

const rule: Rule = {
  id: 'drift/policy-loosened',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('变更放宽了自己的门禁', 'The change loosens its own gate'),
  help: text(
    '拉取请求的作者可以修改清单，因此变更不能放宽评判它自己的门禁：与基准（合并基点）的清单相比，关闭规则或降低其级别、新增或延长豁免、`signals.disable`、放宽 `signals.exclude`、降低信号级别、删除或改写 `signals.add` 中的信号、放宽 `thresholds:`（`*_min_*` 调低、`*_max_*` 调高或设为 null），以及把 `gate.fail_on` 调宽（如 error → never），都会在清单相应行报告，并且本次变更仍按基准中较严的设置判定（包括漂移检测）。收紧总是允许的。放宽在合并后才对之后的变更生效；请让代码所有者（CODEOWNERS）评审清单的修改。在本次变更中新增的豁免（包括对本规则的豁免）不生效。工作流中的 `--fail-on` 或 Action 输入 `fail-on` 不受清单影响。',
    "The author of a pull request controls the manifest, so a change cannot loosen the gate that judges it. Compared with the manifest at the merge base, turning a rule off or down, adding or extending a waiver, `signals.disable`, a wider `signals.exclude`, a lower signal severity, removing or redefining a signal under `signals.add`, looser `thresholds:` (a `*_min_*` lowered, a `*_max_*` raised, or null) and a looser `gate.fail_on` (such as error → never) are each reported at their line in the manifest, and this change is still judged with the base's stricter value (drift detection included). Tightening is always allowed. A loosening takes effect for later changes once merged; have code owners (CODEOWNERS) review manifest changes. Waivers added in the same change (including waivers of this rule) do not count. The workflow's `--fail-on` or the Action input `fail-on` is not affected by the manifest.",
  ),
  example: {
    file: 'compliance.yml',
    line: 58,
    column: 33,
    message: text(
      '变更放宽了清单的 rules.drift/fine-tuning-introduced：基准为 `error`，本次变更为 `off`。本次变更仍按基准中较严的设置判定；放宽须合并后才对之后的变更生效。',
      "The change loosens rules.drift/fine-tuning-introduced in the manifest: `error` on base, `off` in this change. This change is judged with the base's stricter value; the looser one takes effect for later changes, once merged.",
    ),
  },
  check(context) {
    const base = context.baseManifest;
    const head = context.loaded.manifest;
    if (!context.change || !base || !head) return [];
    if (base.state === 'invalid' || base.state === 'unreadable') return [uncompared(context)];
    if (base.state !== 'valid' || !base.manifest) return [];
    const loosenings = policyLoosenings({
      base: base.manifest,
      head,
      headWaivers: context.loaded.waivers,
      ruleDefault: (id) => context.ruleDefault?.(id),
      signalDefault: (id) => context.signals?.byId.get(id)?.defaultSeverity,
      profile: context.profile.thresholds,
    });
    return loosenings.map((loosening) => loosenedDraft(context, loosening));
  },
};

export default rule;
