/** Waivers and the fail-on threshold turn findings into a verdict. */
import { atLeast, type FailOn, type Finding, type Severity } from './model/finding.js';
import type { DeclaredPath, Waiver } from './model/manifest.js';
import type { SuppressedFinding } from './model/report.js';
import { waiverStatus } from './rules/support/waiver-status.js';

export interface Verdict {
  passed: boolean;
  counts: Record<Severity, number>;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

type GlobMatch = (file: string, glob: string, options: { dot: boolean }) => boolean;

function covers(waiver: Waiver, finding: Finding, match: GlobMatch | undefined): boolean {
  if (waiver.rule !== finding.ruleId) return false;
  if (!waiver.files || waiver.files.length === 0) return true;
  const file = finding.file;
  return (
    file !== undefined &&
    match !== undefined &&
    waiver.files.some((glob) => match(file, glob, { dot: true }))
  );
}

/** Glob matching loads only when a waiver is limited to files. */
export async function decide(
  findings: Finding[],
  waivers: readonly Waiver[],
  failOn: FailOn,
  today: string,
  ruleIds: ReadonlySet<string>,
): Promise<Verdict> {
  const active = waivers.filter((w) => waiverStatus(w, today, ruleIds).state === 'valid');
  const match = active.some((w) => w.files && w.files.length > 0)
    ? (await import('minimatch')).minimatch
    : undefined;
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const waiver = active.find((w) => covers(w, finding, match));
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

/** Drift rules whose findings mean the change itself needs the filing path (docs/domain.md#path). */
const FILING_DRIFT = new Set([
  'drift/fine-tuning-introduced',
  'drift/self-hosted-weights',
  'drift/manifest-fine-tuning',
]);

/**
 * The path the findings require: the manifest's answer, raised to filing when a change brings
 * fine-tuning or self-hosted weights to a registration service. Waived findings do not count.
 */
export function pathRequiredBy(
  manifestRequires: DeclaredPath | null,
  findings: readonly Finding[],
): DeclaredPath | null {
  if (manifestRequires !== 'registration') return manifestRequires;
  return findings.some((finding) => FILING_DRIFT.has(finding.ruleId)) ? 'filing' : manifestRequires;
}
