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
import { phrases } from '../support/phrases.js';
import { absent, AGREEMENT, PRIVACY, usable } from '../support/policy-documents.js';
import { firstWith, sentences } from '../support/sentences.js';
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

export default rule;
