/**
 * materials/entity-mismatch: the legal entity name and the unified social credit code are the same
 * in every document that carries them. Reviewers compare them character by character, so a
 * near-miss (半角括号 for 全角, a missing 有限, one wrong character) is shown side by side with
 * what differs.
 */
import { text, type Bilingual } from '../finding.js';
import type { Block, DocumentText } from '../evidence/documents.js';
import { fieldName } from '../manifest/positions.js';
import { creditCodeProblem } from './materials.js';
import { draftAt, placeOf } from './support/document-place.js';
import { documentProblemText, unverifiedNote } from './support/unreadable-document.js';
import { absent } from './support/policy-documents.js';
import type { Draft, Rule, RuleContext } from './rule.js';
import { editDistance } from './support/edit-distance.js';

/** Documents the seed requires to name the entity: licence, application form, model agreements. */
const MUST_NAME = /^\/(materials\/(business_license|application_form)|models\/\d+\/agreement)$/;
const CHECKED =
  /^\/(materials\/[a-z_]+|models\/\d+\/agreement|policies\/(privacy|service_agreement)\/path|content_safety\/management_system)$/;

const SUFFIX = /(股份有限公司|有限责任公司|有限公司|公司)([(（][^()（）]{1,12}[)）])?/g;

function noSpace(value: string): string {
  return value.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Brackets, colons and letters compared regardless of full or half width. */
function widthFold(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
  }
  return out;
}

/** The organisational form dropped: what is left names the company. */
function formFold(value: string): string {
  return widthFold(value).replace(/股份|有限|责任/g, '');
}

interface Entity {
  full: string;
  core: string;
}

function splitEntity(name: string): Entity {
  const full = noSpace(name);
  let last: RegExpExecArray | undefined;
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(full); m !== null; m = SUFFIX.exec(full)) last = m;
  return { full, core: last ? full.slice(0, last.index) : full };
}

interface Mention {
  name: string;
  /** Offset of the mention in the block's text (spaces removed offsets map back approximately). */
  offset: number;
  exact: boolean;
  /** Differs from the entity only in form: bracket width, 有限 / 责任 / 股份. */
  formOnly: boolean;
  distance: number;
}

/** Bounds the alignment work on a hostile document full of 公司. */
const MENTIONS_PER_BLOCK = 200;

/** Company names in a block, each aligned with the declared entity. */
function mentions(block: Block, entity: Entity): Mention[] {
  const source = block.text;
  const out: Mention[] = [];
  const core = widthFold(entity.core);
  SUFFIX.lastIndex = 0;
  for (
    let m = SUFFIX.exec(source);
    m !== null && out.length < MENTIONS_PER_BLOCK;
    m = SUFFIX.exec(source)
  ) {
    const windowStart = Math.max(0, m.index - core.length - 4);
    const window = source.slice(windowStart, m.index);
    let best = { start: m.index, distance: Number.POSITIVE_INFINITY };
    for (let s = window.length; s >= 0; s--) {
      const candidate = widthFold(noSpace(window.slice(s)));
      const distance = editDistance(candidate, core);
      if (distance < best.distance) best = { start: windowStart + s, distance };
    }
    // Leading spaces and punctuation are not part of a name.
    while (best.start < m.index && /[\s:：，,、。;；"“”'‘’|]/.test(source[best.start]!))
      best.start++;
    const name = noSpace(source.slice(best.start, m.index + m[0].length));
    out.push({
      name,
      offset: best.start,
      exact: name === entity.full,
      formOnly: name !== entity.full && formFold(name) === formFold(entity.full),
      distance: best.distance,
    });
  }
  return out;
}

/** What differs between two names, for the message: 缺少“有限”, 多出“（北京）”, 全角/半角. */
function difference(declared: string, found: string): Bilingual {
  if (widthFold(declared) === widthFold(found)) {
    return text(
      '括号或标点的全角/半角不同',
      'brackets or punctuation differ in width (full-width vs half-width)',
    );
  }
  // Longest common subsequence, then the runs on either side.
  const a = [...declared];
  const b = [...found];
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const missing: string[] = [];
  const extra: string[] = [];
  let i = 0;
  let j = 0;
  let runA = '';
  let runB = '';
  const flush = () => {
    if (runA) missing.push(runA);
    if (runB) extra.push(runB);
    runA = '';
    runB = '';
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && dp[i + 1]![j]! >= dp[i]![j + 1]!)) runA += a[i++];
    else runB += b[j++];
  }
  flush();
  const zh: string[] = [];
  const en: string[] = [];
  if (missing.length > 0) {
    zh.push(`缺少“${missing.join('”“')}”`);
    en.push(`missing "${missing.join('", "')}"`);
  }
  if (extra.length > 0) {
    zh.push(`多出“${extra.join('”“')}”`);
    en.push(`extra "${extra.join('", "')}"`);
  }
  return text(zh.join('，'), en.join(', '));
}

const CODE =
  /(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{9}[0-9A-HJ-NP-RTUWXY](?![0-9A-Z])/g;
const CODE_LABEL = /信用代码|credit\s*code/i;

interface CodeMention {
  code: string;
  offset: number;
}

/** Credit codes in a block that belong to the entity (not to another company named before them). */
function codes(block: Block, entity: Entity, names: Mention[]): CodeMention[] {
  const upper = block.text.toUpperCase();
  const out: CodeMention[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(upper); m !== null; m = CODE.exec(upper)) {
    const labelled = CODE_LABEL.test(block.text.slice(Math.max(0, m.index - 16), m.index));
    if (!labelled && creditCodeProblem(m[0]) !== undefined) continue;
    const owner = names.filter((n) => n.offset < m!.index).pop();
    if (owner && !owner.exact && !owner.formOnly && owner.distance > 2) continue;
    if (!entity.full) continue;
    out.push({ code: m[0], offset: m.index });
  }
  return out;
}

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
    const found = codes(block, entity, mentions(block, entity))[0];
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
    const names = mentions(block, entity);
    if (noSpace(block.text).includes(entity.full)) exactSeen = true;
    for (const mention of names) {
      if (mention.exact) exactSeen = true;
      else near.push({ block, mention });
    }
    if (!code) continue;
    for (const found of codes(block, entity, names)) {
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
          `主体名称不一致：文件中为“${mention.name}”，清单（service.entity）为“${declaredName}”——${difference(entity.full, mention.name)['zh-CN']}`,
          `Entity name differs: the document has "${mention.name}", the manifest (service.entity) "${declaredName}" — ${difference(entity.full, mention.name).en}`,
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

export const materialsEntityMismatch: Rule = {
  id: 'materials/entity-mismatch',
  stage: 'main',
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
