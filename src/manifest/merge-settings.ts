/**
 * Merges gate settings, a lower layer (a pack) under an upper one (a later pack, then the
 * repository's manifest). `gate`, `rules`, `thresholds` and `signals.severity` merge by key, the
 * upper winning; phrases and `signals.disable`/`exclude` are lists the upper one adds to; a signal
 * in `signals.add` replaces the lower one of the same id, in its place. Pure.
 */
import type { ManifestSignals, SignalSpec } from '../model/manifest.js';
import type { PackSettings } from '../model/pack.js';

function byKey<T extends object>(lower: T | undefined, upper: T | undefined): T | undefined {
  if (lower === undefined) return upper;
  if (upper === undefined) return lower;
  return { ...lower, ...upper };
}

function union(lower: string[] | undefined, upper: string[] | undefined): string[] | undefined {
  if (lower === undefined) return upper;
  if (upper === undefined) return lower;
  return [...new Set([...lower, ...upper])];
}

function mergedPhrases(
  lower: PackSettings['phrases'],
  upper: PackSettings['phrases'],
): PackSettings['phrases'] {
  if (lower === undefined) return upper;
  if (upper === undefined) return lower;
  const merged: Record<string, string[] | undefined> = { ...lower };
  for (const [key, list] of Object.entries(upper)) {
    merged[key] = union(merged[key], list);
  }
  return merged as PackSettings['phrases'];
}

function mergedAdd(
  lower: SignalSpec[] | undefined,
  upper: SignalSpec[] | undefined,
): SignalSpec[] | undefined {
  if (lower === undefined) return upper;
  if (upper === undefined) return lower;
  const replaced = lower.map((spec) => upper.find((s) => s.id === spec.id) ?? spec);
  return [...replaced, ...upper.filter((spec) => !lower.some((s) => s.id === spec.id))];
}

function mergedSignals(
  lower: ManifestSignals | undefined,
  upper: ManifestSignals | undefined,
): ManifestSignals | undefined {
  if (lower === undefined) return upper;
  if (upper === undefined) return lower;
  const merged: ManifestSignals = {};
  const add = mergedAdd(lower.add, upper.add);
  const disable = union(lower.disable, upper.disable);
  const exclude = union(lower.exclude, upper.exclude);
  const severity = byKey(lower.severity, upper.severity);
  if (add) merged.add = add;
  if (disable) merged.disable = disable;
  if (exclude) merged.exclude = exclude;
  if (severity) merged.severity = severity;
  return merged;
}

export function mergeSettings(lower: PackSettings, upper: PackSettings): PackSettings {
  const merged: PackSettings = {};
  const gate = byKey(lower.gate, upper.gate);
  const rules = byKey(lower.rules, upper.rules);
  const thresholds = byKey(lower.thresholds, upper.thresholds);
  const phrases = mergedPhrases(lower.phrases, upper.phrases);
  const signals = mergedSignals(lower.signals, upper.signals);
  if (gate) merged.gate = gate;
  if (rules) merged.rules = rules;
  if (thresholds) merged.thresholds = thresholds;
  if (phrases) merged.phrases = phrases;
  if (signals) merged.signals = signals;
  return merged;
}
