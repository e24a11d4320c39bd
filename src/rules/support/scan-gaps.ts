/**
 * What in a change the drift signals could not see, so the check fails closed. On the
 * registration path these are errors; on the filing and exempt paths they are softened.
 */
import type { Severity } from '../../model/finding.js';
import type { ScanGap } from '../../change/types.js';
import type { Draft, RuleContext } from '../rule.js';

export function gapsOf<K extends ScanGap['kind']>(
  context: RuleContext,
  kind: K,
): Extract<ScanGap, { kind: K }>[] {
  return (context.change?.gaps ?? []).filter(
    (gap): gap is Extract<ScanGap, { kind: K }> => gap.kind === kind,
  );
}

/** The severity off the registration path; undefined keeps the rule's own. */
export function offPath(context: RuleContext, otherwise: Severity): Severity | undefined {
  return context.manifest.path === 'registration' ? undefined : otherwise;
}

export function gapPlace(gap: { file?: string; line?: number }): Pick<Draft, 'file' | 'line'> {
  return {
    ...(gap.file !== undefined ? { file: gap.file } : {}),
    ...(gap.line !== undefined ? { line: gap.line } : {}),
  };
}

export function withSeverity(draft: Draft, severity: Severity | undefined): Draft {
  return severity ? { ...draft, severity } : draft;
}
