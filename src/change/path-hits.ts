/**
 * Path signals on files the change adds. A rename counts only when the new name matches a
 * signal of a rule the old name did not (moving or renaming a training script adds nothing); a deletion or a
 * modification never counts.
 */
import type { HitCollector } from './hits.js';
import type { SignalPack } from './signals.js';
import type { ChangedFile } from './types.js';

export interface PathCandidate {
  file: ChangedFile;
  needsSize: boolean;
}

export function pathHits(
  pack: SignalPack,
  candidates: PathCandidate[],
  collector: HitCollector,
): void {
  for (const { file } of candidates) {
    const before =
      file.status === 'renamed' && file.previousPath !== undefined
        ? new Set(pack.pathMatches(file.previousPath).map((s) => s.rule))
        : new Set<string>();
    for (const signal of pack.pathMatches(file.path)) {
      if (before.has(signal.rule)) continue;
      if (signal.minSize !== undefined && (file.size === undefined || file.size < signal.minSize)) {
        continue;
      }
      collector.add(signal, {
        file: file.path,
        ...(file.size !== undefined ? { size: file.size } : {}),
      });
    }
  }
}
