/** `rules:`, `gate.fail_on` and `waivers:` of the base and head manifests compared. */
import type { FailOn } from '../model/finding.js';
import type { Manifest, RuleSetting, Waiver } from '../model/manifest.js';
import {
  looserFailOn,
  looserSetting,
  ownValue,
  pointerOf,
  type DefaultSeverity,
  type Loosening,
} from './loosening.js';

/** A rule turned off or given a lower severity than on base (unset: the rule's default). */
export function ruleLoosenings(
  base: Pick<Manifest, 'rules'>,
  head: Pick<Manifest, 'rules'>,
  ruleDefault: DefaultSeverity,
): Loosening[] {
  const ids = new Set([...Object.keys(base.rules ?? {}), ...Object.keys(head.rules ?? {})]);
  const found: Loosening[] = [];
  for (const id of ids) {
    const written = ownValue(head.rules, id);
    const before: RuleSetting | undefined = ownValue(base.rules, id) ?? ruleDefault(id);
    const after: RuleSetting | undefined = written ?? ruleDefault(id);
    if (!before || !after || !looserSetting(after, before)) continue;
    found.push({
      pointer: written ? pointerOf('rules', id) : pointerOf('rules'),
      key: `rules.${id}`,
      before,
      after,
    });
  }
  return found;
}

/** The part of a manifest `gate.fail_on` is compared on. */
export interface FailOnSetting {
  gate: Pick<Manifest['gate'], 'fail_on'>;
}

export function failOnLoosening(base: FailOnSetting, head: FailOnSetting): Loosening[] {
  const before = base.gate.fail_on;
  const after = head.gate.fail_on;
  if (!looserFailOn(after, before)) return [];
  return [{ pointer: pointerOf('gate', 'fail_on'), key: 'gate.fail_on', before, after }];
}

export function stricterFailOn(base: Manifest, head: Manifest): FailOn {
  return looserFailOn(head.gate.fail_on, base.gate.fail_on) ? base.gate.fail_on : head.gate.fail_on;
}

function sameFiles(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = [...new Set(a ?? [])].sort();
  const right = [...new Set(b ?? [])].sort();
  return left.length === right.length && left.every((file, i) => file === right[i]);
}

/**
 * A head waiver counts only when base already had it: same rule, same files, expiring no later.
 * Reason and owner do not widen what a waiver covers, so editing them keeps it.
 */
export function keptFromBase(waiver: Waiver, baseWaivers: readonly Waiver[]): boolean {
  return baseWaivers.some(
    (b) =>
      b.rule === waiver.rule && sameFiles(b.files, waiver.files) && b.expires >= waiver.expires,
  );
}

function waiverText(waiver: Waiver): string {
  const files = waiver.files && waiver.files.length > 0 ? ` [${waiver.files.join(', ')}]` : '';
  return `${waiver.rule}${files} → ${waiver.expires}`;
}

export function waiverLoosenings(
  base: Manifest,
  headWaivers: readonly { index: number; waiver: Waiver }[],
): Loosening[] {
  return headWaivers
    .filter(({ waiver }) => !keptFromBase(waiver, base.waivers))
    .map(({ index, waiver }) => {
      const onBase = base.waivers.find((b) => b.rule === waiver.rule);
      return {
        pointer: pointerOf('waivers', index, 'rule'),
        key: `waivers[${index}]`,
        before: onBase ? waiverText(onBase) : null,
        after: waiverText(waiver),
      };
    });
}
