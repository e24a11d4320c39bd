/**
 * policy/*: the privacy policy, the service agreement and the content-safety management system say
 * what the registration materials require, at the line (or page, paragraph) that says it.
 */
import { text } from '../finding.js';
import type { Block, DocumentText } from '../evidence/documents.js';
import type { Manifest } from '../manifest/types.js';
import { SCHEMA_DEFAULTS } from '../generated/schema-facts.js';
import { inMonths, inWorkingDays, periods, periodText, type Period } from './durations.js';
import {
  clauses,
  draftAt,
  phrases,
  placeOf,
  quote,
  sentences,
  startOf,
  type Phrases,
} from './document-text.js';
import { absent, AGREEMENT, documentState, PRIVACY, SAFETY, usable } from './policy-documents.js';
import type { Draft, Rule } from './rule.js';

export const DEFAULT_MAX_DELETION_STEPS = SCHEMA_DEFAULTS[
  'policies.privacy.max_deletion_steps'
] as number;
export const DEFAULT_MAX_FEEDBACK_WORKING_DAYS = SCHEMA_DEFAULTS[
  'policies.service_agreement.max_feedback_working_days'
] as number;

const PRIVACY_NAME = text('隐私政策', 'privacy policy');
const AGREEMENT_NAME = text('用户服务协议', 'service agreement');
const SAFETY_NAME = text('内容安全管理制度', 'content-safety management system');

interface Hit {
  block: Block;
  /** Offset of the hit in the block's text. */
  offset: number;
  sentence: string;
}

/** Every sentence of the document that every list matches. */
function sentencesWith(doc: DocumentText, lists: Phrases[]): Hit[] {
  const hits: Hit[] = [];
  for (const block of doc.blocks) {
    if (!lists.every((list) => list.test(block.text))) continue;
    for (const s of sentences(block.text)) {
      const first = lists[0]!.first(s.text);
      if (first && lists.every((list) => list.test(s.text))) {
        hits.push({ block, offset: s.offset + first.index, sentence: s.text });
      }
    }
  }
  return hits;
}

function firstWith(doc: DocumentText, lists: Phrases[]): Hit | undefined {
  return sentencesWith(doc, lists)[0];
}

/** True when a negation sits just before `index` in the same clause (我们不会永久保存). */
function negated(manifest: Manifest, clause: string, index: number): boolean {
  const before = clause.slice(Math.max(0, index - 6), index);
  return phrases(manifest, 'negation').test(before);
}

export const policyPrivacyMissing: Rule = {
  id: 'policy/privacy-missing',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('缺少隐私政策或无法读取', 'Privacy policy missing or unreadable'),
  help: text(
    '登记与备案都要求提交隐私政策（收集范围、以月计的保存期限、不超过 4 步的删除路径，符合《个人信息保护法》）。在 `policies.privacy.path` 中写明仓库内的文件（Markdown、TXT、HTML、DOCX 或带文字层的 PDF）。扫描件无法核验，会得到一条说明无法核验内容的提示。',
    'Registration and filing both need a privacy policy (collection scope, a retention period in months, a deletion path of at most 4 steps, PIPL-conformant). Name a file in the repository under `policies.privacy.path` (Markdown, TXT, HTML, DOCX or a PDF with a text layer). A scan cannot be verified: it gets a note saying what could not be checked.',
  ),
  source: text(
    '登记材料要求：用户权益材料中的隐私政策（收集范围、保存期限、删除路径不超过 4 步，符合《个人信息保护法》）。',
    'The registration requirements: a privacy policy among the user-rights materials (collection scope, retention period, deletion in at most 4 steps, PIPL-conformant).',
  ),
  example: {
    file: 'web/public/privacy.pdf',
    message: text(
      'web/public/privacy.pdf 设有打开密码，无法读取；审核人员同样无法打开。请提交未加密的版本',
      'web/public/privacy.pdf is password-protected and cannot be read; reviewers cannot open it either. Submit an unencrypted copy',
    ),
  },
  check(ctx) {
    return documentState(
      ctx,
      PRIVACY,
      '/policies/privacy',
      PRIVACY_NAME,
      text(
        '收集范围、保存期限与删除路径',
        'the collection scope, retention period and deletion path',
      ),
    );
  },
};

