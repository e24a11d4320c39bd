/**
 * policy/safety-management: the content-safety management system has its three parts, and its
 * operating guidelines name every risk area.
 */
import { text } from '../../model/finding.js';
import { draftAt, placeOf } from '../support/document-place.js';
import { phrases } from '../support/phrases.js';
import { absent, documentState, SAFETY, usable } from '../support/policy-documents.js';
import { firstWith } from '../support/sentences.js';
import type { Rule } from '../rule.js';

const SAFETY_NAME = text('内容安全管理制度', 'content-safety management system');

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

const rule: Rule = {
  id: 'policy/safety-management',
  stage: 'main',
  needs: ['documents'],
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

export default rule;
