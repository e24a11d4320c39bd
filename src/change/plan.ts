/** Which changed files have their added lines matched against the signal pack. */
import { sampleName } from './gitattributes.js';
import type { FilePlan, SignalPack } from './signals.js';

/** Whether (and how) the added lines of a file are matched; undefined: not at all. */
export function lineScanPlan(
  pack: SignalPack,
  entry: { status: string; path: string; headMode?: string },
  manifestPath: string,
): FilePlan | undefined {
  if (entry.status === 'deleted' || entry.path === manifestPath) return undefined;
  // Symlinks and submodules carry no lines of their own.
  if (entry.headMode === '120000' || entry.headMode === '160000') return undefined;
  const plan = pack.plan(entry.path);
  return !plan.excluded && (plan.line || plan.dependencies) ? plan : undefined;
}

/** Whether files a `.gitattributes` pattern names could be files whose lines are matched. */
export function attributesCoverScanned(
  pack: SignalPack,
  manifestPath: string,
): (pattern: string) => boolean {
  return (pattern) => {
    const name = sampleName(pattern);
    if (!name.includes('.')) return true;
    return lineScanPlan(pack, { status: 'added', path: name }, manifestPath) !== undefined;
  };
}