export const policyPrivacyScope: Rule = {
  id: 'policy/privacy-scope',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text(
    '隐私政策未说明收集范围与目的',
    'Privacy policy does not state what is collected and why',
  ),
  help: text(
    '隐私政策须写明收集哪些个人信息、各自用于什么目的，例如“我们收集您的手机号码，用于实名认证”。词语清单见 `phrases.privacy_collection` / `phrases.privacy_purpose`，可在清单中补充。',
    'The privacy policy must say which personal information is collected and what for, e.g. "we collect your phone number to verify your identity". The phrase lists are `phrases.privacy_collection` / `phrases.privacy_purpose`; extend them in the manifest.',
  ),
  example: {
    file: 'web/public/privacy.html',
    line: 8,
    message: text(
      '写明了收集个人信息，但没有说明用途：“我们收集您的手机号码和设备信息。”',
      'Says personal information is collected but not what for: "我们收集您的手机号码和设备信息。"',
    ),
  },
  check(ctx) {
    const doc = usable(ctx, PRIVACY);
    if (!doc) return [];
    const collection = phrases(ctx.manifest, 'privacy_collection');
    const purpose = phrases(ctx.manifest, 'privacy_purpose');
    const collecting = sentencesWith(doc, [collection]);
    if (collecting.length === 0) {
      return [
        absent(
          doc,
          text(
            '隐私政策没有说明收集哪些个人信息（收集范围）',
            'The privacy policy does not say which personal information is collected',
          ),
        ),
      ];
    }
    // The purpose may be in the same sentence, the same block, or the block right after it.
    const explained = collecting.some((hit) => {
      const i = doc.blocks.indexOf(hit.block);
      return [doc.blocks[i], doc.blocks[i + 1]].some(
        (b) => b !== undefined && purpose.test(b.text),
      );
    });
    if (explained) return [];
    // Point at a statement rather than at a section title such as 一、我们收集的信息.
    const hit =
      collecting.find((h) => h.block.kind !== 'heading' && /[。.；;]$/.test(h.sentence.trim())) ??
      collecting[0]!;
    return [
      absent(
        doc,
        text(
          `写明了收集个人信息，但没有说明用途：“${quote(hit.sentence)}”`,
          `Says personal information is collected but not what for: "${quote(hit.sentence)}"`,
        ),
        placeOf(doc, hit.block, hit.offset),
      ),
    ];
  },
};

interface StatedPeriod {
  block: Block;
  period: Period;
  offset: number;
  months: number;
}

function retentionStatements(manifest: Manifest, doc: DocumentText) {
  const retention = phrases(manifest, 'retention');
  const minimum = phrases(manifest, 'retention_minimum');
  const logs = phrases(manifest, 'retention_logs');
  const permanent = phrases(manifest, 'retention_permanent');
  const anonymised = phrases(manifest, 'anonymised');
  const stated: StatedPeriod[] = [];
  const forever: { block: Block; offset: number; phrase: string }[] = [];
  for (const block of doc.blocks) {
    if (!retention.test(block.text)) continue;
    for (const s of sentences(block.text)) {
      if (!retention.test(s.text)) continue;
      for (const c of clauses(s.text)) {
        const hit = permanent.first(c.text);
        if (hit && !negated(manifest, c.text, hit.index) && !anonymised.test(c.text)) {
          forever.push({ block, offset: s.offset + c.offset + hit.index, phrase: hit.phrase });
        }
      }
      // Log retention follows the legal minimum (at least six months); it is not this maximum.
      if (logs.test(s.text)) continue;
      for (const period of periods(s.text)) {
        const before = s.text.slice(Math.max(0, period.index - 8), period.index);
        const after = s.text.slice(period.index + period.length, period.index + period.length + 3);
        if (minimum.test(before) || /^\s*(以上|起)/.test(after)) continue;
        stated.push({ block, period, offset: s.offset + period.index, months: inMonths(period) });
      }
    }
  }
  return { stated, forever };
}

