/**
 * policy/safety-management: the content-safety management system has its three parts, and its
 * operating guidelines name every risk area.
 */
import { PHRASES } from '../../data/phrases.js';
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
      '操作指引（梳理基础设施、服务提供、应用落地等全流程风险）',
      'operating guidelines (the risks across infrastructure, service provision and application)',
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

/** The stages the seed's guidelines walk through: 基础设施、服务提供、应用落地. */
const RISK_AREAS = [
  { key: 'safety_infrastructure', name: text('基础设施', 'infrastructure') },
  { key: 'safety_service', name: text('服务提供', 'service provision') },
  { key: 'safety_application', name: text('应用落地', 'application') },
] as const;

const rule: Rule = {
  id: 'policy/safety-management',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('内容安全管理制度缺少必要部分', 'Content-safety management system incomplete'),
  help: text(
    '内容安全管理制度（`content_safety.management_system`）须包含三部分：操作指引（系统梳理基础设施、服务提供、应用落地等全流程面临的风险）、审核组织（人员配置、职责、流程）、持续跟踪与审计（定期风险评估、合规审计、闭环整改）。每一部分缺失各报告一次；操作指引未提及某个环节时给出警告。',
    'The content-safety management system (`content_safety.management_system`) needs three parts: operating guidelines that go through the risks of every stage (infrastructure, service provision, application); the review organisation (staffing, duties, process); continuous tracking and audit (periodic risk reviews, compliance audits, closed loop). Each missing part is one finding; guidelines that leave out a stage get a warning.',
  ),
  source: text(
    '登记材料要求：内容安全管理制度（操作指引、审核组织、持续跟踪与审计）。',
    'The registration requirements: the content-safety management system (operating guidelines, review organisation, continuous tracking and audit).',
  ),
  example: {
    file: 'compliance/content-safety/内容安全管理制度.docx',
    message: text(
      '第 1 段：内容安全管理制度缺少：持续跟踪与审计（定期风险评估、合规审计、闭环整改）',
      'Paragraph 1: The content-safety management system lacks: continuous tracking and audit (periodic risk reviews, compliance audits, closed loop)',
    ),
  },
  wording: {
    accepts: [
      { label: SAFETY_PARTS[0].name, phrases: PHRASES.safety_guidelines.zh },
      ...RISK_AREAS.map((area) => ({ label: area.name, phrases: PHRASES[area.key].zh })),
      { label: SAFETY_PARTS[1].name, phrases: PHRASES.safety_review.zh },
      { label: SAFETY_PARTS[2].name, phrases: PHRASES.safety_audit.zh },
    ],
    good: [
      '一、操作指引',
      '制定规范化操作指引：系统梳理基础设施、服务提供、应用落地等全流程面临的各类风险。',
      '二、审核组织',
      '设内容安全小组，配备专职审核员 4 名，负责人工复核与举报处理。',
      '三、持续跟踪与审计',
      '每季度开展风险评估，每年开展合规审计，问题整改闭环。',
    ].join('\n'),
    bad: [
      '一、操作指引',
      '基础设施与服务提供环节的风险由技术部统一防控。',
      '二、审核组织',
      '设内容安全小组，配备专职审核员 4 名。',
    ].join('\n'),
    badWhy: text(
      '没有持续跟踪与审计，操作指引也未梳理应用落地环节的风险',
      'there is no tracking and audit, and the guidelines leave out the application stage',
    ),
  },
  check(ctx) {
    const state = documentState(
      ctx,
      SAFETY,
      SAFETY,
      SAFETY_NAME,
      text(
        '操作指引、审核组织、持续跟踪与审计',
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
            `操作指引未梳理以下环节的风险：${missing.map((m) => m.name['zh-CN']).join('、')}`,
            `The operating guidelines do not go through the risks of: ${missing.map((m) => m.name.en).join(', ')}`,
          ),
          { severity: 'warning' },
        ),
      );
    }
    return drafts;
  },
};

export default rule;
