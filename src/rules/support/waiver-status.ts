/** Whether a waiver applies: complete, naming a real and waivable rule, and not expired. */
import { BRACE_EXPANSION_LIMIT, expansionProblem } from '../../change/glob-expansion.js';
import { text, type Bilingual } from '../../model/finding.js';
import type { Waiver } from '../../model/manifest.js';

/** Rules a waiver may never silence: the gate's own ability to read the manifest and its waivers. */
const UNWAIVABLE = /^(manifest|waiver)\//;

export function isWaivable(ruleId: string): boolean {
  return !UNWAIVABLE.test(ruleId);
}

type WaiverStatus =
  | { state: 'valid' }
  | { state: 'expired' }
  /** `field`: where in the waiver the problem is (default `rule`). */
  | { state: 'invalid'; why: Bilingual; field?: string };

export function waiverStatus(
  waiver: Waiver,
  today: string,
  ruleIds: ReadonlySet<string>,
): WaiverStatus {
  if (!ruleIds.has(waiver.rule)) {
    return {
      state: 'invalid',
      why: text(`规则 ${waiver.rule} 不存在`, `rule ${waiver.rule} does not exist`),
    };
  }
  if (UNWAIVABLE.test(waiver.rule)) {
    return {
      state: 'invalid',
      why: text(`规则 ${waiver.rule} 不可豁免`, `rule ${waiver.rule} cannot be waived`),
    };
  }
  if (waiver.reason.trim().length < 4) {
    return { state: 'invalid', why: text('理由过于简短', 'the reason is too short') };
  }
  const files = waiver.files ?? [];
  for (let i = 0; i < files.length; i++) {
    const problem = expansionProblem(files[i]!);
    if (problem === undefined) continue;
    return {
      state: 'invalid',
      field: `files/${i}`,
      why:
        problem === 'too-long'
          ? text('`files` 中的通配符过长', 'a glob under `files` is too long')
          : text(
              `\`files\` 中的通配符经花括号展开后超过 ${BRACE_EXPANSION_LIMIT} 个模式`,
              `a glob under \`files\` expands to more than ${BRACE_EXPANSION_LIMIT} patterns through its braces`,
            ),
    };
  }
  return waiver.expires < today ? { state: 'expired' } : { state: 'valid' };
}
