/**
 * policy/privacy-deletion-steps: the privacy policy says how to delete personal information, in at
 * most the allowed number of steps.
 */
import { text } from '../../model/finding.js';
import type { Block, DocumentText } from '../../evidence/document.js';
import type { Manifest } from '../../model/manifest.js';
import { SCHEMA_DEFAULTS } from '../../generated/schema-facts.js';
import { draftAt, placeOf, quote } from '../support/document-place.js';
import { phrases } from '../support/phrases.js';
import { absent, PRIVACY, usable } from '../support/policy-documents.js';
import type { Draft, Rule } from '../rule.js';

const DEFAULT_MAX_DELETION_STEPS = SCHEMA_DEFAULTS['policies.privacy.max_deletion_steps'] as number;

interface Steps {
  anchor: Block;
  steps: Block[];
  how: 'list' | 'path';
}

// Segments are trimmed afterwards: spaces around a separator stay out of the pattern (linear split).
const PATH_SEPARATOR = /->|—>|→|⇒|>|＞|›|»/;

/** `设置 > 隐私 > 删除我的数据`: the segments of a menu path, or undefined. */
function menuPath(value: string): string[] | undefined {
  const parts = value
    .split(PATH_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length >= 3 ? parts : undefined;
}

/** Every deletion procedure the policy describes (a numbered list or a menu path), in order. */
function deletionSteps(
  manifest: Manifest,
  doc: DocumentText,
): { anchors: number; procedures: Steps[] } {
  const deletion = phrases(manifest, 'deletion');
  const blocks = doc.blocks;
  const anchors = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.kind !== 'item' && deletion.test(block.text));
  const procedures: Steps[] = [];
  const seen = new Set<Block>();
  for (const { block, index } of anchors) {
    // A numbered list right after it (at most one lead-in paragraph between).
    for (let j = index + 1; j <= index + 2 && j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.kind === 'heading') break;
      if (next.kind === 'item' && next.ordered && next.list !== undefined) {
        if (!seen.has(next)) {
          seen.add(next);
          procedures.push({
            anchor: block,
            steps: blocks.filter((b) => b.list === next.list),
            how: 'list',
          });
        }
        break;
      }
    }
    // A menu path in the anchor or in the paragraph that follows it.
    for (const candidate of [block, blocks[index + 1]]) {
      if (!candidate || (candidate !== block && candidate.kind === 'heading')) continue;
      if (seen.has(candidate) || !menuPath(candidate.text)) continue;
      seen.add(candidate);
      procedures.push({ anchor: block, steps: [candidate], how: 'path' });
    }
  }
  return { anchors: anchors.length, procedures };
}

const rule: Rule = {
  id: 'policy/privacy-deletion-steps',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text(
    '删除个人信息的路径超过 4 步或未说明',
    'Deletion path missing or longer than 4 steps',
  ),
  help: text(
    '隐私政策须说明用户如何删除个人信息或注销账号，且路径不超过 4 步（`policies.privacy.max_deletion_steps`）。门禁计数删除章节下的编号步骤（有序列表、“1.”“第一步”等），或“设置 > 隐私 > 删除数据”式的菜单路径，并在结果中给出步数。',
    'The privacy policy must say how a user deletes their personal information or closes the account, in at most 4 steps (`policies.privacy.max_deletion_steps`). The gate counts the numbered steps under the deletion section (an ordered list, "1.", "第一步"...) or a menu path such as "设置 > 隐私 > 删除数据", and reports the count.',
  ),
  source: text(
    '登记材料要求：隐私政策中删除路径不超过 4 步。',
    'The registration requirements: a deletion path of at most 4 steps in the privacy policy.',
  ),
  example: {
    file: 'web/public/privacy.html',
    line: 11,
    message: text(
      '删除个人信息的路径共 6 步，超过上限 4 步：登录后进入“我的” → … → 再次确认删除',
      'The deletion path takes 6 steps, more than the limit of 4: 登录后进入“我的” → … → 再次确认删除',
    ),
  },
  check(ctx) {
    const doc = usable(ctx, PRIVACY);
    if (!doc) return [];
    const limit = ctx.manifest.policies?.privacy?.max_deletion_steps ?? DEFAULT_MAX_DELETION_STEPS;
    const { anchors, procedures } = deletionSteps(ctx.manifest, doc);
    if (anchors === 0) {
      return [
        absent(
          doc,
          text(
            '隐私政策没有说明如何删除个人信息或注销账号',
            'The privacy policy does not say how to delete personal information or close the account',
          ),
        ),
      ];
    }
    return procedures.flatMap((found): Draft[] => {
      const labels =
        found.how === 'list' ? found.steps.map((s) => s.text) : menuPath(found.steps[0]!.text)!;
      const count = labels.length;
      if (count <= limit) return [];
      const outline =
        count > 3
          ? `${quote(labels[0]!, 20)} → … → ${quote(labels[count - 1]!, 20)}`
          : labels.map((l) => quote(l, 20)).join(' → ');
      return [
        draftAt(
          placeOf(doc, found.anchor),
          text(
            `删除个人信息的路径共 ${count} 步，超过上限 ${limit} 步：${outline}`,
            `The deletion path takes ${count} steps, more than the limit of ${limit}: ${outline}`,
          ),
          { data: { steps: count, limit } },
        ),
      ];
    });
  },
};

export default rule;
