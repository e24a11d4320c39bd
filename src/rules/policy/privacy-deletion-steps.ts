/**
 * policy/privacy-deletion-steps: the privacy policy says how to delete personal information, in at
 * most the allowed number of steps.
 */
import { text } from '../../model/finding.js';
import type { Block, DocumentText } from '../../evidence/document.js';
import type { Manifest } from '../../model/manifest.js';
import { SCHEMA_DEFAULTS } from '../../generated/schema-facts.js';
import { draftAt, placeOf, quote } from '../support/document-place.js';
import { builtInPhrases, phrases } from '../support/phrases.js';
import { absent, PRIVACY, usable } from '../support/policy-documents.js';
import {
  CIRCUMSTANCE_WORDS,
  inlineSteps,
  introducesCircumstances,
  menuPaths,
  PATH_FORMS,
  PROSE_MARKERS,
  proseSteps,
  STEP_FORMS,
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
    '隐私政策须说明用户如何删除个人信息或注销账号，且路径不超过 4 步（`policies.privacy.max_deletion_steps`）。门禁把删除路径读作一串界面位置或操作：删除章节后的编号列表、菜单路径（【我的】-【设置】-【账号与安全】、我的—设置—…、我的 > 设置、斜杠分隔）、段内编号（1.登录；2.…）或“先……再……然后……最后……”的叙述，逐条计步；同一段中的两条路径分别计数。由“在以下情形中”“下列情况”“以下……时”引出的编号列表是可以请求删除的情形（《个人信息保护法》第四十七条），不是步骤。只写“期满后删除”而没有告诉用户在哪里、通过谁删除，视为未说明。',
    'The privacy policy must say how a user deletes their personal information or closes the account, in at most 4 steps (`policies.privacy.max_deletion_steps`). The gate reads a deletion path as a sequence of places or actions in the interface: a numbered list after the deletion passage, a menu path (`【我的】-【设置】-【账号与安全】`, `我的—设置—…`, `我的 > 设置`, slashes), numbered steps inside a paragraph (`1.登录；2.…`) or prose (`先……再……然后……最后……`), and counts the steps; two paths in one paragraph are counted apart. A numbered list introduced by `在以下情形中`, `下列情况` or `以下……时` lists the circumstances in which deletion may be requested (PIPL art. 47), not steps. Saying only that data is deleted when the period ends, without telling the user where or through whom to delete, counts as no path.',
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
  wording: {
    accepts: [
      {
        label: text('删除或注销的说法', 'Deleting or closing the account'),
        phrases: builtInPhrases('deletion'),
      },
      { label: text('菜单路径的写法', 'Menu paths'), phrases: PATH_FORMS },
      { label: text('段内编号与叙述步骤', 'Steps inside a paragraph'), phrases: STEP_FORMS },
      {
        label: text('叙述步骤的次序词', 'Words that order prose steps'),
        phrases: [...PROSE_MARKERS.first, ...PROSE_MARKERS.next],
      },
      {
        label: text(
          '引出情形（不计为步骤）的词，及“以下……时”',
          'Words that introduce circumstances (not steps), and 以下……时',
        ),
        phrases: CIRCUMSTANCE_WORDS,
      },
    ],
    good: '在以下情形中，您可以向我们提出删除个人信息的请求：处理目的已实现；您撤回同意。您可以通过【我的】-【设置】-【账号与安全】-【注销账号】注销账号。',
    bad: '注销方法：1.登录；2.点击“我的”；3.进入“设置”；4.进入“账号与安全”；5.点击“注销账号”；6.确认注销。',
    badWhy: text(
      '路径共 6 步，超过上限 4 步。',
      'The path takes 6 steps, more than the limit of 4.',
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
      // A step's closing punctuation (1.登录；2.…) is the list's, not the step's.
      const shown = labels.map((l) => quote(l.replace(/[；;，,。.、\s]+$/u, ''), 20));
      const outline = count > 3 ? `${shown[0]} → … → ${shown[count - 1]}` : shown.join(' → ');
      const outlineEn =
        count > 3
          ? `"${shown[0]}" → … → "${shown[count - 1]}"`
          : shown.map((l) => `"${l}"`).join(' → ');
      return [
        draftAt(
          placeOf(doc, anchor),
          text(
            `删除个人信息的路径共 ${count} 步，超过上限 ${limit} 步：${outline}`,
            `The deletion path takes ${count} steps, more than the limit of ${limit}: ${outlineEn}`,
          ),
          { data: { steps: count, limit } },
        ),
      ];
    });
  },
};

export default rule;
