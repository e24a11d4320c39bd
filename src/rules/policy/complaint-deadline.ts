/**
 * policy/complaint-deadline: the service agreement gives a complaint channel and a feedback
 * deadline within the limit; reply deadlines in the privacy policy are held to the same limit.
 */
import { text } from '../../model/finding.js';
import type { Block, DocumentText } from '../../evidence/document.js';
import type { Manifest } from '../../model/manifest.js';
import { SCHEMA_DEFAULTS } from '../../generated/schema-facts.js';
import { draftAt, placeOf } from '../support/document-place.js';
import { inWorkingDays, periods, periodText, type Period } from '../support/durations.js';
import { builtInPhrases, phrases, type Phrases } from '../support/phrases.js';
import { absent, AGREEMENT, PRIVACY, usable } from '../support/policy-documents.js';
import { clauses, sentences, sentencesWith } from '../support/sentences.js';
import type { Draft, Rule } from '../rule.js';

const DEFAULT_MAX_FEEDBACK_WORKING_DAYS = SCHEMA_DEFAULTS[
  'policies.service_agreement.max_feedback_working_days'
] as number;

interface Deadline {
  doc: DocumentText;
  block: Block;
  offset: number;
  period: Period;
  workingDays: number;
}

/** The heading of the section a block sits in, when there is one. */
function sectionHeading(blocks: readonly Block[], index: number): Block | undefined {
  for (let i = index - 1; i >= 0; i--) if (blocks[i]!.kind === 'heading') return blocks[i];
  return undefined;
}

/** Whether the block, the block before it or its section heading speaks of complaints. */
function aboutComplaints(lists: Phrases[], blocks: readonly Block[], index: number): boolean {
  const near = [blocks[index], blocks[index - 1], sectionHeading(blocks, index)];
  return near.some((b) => b !== undefined && lists.some((list) => list.test(b.text)));
}

/** How a deadline is written around its period: `15个工作日内`, `时限为15个工作日`, `不超过30天`. */
const DEADLINE_WORDS = {
  /** After the period: 内, 之内, 以内 (also 的时间内). */
  after: ['内', '之内', '以内'],
  /** Before it, within the clause: 时限为, 期限为. */
  naming: ['时限', '期限', '时间', '周期'],
  /** Right before it: 不超过, 最长. */
  bound: ['不超过', '不超', '最长', '最多', '最迟', '最晚', '至多', 'within'],
} as const;
const DEADLINE_AFTER = new RegExp(
  `^\\s*(?:的)?\\s*(?:时间|期限)?\\s*(?:${DEADLINE_WORDS.after.join('|')})`,
);
const DEADLINE_BEFORE = new RegExp(
  `(?:(?:${DEADLINE_WORDS.naming.join('|')})[^。，,；;]{0,10}|${DEADLINE_WORDS.bound.join('|')})\\s*$`,
  'i',
);
// 处理 as handling a request, not 匿名化处理 (what happens to data).
const HANDLING = /(?<!匿名化|去标识化)处理|办结|handle|resolve/i;

function deadlines(manifest: Manifest, doc: DocumentText): Deadline[] {
  const complaint = phrases(manifest, 'complaint');
  const feedback = phrases(manifest, 'feedback');
  const about = (value: string) => complaint.test(value) || feedback.test(value);
  const out: Deadline[] = [];
  doc.blocks.forEach((block, index) => {
    const all = sentences(block.text);
    all.forEach((s, k) => {
      // The deadline may follow in the next sentence or under a complaint heading (处理 only).
      const inContext =
        about(s.text) ||
        (HANDLING.test(s.text) &&
          ((k > 0 && about(all[k - 1]!.text)) ||
            aboutComplaints([complaint, feedback], doc.blocks, index)));
      if (!inContext) return;
      const keeping = phrases(manifest, 'retention');
      for (const period of periods(s.text)) {
        // 投诉记录的保存期限为6个月: how long records are kept, not when a reply comes.
        const clause = clauses(s.text).find(
          (c) => c.offset <= period.index && period.index < c.offset + c.text.length,
        );
        if (clause && keeping.test(clause.text)) continue;
        const after = s.text.slice(period.index + period.length, period.index + period.length + 8);
        const before = s.text.slice(Math.max(0, period.index - 16), period.index);
        if (!DEADLINE_AFTER.test(after) && !DEADLINE_BEFORE.test(before)) continue;
        out.push({
          doc,
          block,
          offset: s.offset + period.index,
          period,
          workingDays: inWorkingDays(period),
        });
      }
    });
  });
  return out;
}