export const policyPrivacyRetention: Rule = {
  id: 'policy/privacy-retention',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('个人信息保存期限不合规', 'Retention period missing, too long or permanent'),
  help: text(
    '隐私政策须写明个人信息的保存期限（以月计，例如“保存期限为6个月”），不得长于清单 `policies.privacy.retention_months` 声明的最长期限，且不得“永久保存”个人信息（《个人信息保护法》第十九条：保存期限应为实现处理目的所必要的最短时间）。“不少于”等最短期限（如网络日志依法保存不少于六个月）不计入比较；匿名化后的信息不再是个人信息。',
    'The privacy policy must state how long personal information is kept (in months, e.g. "保存期限为6个月"), no longer than the maximum declared in `policies.privacy.retention_months`, and never "permanently" (PIPL art. 19: the shortest period the purpose needs). Minimums ("at least", such as network logs kept at least six months by law) are not compared; anonymised information is no longer personal information.',
  ),
  source: text(
    '登记材料要求：隐私政策写明保存期限（以月计）；《个人信息保护法》第十九条。',
    'The registration requirements: the privacy policy states the retention period in months; PIPL art. 19.',
  ),
  example: {
    file: 'web/public/privacy.html',
    line: 10,
    message: text(
      '保存期限“24个月”超过清单声明的最长 6 个月（policies.privacy.retention_months）',
      'Retention "24个月" exceeds the declared maximum of 6 months (policies.privacy.retention_months)',
    ),
  },
  check(ctx) {
    const doc = usable(ctx, PRIVACY);
    if (!doc) return [];
    const declared = ctx.manifest.policies?.privacy?.retention_months;
    const { stated, forever } = retentionStatements(ctx.manifest, doc);
    const drafts: Draft[] = forever.map(({ block, offset, phrase }) =>
      draftAt(
        placeOf(doc, block, offset),
        text(
          `写有“${phrase}”：个人信息不得永久保存，须写明以月计的保存期限`,
          `Says "${phrase}": personal information may not be kept permanently; state a period in months`,
        ),
      ),
    );
    if (stated.length === 0 && forever.length === 0) {
      drafts.push(
        absent(
          doc,
          text(
            '隐私政策没有写明个人信息的保存期限（例如“保存期限为6个月”）',
            'The privacy policy states no retention period (e.g. "保存期限为6个月")',
          ),
        ),
      );
    }
    if (declared !== undefined) {
      for (const { block, period, offset, months } of stated) {
        if (months <= declared + 1e-9) continue;
        drafts.push(
          draftAt(
            placeOf(doc, block, offset),
            text(
              `保存期限“${period.raw}”超过清单声明的最长 ${declared} 个月（policies.privacy.retention_months）`,
              `Retention "${period.raw}" exceeds the declared maximum of ${declared} months (policies.privacy.retention_months)`,
            ),
            { data: { months, limit: declared } },
          ),
        );
      }
    }
    return drafts;
  },
};

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

