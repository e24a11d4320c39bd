/** waiver/*: every waiver is complete, names a real rule, and has not expired. */
import { BRACE_EXPANSION_LIMIT, expansionProblem } from '../change/glob-expansion.js';
import { text, type Bilingual } from '../finding.js';
import { positionOf, type LoadedManifest } from '../manifest/load.js';
import type { Waiver } from '../manifest/types.js';
import { describeSchemaProblem } from './schema-problem-text.js';
import type { Draft, ManifestRule } from './rule.js';

/** Rules a waiver may never silence: the gate's own ability to read the manifest and its waivers. */
const UNWAIVABLE = /^(manifest|waiver)\//;

export function isWaivable(ruleId: string): boolean {
  return !UNWAIVABLE.test(ruleId);
}

export type WaiverStatus =
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

function at(loaded: LoadedManifest, pointer: string): Pick<Draft, 'file' | 'line' | 'column'> {
  return { file: loaded.file, ...positionOf(loaded.positions, pointer) };
}

export const waiverInvalid: ManifestRule = {
  id: 'waiver/invalid',
  stage: 'manifest',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('豁免无效', 'Invalid waiver'),
  help: text(
    '每条豁免须包含 `rule`（目录中存在的规则 ID）、`reason`、`owner` 和 `expires`（YYYY-MM-DD）。无效的豁免不生效。`manifest/*` 与 `waiver/*` 规则不可豁免。`files` 中的通配符经花括号展开后不得超过 256 个模式。',
    'Every waiver needs `rule` (a rule id from the catalogue), `reason`, `owner` and `expires` (YYYY-MM-DD). An invalid waiver has no effect. `manifest/*` and `waiver/*` rules cannot be waived. A glob under `files` may expand to 256 patterns at most through its braces.',
  ),
  example: {
    file: 'compliance.yml',
    line: 41,
    column: 5,
    message: text(
      '第 2 条豁免无效：规则 lexicon/size 不存在',
      'Waiver 2 is invalid: rule lexicon/size does not exist',
    ),
  },
  check(loaded, { today, ruleIds }) {
    const drafts: Draft[] = loaded.invalidWaivers.map(({ index, problems }) => {
      const details = problems.map((p) => describeSchemaProblem(p).message);
      return {
        ...at(loaded, `/waivers/${index}`),
        message: text(
          `第 ${index + 1} 条豁免无效：${details.map((d) => d['zh-CN']).join('；')}`,
          `Waiver ${index + 1} is invalid: ${details.map((d) => d.en).join('; ')}`,
        ),
      };
    });
    for (const { index, waiver } of loaded.waivers) {
      const status = waiverStatus(waiver, today, ruleIds);
      if (status.state !== 'invalid') continue;
      drafts.push({
        ...at(loaded, `/waivers/${index}/${status.field ?? 'rule'}`),
        message: text(
          `第 ${index + 1} 条豁免无效：${status.why['zh-CN']}`,
          `Waiver ${index + 1} is invalid: ${status.why.en}`,
        ),
      });
    }
    return drafts;
  },
};

export const waiverExpired: ManifestRule = {
  id: 'waiver/expired',
  stage: 'manifest',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('豁免已过期', 'Waiver expired'),
  help: text(
    '过期的豁免不再生效，并使门禁失败，以免临时例外变成永久例外。解决被豁免的问题后删除该豁免，或在负责人确认后延长 `expires`。',
    'An expired waiver no longer applies and fails the gate, so a temporary exception cannot become permanent. Fix what it waived and delete it, or have its owner extend `expires`.',
  ),
  example: {
    file: 'compliance.yml',
    line: 40,
    column: 5,
    message: text(
      '对 materials/credit-code 的豁免已于 2026-01-31 过期（负责人：法务 李安全）',
      'The waiver of materials/credit-code expired on 2026-01-31 (owner: 法务 李安全)',
    ),
  },
  check(loaded, { today, ruleIds }) {
    return loaded.waivers.flatMap(({ index, waiver }): Draft[] => {
      if (waiverStatus(waiver, today, ruleIds).state !== 'expired') return [];
      return [
        {
          ...at(loaded, `/waivers/${index}/expires`),
          message: text(
            `对 ${waiver.rule} 的豁免已于 ${waiver.expires} 过期（负责人：${waiver.owner}）`,
            `The waiver of ${waiver.rule} expired on ${waiver.expires} (owner: ${waiver.owner})`,
          ),
        },
      ];
    });
  },
};