// An address a complaint can be sent to, however the channel is named; 【…】 names an in-app place.
const ADDRESS =
  /【[^【】]{1,24}】|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/|www\.|(?<![0-9])(?:400|800)[-\s]?[0-9]{3}[-\s]?[0-9]{4}|(?<![0-9])0[0-9]{2,3}[-\s]?[0-9]{7,8}|(?<![0-9])1[3-9][0-9]{9}(?![0-9])/i;

/**
 * A complaint channel: a sentence about complaints that names one, or a channel given in a
 * block about complaints (a 投诉与举报 section listing 客服邮箱 / 客服电话).
 */
function hasChannel(manifest: Manifest, doc: DocumentText): boolean {
  const complaint = phrases(manifest, 'complaint');
  const channel = phrases(manifest, 'complaint_channel');
  const names = (value: string) => channel.test(value) || ADDRESS.test(value);
  if (sentencesWith(doc, [complaint]).some((hit) => names(hit.sentence))) return true;
  return doc.blocks.some(
    (block, index) =>
      block.kind !== 'heading' &&
      names(block.text) &&
      aboutComplaints([complaint], doc.blocks, index),
  );
}

const rule: Rule = {
  id: 'policy/complaint-deadline',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'V',
  title: text(
    '投诉举报渠道或反馈时限不合规',
    'Complaint channel or feedback deadline missing or too long',
  ),
  help: text(
    '用户服务协议须提供投诉举报渠道并写明反馈处理时限；时限超过 15 个工作日（`policies.service_agreement.max_feedback_working_days`）视为不合规。隐私政策中的答复时限也按同一上限检查。渠道须是可以联系到的地方：入口、邮箱、电话、客服或网址（投诉与举报章节下列出的客服邮箱、客服电话也算）；只写“平台接受投诉举报”不算。时限的常见写法都会识别：“15个工作日内”“处理时限最长不超过15个工作日”“反馈处理时限为15个工作日”“在不超过三十天的时间内答复”，以及紧随投诉说明的下一句“我们将在15个工作日内处理完毕”。自然日按每 7 天 5 个工作日折算（15 个工作日约合 21 天）。',
    'The service agreement must give a complaint and report channel and a feedback deadline; a deadline over 15 working days (`policies.service_agreement.max_feedback_working_days`) is non-compliant. Reply deadlines in the privacy policy are held to the same limit. A channel is somewhere a user can reach: an entry point, email, phone, customer service or web address (a 客服邮箱 / 客服电话 listed under a complaints heading counts); "the platform accepts complaints" alone does not. The usual forms of a deadline are read: 15个工作日内, 处理时限最长不超过15个工作日, 反馈处理时限为15个工作日, 在不超过三十天的时间内答复, and 我们将在15个工作日内处理完毕 in the sentence after the complaint clause. Calendar days count 5 working days in every 7 (15 working days is about 21 days).',
  ),
  wording: {
    accepts: [
      { label: text('投诉、举报', 'Complaints and reports'), phrases: builtInPhrases('complaint') },
      { label: text('反馈、答复', 'Feedback and replies'), phrases: builtInPhrases('feedback') },
      { label: text('渠道', 'Channels'), phrases: builtInPhrases('complaint_channel') },
      { label: text('时限之后的词', 'After the period'), phrases: DEADLINE_WORDS.after },
      { label: text('点明时限的词', 'Naming the deadline'), phrases: DEADLINE_WORDS.naming },
      { label: text('上限的说法', 'Bounds'), phrases: DEADLINE_WORDS.bound },
    ],
    good: '如您发现违法和不良信息，可通过客服邮箱 report@example.cn 投诉举报。处理时限最长不超过15个工作日。',
    bad: '平台接受投诉举报，并将在不超过30天的时间内答复。',
    badWhy: text(
      '没有可以联系的渠道，且 30 天约合 21 个工作日，超过 15 个工作日。',
      'No channel a user can reach, and 30 days is about 21 working days, more than 15.',
    ),
  },
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
      if (!hasChannel(ctx.manifest, agreement)) {
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

export default rule;
