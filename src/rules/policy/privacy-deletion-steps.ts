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
import {
  inlineSteps,
  introducesCircumstances,
  menuPaths,
  proseSteps,
} from '../support/procedures.js';
import { sentences } from '../support/sentences.js';
import type { Draft, Rule } from '../rule.js';

const DEFAULT_MAX_DELETION_STEPS = SCHEMA_DEFAULTS['policies.privacy.max_deletion_steps'] as number;

interface Steps {
  anchor: Block;
  labels: string[];
}

/** The user can act: a subject and a place or a channel to do it with. */
const USER = /您|你|用户|\byou\b/i;
const MEANS =
  /【[^】]{1,24}】|“[^”]{1,24}”|「[^」]{1,24}」|设置|页面|功能|入口|按钮|菜单|选项|个人中心|客户端|邮箱|邮件|客服|电话|热线|联系我们|@|settings|email|contact us/i;

const OPERATOR = /我们|本公司|本平台|平台将|we\b/i;

/** The procedures written inside one block's text: menu paths, inline steps, prose. */
function procedures(value: string): string[][] {
  const paths = menuPaths(value);
  const inline = inlineSteps(value).filter(
    (p) => !introducesCircumstances(lastSentenceBefore(value, p.index)),
  );
  // Prose steps are the user's, not the operator's (我们会先核验身份，再……).
  const prose =
    paths.length === 0 && inline.length === 0
      ? proseSteps(value).filter((p) => !OPERATOR.test(lastSentenceBefore(value, p.index)))
      : [];
  return [...paths, ...inline, ...prose].map((p) => p.steps);
}

/** The sentence that leads in to `index` (from the previous sentence end). */
function lastSentenceBefore(value: string, index: number): string {
  const before = value.slice(0, index);
  return before.slice(before.lastIndexOf('。') + 1);
}

/** The block right before a list: the lead-in that says what the list is. */
function leadIn(blocks: readonly Block[], list: Block): Block | undefined {
  const at = blocks.indexOf(list);
  return at > 0 ? blocks[at - 1] : undefined;
}

/**
 * Every deletion procedure the policy describes, in order: a numbered list after a deletion
 * passage (unless its lead-in introduces circumstances), and the paths, inline steps and prose
 * steps written in a deletion passage or the block after it.
 */
function deletionSteps(manifest: Manifest, doc: DocumentText): Steps[] {
  const deletion = phrases(manifest, 'deletion');
  const blocks = doc.blocks;
  const found: Steps[] = [];
  const seen = new Set<Block>();
  blocks.forEach((block, index) => {
    if (block.kind === 'item' || !deletion.test(block.text)) return;
    // A numbered list right after it (at most one lead-in paragraph between).
    for (let j = index + 1; j <= index + 2 && j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.kind === 'heading') break;
      if (next.kind === 'item' && next.ordered && next.list !== undefined) {
        if (seen.has(next)) break;
        const items = blocks.filter((b) => b.list === next.list);
        items.forEach((item) => seen.add(item));
        const lead = leadIn(blocks, next);
        if (lead && introducesCircumstances(lead.text)) break;
        // Items that each hold a path are alternatives, not steps.
        const inItems = items.flatMap((item) => menuPaths(item.text).map((p) => p.steps));
        if (inItems.length > 0) inItems.forEach((labels) => found.push({ anchor: block, labels }));
        else found.push({ anchor: block, labels: items.map((b) => b.text) });
        break;
      }
    }
    for (const candidate of [block, blocks[index + 1]]) {
      if (!candidate || seen.has(candidate)) continue;
      if (candidate !== block && (candidate.kind === 'heading' || candidate.kind === 'item'))
        continue;
      const written = procedures(candidate.text);
      if (written.length === 0) continue;
      seen.add(candidate);
      for (const labels of written) found.push({ anchor: block, labels });
    }
  });
  return found;
}

/** A sentence where the user is told where or through whom to delete: a path of one step. */
function userMeans(manifest: Manifest, doc: DocumentText): boolean {
  const deletion = phrases(manifest, 'deletion');
  return doc.blocks.some(
    (block) =>
      deletion.test(block.text) &&
      sentences(block.text).some(
        (s) =>
          deletion.test(s.text) &&
          USER.test(s.text) &&
          MEANS.test(s.text) &&
          !introducesCircumstances(s.text),
      ),
  );
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
    const found = deletionSteps(ctx.manifest, doc);
    if (found.length === 0 && !userMeans(ctx.manifest, doc)) {
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
    return found.flatMap(({ anchor, labels }): Draft[] => {
      const count = labels.length;
      if (count <= limit) return [];
      const outline =
        count > 3
          ? `${quote(labels[0]!, 20)} → … → ${quote(labels[count - 1]!, 20)}`
          : labels.map((l) => quote(l, 20)).join(' → ');
      return [
        draftAt(
          placeOf(doc, anchor),
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
