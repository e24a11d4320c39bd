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
  lastPartyIn,
  nameMentions,
  noSpace,
  openingParty,
  ORGANISATION_FORMS,
  PARTY_ROLES,
  PERSON_ID_LABELS,
  splitEntity,
  widthFold,
  type Entity,
  type Mention,
} from '../support/entity-mentions.js';
import { nameDifference } from '../support/name-difference.js';
import { draftAt, placeOf } from '../support/document-place.js';
import { documentProblemText, unverifiedNote } from '../support/unreadable-document.js';
import { absent } from '../support/policy-documents.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

/**
 * Documents the seed requires to name the entity, and the ones reviewers compare character by
 * character: licence, application form, model agreements. A difference elsewhere (a web privacy
 * policy) is a warning.
 */
const MUST_NAME = /^\/(materials\/(business_license|application_form)|models\/\d+\/agreement)$/;
/** A block continues the party named this many blocks before it (name, code, address lines). */
const PARTY_LINES = 4;
const CHECKED =
  /^\/(materials\/[a-z_]+|models\/\d+\/agreement|policies\/(privacy|service_agreement)\/path|content_safety\/management_system)$/;

function positionsDiffering(a: string, b: string, separator: string): string {
  const diff: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) diff.push(i + 1);
  return diff.slice(0, 6).join(separator) + (diff.length > 6 ? '…' : '');
}

const BRANCH = /^(?:(?!公司|[与和及、])[^，。；：:,;（）()\s]){0,10}?分公司/;

/**
 * A branch (分公司) of the entity named as applicant or contracting party: a branch holds its own
 * licence and is a different filing subject, so the entity's name alone does not make it ours.
 */
function branchDrafts(doc: DocumentText, block: Block, entity: Entity, declared: string): Draft[] {
  const folded = widthFold(block.text);
  const full = widthFold(entity.full);
  const drafts: Draft[] = [];
  for (let at = folded.indexOf(full); at !== -1; at = folded.indexOf(full, at + full.length)) {
    const branch = BRANCH.exec(folded.slice(at + full.length));
    if (!branch) continue;
    const name = `${block.text.slice(at, at + full.length)}${branch[0]}`;
    drafts.push(
      draftAt(
        placeOf(doc, block, at),
        text(
          `申报主体为分公司：文件中为“${name}”，清单（service.entity）为“${declared}”。分公司持有自己的营业执照，是另一个申报主体；申请表与合同应以“${declared}”的名义填写和签署`,
          `The filing subject is a branch: the document has "${name}", the manifest (service.entity) "${declared}". A branch (分公司) holds its own licence and is a different filing subject; the application form and the contract must be in the name of "${declared}"`,
        ),
        { data: { found: name, expected: declared } },
      ),
    );
  }
  return drafts;
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
  const compared = MUST_NAME.test(pointer);
  const parties = new Map<string, Mention>();
  let recent: { mention: Mention; index: number } | undefined;
  doc.blocks.forEach((block, index) => {
    const names = nameMentions(block, entity);
    if (noSpace(block.text).includes(entity.full)) exactSeen = true;
    for (const mention of names) {
      if (mention.exact) exactSeen = true;
      else near.push({ block, mention });
    }
    if (compared) drafts.push(...branchDrafts(doc, block, entity, declaredName));
    if (block.kind === 'heading') recent = undefined;
    const role = openingParty(block);
    if (role && names[0] && !parties.has(role)) parties.set(role, names[0]);
    const owner = (before: string): Mention | undefined => {
      const party = lastPartyIn(before);
      if (party && parties.has(party)) return parties.get(party);
      return recent && index - recent.index <= PARTY_LINES ? recent.mention : undefined;
    };
    if (names.length > 0) recent = { mention: names[names.length - 1]!, index };
    if (!code) return;
    for (const found of codeMentions(block, entity, names, owner)) {
      if (found.code === code) continue;
      codeDrafts.push(
        draftAt(
          placeOf(doc, block, found.offset),
          text(
            `统一社会信用代码不一致：文件中为 ${found.code}，应为 ${code}（第 ${positionsDiffering(code, found.code, '、')} 位不同）`,
            `Credit code differs: the document has ${found.code}, expected ${code} (characters ${positionsDiffering(code, found.code, ', ')} differ)`,
          ),
          { data: { found: found.code, expected: code } },
        ),
      );
    }
  });
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
        {
          data: { found: mention.name, expected: declaredName },
          ...(compared ? {} : { severity: 'warning' as const }),
        },
      ),
    );
  }
  if (!exactSeen && reported.size === 0 && compared) {
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
    '审核人员逐字比对营业执照、API 协议与申请表上的主体名称，须与 `service.entity` 完全一致；统一社会信用代码须与 `service.credit_code` 一致。门禁在每份含文字的材料、政策与制度文件中查找主体名称与代码，并把差异并列给出，包括近似写法：全角括号“（北京）”写成半角“(北京)”、漏写“有限”、错一个字。营业执照、申请表和每份模型协议中必须出现主体名称，其中的差异为错误；其他文件（如网页隐私政策）中的差异为警告。合同按当事方读取：甲方、乙方各自的名称与代码分别归属各方，另一方的代码不会被当作本主体的代码；法定代表人的身份证号码不是信用代码。以分公司作为申请主体或签约方时报告：分公司是另一个申报主体。扫描件无法核验，给出提示；加密或损坏的文件报告为错误。',
    'Reviewers compare the entity name on the business licence, API agreement and application form character by character: it must equal `service.entity`, and the unified social credit code must equal `service.credit_code`. The gate finds the name and code in every text-bearing material, policy and management document and shows differences side by side, near-misses included: full-width brackets "（北京）" written as "(北京)", a missing "有限", one wrong character. The licence, the application form and every model agreement must name the entity, and a difference there is an error; elsewhere (a web privacy policy) it is a warning. A contract is read by its parties: each party\'s name and code belong to that party, so the other party\'s code is not taken for the entity\'s, and a legal representative\'s identity number is not a credit code. A branch (分公司) named as applicant or contracting party is reported: it is a different filing subject. A scan cannot be verified and gets a note; an encrypted or damaged file is an error.',
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
  wording: {
    accepts: [
      {
        label: text(
          '公司名称的组织形式（名称到此为止）',
          'Organisational forms that end a company name',
        ),
        phrases: ORGANISATION_FORMS,
      },
      {
        label: text(
          '合同当事方（其后的名称与代码属于该方）',
          "A contract's parties (the name and code after them are that party's)",
        ),
        phrases: PARTY_ROLES,
      },
      {
        label: text(
          '个人身份号码的标签（其后的 18 位数字不是信用代码）',
          "Labels of a person's identity number (18 digits after them are not a credit code)",
        ),
        phrases: PERSON_ID_LABELS,
      },
    ],
    good: [
      '甲方：杭州小智科技有限公司',
      '统一社会信用代码：91330106MA2H4K7L39',
      '乙方：阿里云计算有限公司',
      '统一社会信用代码：91330106673959654P',
    ].join('\n'),
    bad: ['甲方：杭州小智科技有限公司北京分公司', '乙方：阿里云计算有限公司'].join('\n'),
    badWhy: text(
      '签约方是分公司：分公司持有自己的营业执照，是另一个申报主体',
      'the contracting party is a branch (分公司), which holds its own licence and is a different filing subject',
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
