/**
 * manifest/pack-locked: the manifest (or a later pack) loosens a key a policy pack locks. The
 * locked value stays in force; the finding says so at the line that tries.
 */
import { text, type Bilingual } from '../../model/finding.js';
import { positionOf } from '../../manifest/load.js';
import type { LockedLoosening } from '../../gate-policy/packs.js';
import { packName } from '../support/pack-name.js';
import type { Draft, ManifestRule } from '../rule.js';

function shown(value: string | null): Bilingual {
  return value === null ? text('未设置', 'not set') : text(`\`${value}\``, `\`${value}\``);
}

function message(loosening: LockedLoosening): Bilingual {
  const locker = packName(loosening.lockedBy);
  const before = shown(loosening.before);
  const after = shown(loosening.after);
  const who = loosening.by
    ? text(`策略包 ${packName(loosening.by)}`, `Policy pack ${packName(loosening.by)}`)
    : text('清单', 'The manifest');
  return text(
    `${who['zh-CN']}放宽了策略包 ${locker} 锁定的 ${loosening.key}（locked: ${loosening.locked}）：策略包为 ${before['zh-CN']}，此处为 ${after['zh-CN']}。锁定的值继续生效；只能收紧，不能放宽。`,
    `${who.en} loosens ${loosening.key}, which policy pack ${locker} locks (locked: ${loosening.locked}): ${before.en} in the pack, ${after.en} here. The locked value stays in force; it may be tightened, never loosened.`,
  );
}

const rule: ManifestRule = {
  id: 'manifest/pack-locked',
  stage: 'manifest',
  needs: [],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('放宽了策略包锁定的设置', 'A setting a policy pack locks is loosened'),
  help: text(
    '策略包（policy pack）在 `locked:` 中列出的设置（如 `thresholds.<阈值名>`、`rules.drift/fine-tuning-introduced`、`signals`、`gate.fail_on`）只能收紧：更高的 `*_min_*`、更低的 `*_max_*`、更严的级别、更多的词语和信号。仓库清单或之后继承的策略包若放宽它（调低下限、调高上限或设为 null、降低或关闭规则与信号的级别、停用信号、排除路径、改写信号、放宽 `gate.fail_on`），在清单相应行报告，并且锁定的值继续生效。未锁定的设置可自由覆盖。豁免从不从策略包继承；对锁定规则的豁免仍须写明 reason、owner 与 expires。仓库清单的 `rules:` 不能关闭本规则。',
    "Settings a policy pack lists under `locked:` (such as `thresholds.<name>`, `rules.drift/fine-tuning-introduced`, `signals`, `gate.fail_on`) may only be tightened: a higher `*_min_*`, a lower `*_max_*`, a stricter severity, more phrases and signals. When the repository's manifest, or a pack extended later, loosens one (a lower minimum, a higher maximum or null, a rule or signal turned down or off, a signal disabled, a path excluded, a signal redefined, a looser `gate.fail_on`), it is reported at its line in the manifest and the locked value stays in force. Keys a pack does not lock may be overridden freely. Waivers are never inherited from a pack; a waiver of a locked rule still needs its reason, owner and expiry. The manifest's `rules:` cannot switch this rule off.",
  ),
  example: {
    file: 'compliance.yml',
    line: 12,
    column: 22,
    message: text(
      '清单放宽了策略包 acme/genai-policy@2026.12 (../policy/pack.yml) 锁定的 rules.drift/fine-tuning-introduced（locked: rules.drift/fine-tuning-introduced）：策略包为 `error`，此处为 `warning`。锁定的值继续生效；只能收紧，不能放宽。',
      'The manifest loosens rules.drift/fine-tuning-introduced, which policy pack acme/genai-policy@2026.12 (../policy/pack.yml) locks (locked: rules.drift/fine-tuning-introduced): `error` in the pack, `warning` here. The locked value stays in force; it may be tightened, never loosened.',
    ),
  },
  check(loaded, env) {
    return (env.packLocks ?? []).map((loosening): Draft => ({
      file: loaded.file,
      ...positionOf(loaded.positions, loosening.pointer),
      message: message(loosening),
      data: {
        key: loosening.key,
        locked: loosening.locked,
        pack: loosening.lockedBy.id ?? loosening.lockedBy.file,
        before: loosening.before,
        after: loosening.after,
      },
    }));
  },
};

export default rule;
