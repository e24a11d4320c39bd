/**
 * `signals:` of the base and head manifests compared: signals disabled, paths excluded, severities
 * lowered, user signals removed or redefined. The governing settings keep the base's wherever the
 * head's are looser; what the head adds or tightens stays.
 */
import type { Severity } from '../model/finding.js';
import type { ManifestSignals, SignalSpec } from '../model/manifest.js';
import {
  listText,
  looserSetting,
  ownValue,
  pointerOf,
  stricterSetting,
  type DefaultSeverity,
  type Loosening,
} from './loosening.js';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function specText(spec: SignalSpec): string {
  return `${spec.id} (${spec.kind} ${spec.pattern} → ${spec.rule}, ${spec.severity ?? 'error'})`;
}

function severityOf(
  settings: ManifestSignals | undefined,
  id: string,
  builtIn: DefaultSeverity,
): Severity | undefined {
  const user = settings?.add?.find((s) => s.id === id);
  return ownValue(settings?.severity, id) ?? (user ? (user.severity ?? 'error') : builtIn(id));
}

function addedLoosenings(base: ManifestSignals, head: ManifestSignals): Loosening[] {
  const headAdd = head.add ?? [];
  return (base.add ?? []).flatMap((spec): Loosening[] => {
    const index = headAdd.findIndex((s) => s.id === spec.id);
    if (index < 0) {
      return [
        {
          pointer: pointerOf('signals', 'add'),
          key: 'signals.add',
          before: specText(spec),
          after: null,
        },
      ];
    }
    const now = headAdd[index]!;
    if (canonical(now) === canonical(spec)) return [];
    // A redefined pattern may match less; that cannot be judged, so the base's definition governs.
    return [
      {
        pointer: pointerOf('signals', 'add', index),
        key: `signals.add[${index}]`,
        before: specText(spec),
        after: specText(now),
      },
    ];
  });
}

function listLoosenings(
  field: 'disable' | 'exclude',
  base: ManifestSignals,
  head: ManifestSignals,
  builtIn: DefaultSeverity,
): Loosening[] {
  const onBase = new Set(base[field] ?? []);
  // Disabling a signal base does not know (one the change itself adds) loosens nothing.
  const knownOnBase = (value: string) =>
    field === 'exclude' || severityOf(base, value, builtIn) !== undefined;
  return (head[field] ?? []).flatMap((value, index): Loosening[] =>
    onBase.has(value) || !knownOnBase(value)
      ? []
      : [
          {
            pointer: pointerOf('signals', field, index),
            key: `signals.${field}`,
            before: listText(base[field]),
            after: listText(head[field]),
          },
        ],
  );
}

function severityLoosenings(
  base: ManifestSignals,
  head: ManifestSignals,
  builtIn: DefaultSeverity,
): Loosening[] {
  const ids = new Set([...Object.keys(base.severity ?? {}), ...Object.keys(head.severity ?? {})]);
  const found: Loosening[] = [];
  for (const id of ids) {
    const before = severityOf(base, id, builtIn);
    const after = severityOf(head, id, builtIn);
    if (!before || !after || !looserSetting(after, before)) continue;
    const written = ownValue(head.severity, id) !== undefined;
    found.push({
      pointer: written ? pointerOf('signals', 'severity', id) : pointerOf('signals', 'severity'),
      key: `signals.severity.${id}`,
      before,
      after,
    });
  }
  return found;
}

export function signalLoosenings(
  base: ManifestSignals | undefined,
  head: ManifestSignals | undefined,
  builtIn: DefaultSeverity,
): Loosening[] {
  const b = base ?? {};
  const h = head ?? {};
  return [
    ...addedLoosenings(b, h),
    ...listLoosenings('disable', b, h, builtIn),
    ...listLoosenings('exclude', b, h, builtIn),
    ...severityLoosenings(b, h, builtIn),
  ];
}

/** The signal settings a compared change is judged with; undefined when the head's are no looser. */
export function governingSignals(
  base: ManifestSignals | undefined,
  head: ManifestSignals | undefined,
  builtIn: DefaultSeverity,
): ManifestSignals | undefined {
  if (signalLoosenings(base, head, builtIn).length === 0) return undefined;
  const b = base ?? {};
  const h = head ?? {};
  const baseAdd = b.add ?? [];
  const headAdd = h.add ?? [];
  const add = [
    ...headAdd.map((spec) => baseAdd.find((s) => s.id === spec.id) ?? spec),
    ...baseAdd.filter((spec) => !headAdd.some((s) => s.id === spec.id)),
  ];
  const governing: ManifestSignals = { add };
  const onBaseDisabled = new Set(b.disable ?? []);
  const onBaseExcluded = new Set(b.exclude ?? []);
  governing.disable = (h.disable ?? []).filter(
    (id) => onBaseDisabled.has(id) || severityOf(b, id, builtIn) === undefined,
  );
  governing.exclude = (h.exclude ?? []).filter((glob) => onBaseExcluded.has(glob));
  const ids = new Set([...Object.keys(b.severity ?? {}), ...Object.keys(h.severity ?? {})]);
  const severities: [string, Severity][] = [];
  for (const id of ids) {
    const before = severityOf({ ...b, add }, id, builtIn);
    const after = severityOf({ ...h, add }, id, builtIn);
    const kept = before && after ? stricterSetting(before, after) : (after ?? before);
    if (kept) severities.push([id, kept]);
  }
  governing.severity = Object.fromEntries(severities);
  return governing;
}