export const policyPrivacyDeletionSteps: Rule = {
  id: 'policy/privacy-deletion-steps',
  stage: 'main',
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

const AGREEMENT_PARTS = [
  {
    key: 'usage_rules',
    name: text('使用规范', 'usage rules'),
    lists: ['usage_rules'],
  },
  {
    key: 'prohibited_content',
    name: text('禁止生成、传播的内容', 'prohibited content'),
    lists: ['prohibited_content'],
  },
  {
    key: 'account_measures',
    name: text(
      '对违规账号的处置措施（警示、限制功能、暂停或终止服务等）',
      'measures against violating accounts (warning, restriction, suspension or termination)',
    ),
    lists: ['account_measures'],
  },
  {
    key: 'labelling',
    name: text('人工智能生成内容的标识说明', 'the notice that AI-generated content is labelled'),
    lists: ['labelling_marks', 'labelling_ai'],
  },
] as const;

export const policyAgreementTerms: Rule = {
  id: 'policy/agreement-terms',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('用户服务协议缺少必要条款', 'Service agreement lacks required terms'),
  help: text(
    '用户服务协议须包含：使用规范、禁止生成或传播的内容、对违规账号的处置措施，以及对人工智能生成内容进行标识的说明（《人工智能生成合成内容标识办法》）。协议未声明（`policies.service_agreement.path`）或无法读取也在此报告。词语清单可在 `phrases:` 中补充。',
    'The service agreement must contain usage rules, the prohibited content, the measures taken against violating accounts, and the notice that AI-generated content is labelled (the labelling measures). A missing (`policies.service_agreement.path`) or unreadable agreement is reported here too. Extend the phrase lists under `phrases:`.',
  ),
  source: text(
    '登记材料要求：用户服务协议（使用规则、投诉举报渠道、反馈处理时限）；《人工智能生成合成内容标识办法》（2025 年 9 月 1 日起施行）要求在用户服务协议中说明标识方法。',
    'The registration requirements: the service agreement (usage rules, complaint channel, feedback deadline); the AI-generated content labelling measures (in force 2025-09-01) require the user agreement to describe the labelling.',
  ),
  example: {
    file: 'web/public/terms.html',
    line: 5,
    message: text(
      '用户服务协议缺少：人工智能生成内容的标识说明',
      'The service agreement lacks: the notice that AI-generated content is labelled',
    ),
  },
  check(ctx) {
    const state = documentState(
      ctx,
      AGREEMENT,
      '/policies/service_agreement',
      AGREEMENT_NAME,
      text(
        '使用规范、处置措施、标识说明与投诉渠道',
        'the usage rules, measures, labelling notice and complaint channel',
      ),
    );
    const doc = usable(ctx, AGREEMENT);
    if (!doc) return state;
    const drafts = [...state];
    for (const part of AGREEMENT_PARTS) {
      const lists = part.lists.map((key) => phrases(ctx.manifest, key));
      if (firstWith(doc, lists)) continue;
      drafts.push(
        absent(
          doc,
          text(
            `用户服务协议缺少：${part.name['zh-CN']}`,
            `The service agreement lacks: ${part.name.en}`,
          ),
          startOf(doc),
        ),
      );
    }
    return drafts;
  },
};

interface Deadline {
  doc: DocumentText;
  block: Block;
  offset: number;
  period: Period;
  workingDays: number;
}

function deadlines(manifest: Manifest, doc: DocumentText): Deadline[] {
  const complaint = phrases(manifest, 'complaint');
  const feedback = phrases(manifest, 'feedback');
  const out: Deadline[] = [];
  for (const block of doc.blocks) {
    if (!complaint.test(block.text) && !feedback.test(block.text)) continue;
    for (const s of sentences(block.text)) {
      if (!complaint.test(s.text) && !feedback.test(s.text)) continue;
      for (const period of periods(s.text)) {
        // A deadline is a period followed by 内 / within: 15个工作日内, within 15 working days.
        const after = s.text.slice(period.index + period.length, period.index + period.length + 2);
        const before = s.text.slice(Math.max(0, period.index - 7), period.index);
        if (!/^\s*(内|之内|以内)/.test(after) && !/within\s*$/i.test(before)) continue;
        out.push({
          doc,
          block,
          offset: s.offset + period.index,
          period,
          workingDays: inWorkingDays(period),
        });
      }
    }
  }
  return out;
}

export const policyComplaintDeadline: Rule = {
  id: 'policy/complaint-deadline',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'V',
  title: text(
    '投诉举报渠道或反馈时限不合规',
    'Complaint channel or feedback deadline missing or too long',
  ),
  help: text(
    '用户服务协议须提供投诉举报渠道（入口、邮箱或电话）并写明反馈处理时限；时限超过 15 个工作日（`policies.service_agreement.max_feedback_working_days`）视为不合规。隐私政策中的答复时限也按同一上限检查。自然日按每 7 天 5 个工作日折算（15 个工作日约合 21 天）。',
    'The service agreement must give a complaint and report channel (an entry point, email or phone) and a feedback deadline; a deadline over 15 working days (`policies.service_agreement.max_feedback_working_days`) is non-compliant. Reply deadlines in the privacy policy are held to the same limit. Calendar days count 5 working days in every 7 (15 working days is about 21 days).',
  ),
  source: text(
    '登记材料要求：用户服务协议写明投诉举报渠道与反馈处理时限；《App 违法违规收集使用个人信息行为认定方法》：承诺的受理、处理和反馈时限超过 15 个工作日视为未提供有效的投诉渠道。',
    'The registration requirements: the service agreement states the complaint channel and the feedback deadline; the App personal-information practice rules treat a promised deadline over 15 working days as no effective complaint channel.',
  ),
  example: {
    file: 'web/public/terms.html',
    line: 14,
    message: text(
      '反馈时限“30个工作日”超过 15 个工作日',
      'Feedback deadline "30个工作日" exceeds 15 working days',
    ),
  },
  check(ctx) {
    const limit =
      ctx.manifest.policies?.service_agreement?.max_feedback_working_days ??
      DEFAULT_MAX_FEEDBACK_WORKING_DAYS;
    const drafts: Draft[] = [];
    const agreement = usable(ctx, AGREEMENT);
    const privacy = usable(ctx, PRIVACY);
    if (agreement) {
      const complaint = phrases(ctx.manifest, 'complaint');
      const channel = phrases(ctx.manifest, 'complaint_channel');
      if (!firstWith(agreement, [complaint, channel])) {
        drafts.push(
          absent(
            agreement,
            text(
              '用户服务协议没有提供投诉举报渠道（入口、邮箱或电话）',
              'The service agreement gives no complaint or report channel (entry point, email or phone)',
            ),
          ),
        );
      }
      if (deadlines(ctx.manifest, agreement).length === 0) {
        drafts.push(
          absent(
            agreement,
            text(
              '用户服务协议没有写明投诉举报的反馈处理时限（例如“15个工作日内处理并反馈”）',
              'The service agreement states no feedback deadline for complaints (e.g. "15个工作日内处理并反馈")',
            ),
          ),
        );
      }
    }
    const docs = [agreement, privacy].filter((d): d is DocumentText => d !== undefined);
    const seen = new Set<DocumentText>();
    for (const doc of docs) {
      if (seen.has(doc)) continue;
      seen.add(doc);
      for (const d of deadlines(ctx.manifest, doc)) {
        if (d.workingDays <= limit + 1e-9) continue;
        const shown = periodText(limit, 'working-day');
        drafts.push(
          draftAt(
            placeOf(doc, d.block, d.offset),
            text(
              `反馈时限“${d.period.raw}”超过 ${shown.zh}${d.period.unit === 'working-day' ? '' : `（约合 ${Math.round(d.workingDays)} 个工作日）`}`,
              `Feedback deadline "${d.period.raw}" exceeds ${shown.en}${d.period.unit === 'working-day' ? '' : ` (about ${Math.round(d.workingDays)} working days)`}`,
            ),
            { data: { workingDays: Math.round(d.workingDays * 10) / 10, limit } },
          ),
        );
      }
    }
    return drafts;
  },
};

const SAFETY_PARTS = [
  {
    key: 'safety_guidelines',
    name: text(
      '运营规范（覆盖基础设施、服务与应用风险）',
      'operating guidelines (infrastructure, service and application risks)',
    ),
  },
  {
    key: 'safety_review',
    name: text(
      '审核组织（人员配置、职责、流程）',
      'the review organisation (staffing, duties, process)',
    ),
  },
  {
    key: 'safety_audit',
    name: text(
      '持续跟踪与审计（定期风险评估、合规审计、闭环整改）',
      'continuous tracking and audit (periodic risk reviews, compliance audits, closed loop)',
    ),
  },
] as const;

const RISK_AREAS = [
  { key: 'safety_infrastructure', name: text('基础设施风险', 'infrastructure risks') },
  { key: 'safety_service', name: text('服务风险', 'service risks') },
  { key: 'safety_application', name: text('应用风险', 'application risks') },
] as const;

export const policySafetyManagement: Rule = {
  id: 'policy/safety-management',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('内容安全管理制度缺少必要部分', 'Content-safety management system incomplete'),
  help: text(
    '内容安全管理制度（`content_safety.management_system`）须包含三部分：运营规范（覆盖基础设施、服务与应用风险）、审核组织（人员配置、职责、流程）、持续跟踪与审计（定期风险评估、合规审计、闭环整改）。每一部分缺失各报告一次；运营规范未提及某类风险时给出警告。',
    'The content-safety management system (`content_safety.management_system`) needs three parts: operating guidelines across infrastructure, service and application risks; the review organisation (staffing, duties, process); continuous tracking and audit (periodic risk reviews, compliance audits, closed loop). Each missing part is one finding; guidelines that do not name a risk area get a warning.',
  ),
  source: text(
    '登记材料要求：内容安全管理制度（运营规范、审核组织、持续跟踪与审计）。',
    'The registration requirements: the content-safety management system (operating guidelines, review organisation, continuous tracking and audit).',
  ),
  example: {
    file: 'compliance/content-safety/内容安全管理制度.docx',
    message: text(
      '第 1 段：内容安全管理制度缺少：持续跟踪与审计（定期风险评估、合规审计、闭环整改）',
      'Paragraph 1: The content-safety management system lacks: continuous tracking and audit (periodic risk reviews, compliance audits, closed loop)',
    ),
  },
  check(ctx) {
    const state = documentState(
      ctx,
      SAFETY,
      SAFETY,
      SAFETY_NAME,
      text(
        '运营规范、审核组织、持续跟踪与审计',
        'the operating guidelines, review organisation, tracking and audit',
      ),
    );
    const doc = usable(ctx, SAFETY);
    if (!doc) return state;
    const drafts = [...state];
    for (const part of SAFETY_PARTS) {
      const hit = firstWith(doc, [phrases(ctx.manifest, part.key)]);
      if (!hit) {
        drafts.push(
          absent(
            doc,
            text(
              `内容安全管理制度缺少：${part.name['zh-CN']}`,
              `The content-safety management system lacks: ${part.name.en}`,
            ),
          ),
        );
        continue;
      }
      if (part.key !== 'safety_guidelines') continue;
      const missing = RISK_AREAS.filter(
        (area) => !doc.blocks.some((b) => phrases(ctx.manifest, area.key).test(b.text)),
      );
      if (missing.length === 0) continue;
      drafts.push(
        draftAt(
          placeOf(doc, hit.block, hit.offset),
          text(
            `运营规范未提及：${missing.map((m) => m.name['zh-CN']).join('、')}`,
            `The operating guidelines do not mention: ${missing.map((m) => m.name.en).join(', ')}`,
          ),
          { severity: 'warning' },
        ),
      );
    }
    return drafts;
  },
};

export const POLICY_RULES: readonly Rule[] = [
  policyPrivacyMissing,
  policyPrivacyScope,
  policyPrivacyRetention,
  policyPrivacyDeletionSteps,
  policyAgreementTerms,
  policyComplaintDeadline,
  policySafetyManagement,
];
