/**
 * policy/agreement-terms: the service agreement is declared, readable and contains the required
 * terms.
 */
import { text } from '../../model/finding.js';
import { startOf } from '../support/document-place.js';
import { builtInPhrases, phrases } from '../support/phrases.js';
import { PHRASES } from '../../data/phrases.js';
import { absent, AGREEMENT, documentState, usable } from '../support/policy-documents.js';
import type { Rule } from '../rule.js';

const AGREEMENT_NAME = text('用户服务协议', 'service agreement');

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

const rule: Rule = {
  id: 'policy/agreement-terms',
  stage: 'main',
  needs: ['documents'],
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
  wording: {
    accepts: AGREEMENT_PARTS.flatMap((part) =>
      part.lists.map((key) => ({
        label: text(
          `${part.name['zh-CN']}：${PHRASES[key].about['zh-CN']}`,
          `${part.name.en}: ${PHRASES[key].about.en}`,
        ),
        phrases: builtInPhrases(key),
      })),
    ),
    good: '您应当遵守法律法规，不得利用本服务生成、传播违法和不良信息；对违规账号，我们将采取警示、限制功能、暂停或终止服务等措施。本服务生成的内容属于人工智能生成合成内容，我们将依法添加显式标识和隐式标识。',
    bad: '您应当遵守法律法规，不得利用本服务生成、传播违法和不良信息；对违规账号，我们将采取警示、限制功能、暂停或终止服务等措施。',
    badWhy: text(
      '没有说明对人工智能生成内容的标识。',
      'It does not say that AI-generated content is labelled.',
    ),
  },
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
      // Phrases of one part may sit in neighbouring sentences of one paragraph.
      if (doc.blocks.some((block) => lists.every((list) => list.test(block.text)))) continue;
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

export default rule;
