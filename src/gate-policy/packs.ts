/**
 * A manifest with its policy packs applied: the packs merge in order, then the repository's
 * manifest. A key a pack locks may be tightened by what comes after it, never loosened: each
 * loosening of a locked key is returned, and the locked value stays in force. Looser is judged
 * as for a change's own manifest (thresholds, severities, signals, `gate.fail_on`). Pure.
 */
import type { FailOn, Severity } from '../model/finding.js';
import type { Manifest, RuleSetting, SignalSpec, ThresholdKey } from '../model/manifest.js';
import type { PackSettings, PolicyPackRef } from '../model/pack.js';
import { profileFor } from '../data/profiles.js';
import type { Thresholds } from '../data/profiles.js';
import { SCHEMA_DEFAULTS } from '../generated/schema-facts.js';
import { mergeSettings } from '../manifest/merge-settings.js';
import type { LoadedPack } from '../manifest/packs.js';
import { ownValue, type DefaultSeverity, type Loosening } from './loosening.js';
import { failOnLoosening, ruleLoosenings, type FailOnSetting } from './rules-and-gate.js';
import { signalLoosenings } from './signals.js';
import { thresholdLoosenings } from './thresholds.js';

const DEFAULT_FAIL_ON = SCHEMA_DEFAULTS['gate.fail_on'] as FailOn;

export interface LockedLoosening extends Loosening {
  /** The locked key it breaks, as the pack writes it under `locked:`. */
  locked: string;
  lockedBy: PolicyPackRef;
  /** The later pack that loosens it; absent when the repository's manifest does. */
  by?: PolicyPackRef;
}

export interface PackDefaults {
  ruleDefault: DefaultSeverity;
  signalDefault: DefaultSeverity;
}

export interface PackedManifest {
  manifest: Manifest;
  loosenings: LockedLoosening[];
}

interface Lock {
  key: string;
  pack: PolicyPackRef;
}

const LIST_POINTER = /^\/signals\/(disable|exclude)\/(\d+)$/;
const ADD_POINTER = /^\/signals\/add\/(\d+)$/;

function failOnOf(settings: PackSettings): FailOnSetting {
  return { gate: { fail_on: settings.gate?.fail_on ?? DEFAULT_FAIL_ON } };
}

function loosenings(
  lower: PackSettings,
  upper: PackSettings,
  defaults: PackDefaults,
  profile: Thresholds,
): Loosening[] {
  return [
    ...failOnLoosening(failOnOf(lower), failOnOf(upper)),
    ...ruleLoosenings(lower, upper, defaults.ruleDefault),
    ...thresholdLoosenings(lower.thresholds, upper.thresholds, profile),
    ...signalLoosenings(lower.signals, upper.signals, defaults.signalDefault),
  ];
}

function listed(settings: PackSettings, pointer: string): string | undefined {
  const match = LIST_POINTER.exec(pointer);
  if (!match) return undefined;
  return settings.signals?.[match[1] as 'disable' | 'exclude']?.[Number(match[2])];
}

function addedAt(settings: PackSettings, pointer: string): SignalSpec | undefined {
  const match = ADD_POINTER.exec(pointer);
  return match ? settings.signals?.add?.[Number(match[1])] : undefined;
}

/** The keys a loosening touches: `signals.disable` is also `signals.disable.<id>`. */
function keysOf(loosening: Loosening, merged: PackSettings): string[] {
  const value = listed(merged, loosening.pointer);
  return value === undefined ? [loosening.key] : [loosening.key, `${loosening.key}.${value}`];
}

function lockOf(locks: readonly Lock[], keys: readonly string[]): Lock | undefined {
  return locks.find((lock) =>
    keys.some(
      (key) => key === lock.key || key.startsWith(`${lock.key}.`) || key.startsWith(`${lock.key}[`),
    ),
  );
}

/** A pointer into the merged settings, as a pointer into the manifest that wrote the value. */
function writtenPointer(pointer: string, merged: PackSettings, written: PackSettings): string {
  const spec = addedAt(merged, pointer);
  if (spec) {
    const index = written.signals?.add?.findIndex((s) => s.id === spec.id) ?? -1;
    return index < 0 ? '/signals/add' : `/signals/add/${index}`;
  }
  const value = listed(merged, pointer);
  const list = LIST_POINTER.exec(pointer)?.[1] as 'disable' | 'exclude' | undefined;
  if (value !== undefined && list) {
    const index = written.signals?.[list]?.indexOf(value) ?? -1;
    return index < 0 ? `/signals/${list}` : `/signals/${list}/${index}`;
  }
  return pointer;
}

