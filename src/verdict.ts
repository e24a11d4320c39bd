/** Waivers and the fail-on threshold turn findings into a verdict. */
import { minimatch } from 'minimatch';
import { atLeast, type FailOn, type Finding, type Severity } from './finding.js';
import type { Waiver } from './manifest/types.js';
import { waiverStatus } from './rules/waiver.js';

export interface SuppressedFinding extends Finding {
  waiver: Pick<Waiver, 'reason' | 'owner' | 'expires'>;
}

export interface Verdict {
  passed: boolean;
  counts: Record<Severity, number>;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

function covers(waiver: Waiver, finding: Finding): boolean {
  if (waiver.rule !== finding.ruleId) return false;
  if (!waiver.files || waiver.files.length === 0) return true;
  const file = finding.file;
  return file !== undefined && waiver.files.some((glob) => minimatch(file, glob, { dot: true }));
}

export function decide(
  findings: Finding[],
  waivers: readonly Waiver[],
  failOn: FailOn,
  today: string,
  ruleIds: ReadonlySet<string>,
): Verdict {
  const active = waivers.filter((w) => waiverStatus(w, today, ruleIds).state === 'valid');
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const waiver = active.find((w) => covers(w, finding));
    if (waiver) {
      suppressed.push({
        ...finding,
        waiver: { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires },
      });
    } else {
      kept.push(finding);
    }
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of kept) counts[finding.severity]++;
  const passed = !kept.some((finding) => atLeast(finding.severity, failOn));
  return { passed, counts, findings: kept, suppressed };
}
