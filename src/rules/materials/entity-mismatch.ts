/**
 * materials/entity-mismatch: the legal entity name and the unified social credit code are the same
 * in every document that carries them. Reviewers compare them character by character, so a
 * near-miss (半角括号 for 全角, a missing 有限, one wrong character) is shown side by side with
 * what differs.
 */
import { text } from '../../model/finding.js';
import type { Block, DocumentText } from '../../evidence/document.js';
import { fieldName } from '../../manifest/positions.js';
import { creditCodeProblem } from '../support/credit-code.js';
import {
  codeMentions,
  nameMentions,
  noSpace,
  splitEntity,
  type Entity,
  type Mention,
} from '../support/entity-mentions.js';
import { nameDifference } from '../support/name-difference.js';
import { draftAt, placeOf } from '../support/document-place.js';
import { documentProblemText, unverifiedNote } from '../support/unreadable-document.js';
import { absent } from '../support/policy-documents.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

/** Documents the seed requires to name the entity: licence, application form, model agreements. */
const MUST_NAME = /^\/(materials\/(business_license|application_form)|models\/\d+\/agreement)$/;
const CHECKED =
  /^\/(materials\/[a-z_]+|models\/\d+\/agreement|policies\/(privacy|service_agreement)\/path|content_safety\/management_system)$/;

function positionsDiffering(a: string, b: string): string {
  const diff: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) diff.push(i + 1);
  return diff.slice(0, 6).join('、') + (diff.length > 6 ? '…' : '');
}

function referenceCode(ctx: RuleContext, entity: Entity): string | undefined {
  const declared = ctx.manifest.service.credit_code?.trim().toUpperCase();
  if (declared) return creditCodeProblem(declared) === undefined ? declared : undefined;
  const licence = ctx.evidence.documents?.get('/materials/business_license');
  if (!licence?.ok) return undefined;
  for (const block of licence.value.blocks) {
    const found = codeMentions(block, entity, nameMentions(block, entity))[0];
    if (found) return found.code;
  }
  return undefined;
}

function checkDocument(
  ctx: RuleContext,
  pointer: string,
  doc: DocumentText,
  entity: Entity,
  code: string | undefined,
): Draft[] {
  const drafts: Draft[] = [];
  const declaredName = ctx.manifest.service.entity.trim();
  let exactSeen = false;
  const near: { block: Block; mention: Mention }[] = [];
  const codeDrafts: Draft[] = [];
  for (const block of doc.blocks) {
    const names = nameMentions(block, entity);
    if (noSpace(block.text).includes(entity.full)) exactSeen = true;
    for (const mention of names) {
      if (mention.exact) exactSeen = true;
      else near.push({ block, mention });
    }
    if (!code) continue;
    for (const found of codeMentions(block, entity, names)) {
      if (found.code === code) continue;
      codeDrafts.push(
        draftAt(
          placeOf(doc, block, found.offset),
          text(
            `统一社会信用代码不一致：文件中为 ${found.code}，应为 ${code}（第 ${positionsDiffering(code, found.code)} 位不同）`,
            `Credit code differs: the document has ${found.code}, expected ${code} (characters ${positionsDiffering(code, found.code)} differ)`,
          ),
          { data: { found: found.code, expected: code } },
        ),
      );
    }
  }
  const threshold = entity.core.length >= 6 ? 2 : entity.core.length >= 4 ? 1 : 0;
  const reported = new Set<string>();
  for (const { block, mention } of near) {
    // With the exact name present elsewhere, only a miswritten form of it is ours for certain.
    const ours = mention.formOnly || (!exactSeen && mention.distance <= threshold);
    if (!ours || reported.has(mention.name)) continue;
    reported.add(mention.name);
    drafts.push(
      draftAt(
        placeOf(doc, block, mention.offset),
        text(
          `主体名称不一致：文件中为“${mention.name}”，清单（service.entity）为“${declaredName}”——${nameDifference(entity.full, mention.name)['zh-CN']}`,
          `Entity name differs: the document has "${mention.name}", the manifest (service.entity) "${declaredName}" — ${nameDifference(entity.full, mention.name).en}`,
        ),
        { data: { found: mention.name, expected: declaredName } },
      ),
    );
  }
  if (!exactSeen && reported.size === 0 && MUST_NAME.test(pointer)) {
    drafts.push(
      absent(
        doc,
        text(
          `${fieldName(pointer)} 文件中没有出现主体名称“${declaredName}”`,
          `${fieldName(pointer)} does not name the entity "${declaredName}"`,
        ),
      ),
    );
  }
  return [...drafts, ...codeDrafts];
}