/** `merged` with the lower layer's value back wherever it loosens a locked key. */
function enforce(merged: PackSettings, lower: PackSettings, broken: readonly Loosening[]) {
  if (broken.length === 0) return merged;
  const gate = { ...merged.gate };
  const rules: Record<string, RuleSetting> = { ...merged.rules };
  const thresholds: Record<string, number | null> = { ...merged.thresholds };
  const add = [...(merged.signals?.add ?? [])];
  const severity: Record<string, Severity> = { ...merged.signals?.severity };
  const dropped = new Set<string>();
  for (const loosening of broken) {
    const { key, before, pointer } = loosening;
    if (key === 'gate.fail_on') gate.fail_on = lower.gate?.fail_on ?? DEFAULT_FAIL_ON;
    else if (key.startsWith('rules.')) rules[key.slice('rules.'.length)] = before as RuleSetting;
    else if (key.startsWith('thresholds.')) {
      const name = key.slice('thresholds.'.length) as ThresholdKey;
      const kept = ownValue(lower.thresholds as Record<string, number | null> | undefined, name);
      if (kept === undefined) delete thresholds[name];
      else thresholds[name] = kept;
    } else if (key.startsWith('signals.severity.')) {
      severity[key.slice('signals.severity.'.length)] = before as Severity;
    } else if (key.startsWith('signals.add[')) {
      const index = Number(ADD_POINTER.exec(pointer)?.[1] ?? -1);
      const kept = lower.signals?.add?.find((s) => s.id === add[index]?.id);
      if (kept) add[index] = kept;
    } else if (LIST_POINTER.test(pointer)) dropped.add(pointer);
  }
  const signals = merged.signals ? { ...merged.signals } : undefined;
  if (signals) {
    if (signals.add) signals.add = add;
    if (signals.severity) signals.severity = severity;
    for (const list of ['disable', 'exclude'] as const) {
      const values = signals[list];
      if (values) signals[list] = values.filter((_, i) => !dropped.has(`/signals/${list}/${i}`));
    }
  }
  return {
    ...merged,
    ...(merged.gate ? { gate } : {}),
    ...(merged.rules ? { rules } : {}),
    ...(merged.thresholds ? { thresholds } : {}),
    ...(signals ? { signals } : {}),
  };
}

function sectionsOf(manifest: Manifest, writtenGate: PackSettings['gate']): PackSettings {
  const settings: PackSettings = {};
  if (writtenGate) settings.gate = writtenGate;
  if (manifest.rules) settings.rules = manifest.rules;
  if (manifest.thresholds) settings.thresholds = manifest.thresholds;
  if (manifest.phrases) settings.phrases = manifest.phrases;
  if (manifest.signals) settings.signals = manifest.signals;
  return settings;
}

/**
 * `manifest` (validated, schema defaults applied) over its packs. `writtenGate` is the `gate:`
 * section as the manifest writes it, without defaults, so that a pack's `gate:` shows through.
 */
export function withPacks(
  manifest: Manifest,
  writtenGate: PackSettings['gate'],
  packs: readonly LoadedPack[],
  defaults: PackDefaults,
): PackedManifest {
  const profile = profileFor(manifest.path).thresholds;
  const locks: Lock[] = [];
  const found: LockedLoosening[] = [];
  let settings: PackSettings = {};
  const apply = (upper: PackSettings, pack?: LoadedPack) => {
    const merged = mergeSettings(settings, upper);
    const broken: Loosening[] = [];
    for (const loosening of loosenings(settings, merged, defaults, profile)) {
      const lock = lockOf(locks, keysOf(loosening, merged));
      if (!lock) continue;
      broken.push(loosening);
      found.push({
        ...loosening,
        pointer: pack ? pack.via : writtenPointer(loosening.pointer, merged, upper),
        locked: lock.key,
        lockedBy: lock.pack,
        ...(pack ? { by: pack.ref } : {}),
      });
    }
    settings = enforce(merged, settings, broken);
  };
  for (const pack of packs) {
    apply(pack.settings, pack);
    locks.push(...pack.locked.map((key) => ({ key, pack: pack.ref })));
  }
  apply(sectionsOf(manifest, writtenGate));
  const packed: Manifest = { ...manifest, gate: { ...manifest.gate, ...settings.gate } };
  for (const section of ['rules', 'thresholds', 'phrases', 'signals'] as const) {
    if (settings[section] === undefined) delete packed[section];
    else Object.assign(packed, { [section]: settings[section] });
  }
  return { manifest: packed, loosenings: found };
}