const rule: Rule = {
  id: 'materials/entity-mismatch',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text(
    '各材料中的主体名称或信用代码不一致',
    'Entity name or credit code differs across documents',
  ),
  help: text(
    '审核人员逐字比对营业执照、API 协议与申请表上的主体名称，须与 `service.entity` 完全一致；统一社会信用代码须与 `service.credit_code` 一致。门禁在每份含文字的材料、政策与制度文件中查找主体名称与代码，并把差异并列给出，包括近似写法：全角括号“（北京）”写成半角“(北京)”、漏写“有限”、错一个字。营业执照、申请表和每份模型协议中必须出现主体名称。扫描件无法核验，给出提示；加密或损坏的文件报告为错误。',
    'Reviewers compare the entity name on the business licence, API agreement and application form character by character: it must equal `service.entity`, and the unified social credit code must equal `service.credit_code`. The gate finds the name and code in every text-bearing material, policy and management document and shows differences side by side, near-misses included: full-width brackets "（北京）" written as "(北京)", a missing "有限", one wrong character. The licence, the application form and every model agreement must name the entity. A scan cannot be verified and gets a note; an encrypted or damaged file is an error.',
  ),
  source: text(
    '登记材料要求：营业执照、合同与申请表上的主体名称完全一致。',
    'The registration requirements: the entity name is identical on the licence, contract and application form.',
  ),
  example: {
    file: 'compliance/materials/生成式人工智能调用已备案大模型上线备案表.docx',
    message: text(
      '第 3 段：主体名称不一致：文件中为“杭州小智科技公司”，清单（service.entity）为“杭州小智科技有限公司”——缺少“有限”',
      'Paragraph 3: Entity name differs: the document has "杭州小智科技公司", the manifest (service.entity) "杭州小智科技有限公司" — missing "有限"',
    ),
  },
  check(ctx) {
    const entity = splitEntity(ctx.manifest.service.entity);
    if (entity.full.length === 0) return [];
    const code = referenceCode(ctx, entity);
    const drafts: Draft[] = [];
    const seen = new Set<string>();
    for (const [pointer, result] of ctx.evidence.documents ?? []) {
      if (!CHECKED.test(pointer)) continue;
      if (!result.ok) {
        const p = result.problem;
        if (seen.has(p.file)) continue;
        seen.add(p.file);
        // Missing paths belong to materials/missing and the policy rules; images carry no text.
        if (['password-protected', 'corrupt', 'legacy-format'].includes(p.code)) {
          drafts.push({
            file: p.file,
            ...(p.code === 'legacy-format' ? { severity: 'note' as const } : {}),
            message: text(
              `${documentProblemText(p)['zh-CN']}；无法核验其中的主体名称与信用代码`,
              `${documentProblemText(p).en}; its entity name and credit code cannot be verified`,
            ),
          });
        }
        continue;
      }
      const doc = result.value;
      if (seen.has(doc.file)) continue;
      seen.add(doc.file);
      const note = unverifiedNote(
        doc,
        text('主体名称与统一社会信用代码', 'the entity name and credit code'),
      );
      if (doc.blocks.length === 0) {
        if (note) drafts.push(note);
        continue;
      }
      drafts.push(...checkDocument(ctx, pointer, doc, entity, code));
    }
    return drafts;
  },
};

export default rule;
