/**
 * materials/vague-scenario: the service scenario and scope are stated precisely. Vague wording is
 * a common reason for rejection: what is left once the generic words are taken out must still say
 * something.
 */
import { text, type Bilingual } from '../../model/finding.js';
import { phrases } from '../support/phrases.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

/** Characters (Chinese characters count one each; an English word counts one) below which a field is too short. */
const MIN_SCENARIO_LENGTH = 10;
/** What must remain once the generic words are removed. */
const MIN_SPECIFIC_LENGTH = 6;

/** Length as a reader weighs it: each Chinese character, and each English word, counts one. */
function weight(value: string): number {
  const cjk = value.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words =
    value.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return cjk + words;
}

function specific(ctx: RuleContext, value: string): string {
  let rest = value;
  for (const hit of phrases(ctx.manifest, 'scenario_generic').all(value).reverse()) {
    rest = rest.slice(0, hit.index) + ' '.repeat(hit.length) + rest.slice(hit.index + hit.length);
  }
  // Function characters say nothing about the service either.
  return rest.replace(/[的和与及或为等、，,。.；;：:（）()“”"'\s-]/g, '');
}

function judge(ctx: RuleContext, field: 'scenario' | 'scope', name: Bilingual): Draft[] {
  const value = ctx.manifest.service[field]?.trim();
  const pointer = `/service/${field}`;
  if (!value) {
    if (ctx.manifest.path === 'exempt') return [];
    return [
      {
        ...ctx.at(pointer),
        message: text(
          `未填写服务${name['zh-CN']}（service.${field}）；申请表须具体写明`,
          `No service ${name.en} (service.${field}); the application form must state it precisely`,
        ),
      },
    ];
  }
  const reasons: Bilingual[] = [];
  const length = weight(value);
  const rest = specific(ctx, value);
  if (length < MIN_SCENARIO_LENGTH) {
    reasons.push(
      text(
        `过短（${length} 字，至少 ${MIN_SCENARIO_LENGTH} 字）`,
        `too short (${length}, at least ${MIN_SCENARIO_LENGTH})`,
      ),
    );
  } else if (weight(rest) < MIN_SPECIFIC_LENGTH) {
    reasons.push(
      text(
        '几乎全是笼统用语（如“人工智能”“服务”“内容生成”）',
        'almost only generic words ("AI", "service", "content generation")',
      ),
    );
  }
  const open = phrases(ctx.manifest, 'scenario_open_ended').first(value);
  if (open)
    reasons.push(text(`含开放式措辞“${open.phrase}”`, `open-ended wording "${open.phrase}"`));
  if (reasons.length === 0) return [];
  return [
    {
      ...ctx.at(pointer),
      message: text(
        `服务${name['zh-CN']}“${value}”不够具体：${reasons.map((r) => r['zh-CN']).join('；')}。请写明面向谁、输入什么、输出什么`,
        `The service ${name.en} "${value}" is vague: ${reasons.map((r) => r.en).join('; ')}. Say who it serves, what goes in and what comes out`,
      ),
    },
  ];
}

const rule: Rule = {
  id: 'materials/vague-scenario',
  stage: 'main',
  needs: [],
  defaultSeverity: 'warning',
  status: 'U',
  title: text('服务场景或范围表述笼统', 'Service scenario or scope is vague'),
  help: text(
    '申请表中的服务场景与服务范围须具体：面向哪些用户、输入什么、输出什么、通过什么渠道提供。笼统表述（如“人工智能对话服务”“包括但不限于各类内容生成”）是常见的驳回原因。门禁检查 `service.scenario` 与 `service.scope`：过短、去掉笼统用语后所剩无几、或含开放式措辞时给出警告。笼统用语清单为 `phrases.scenario_generic`，可在清单中补充。',
    'The scenario and scope on the application form must be specific: which users, what goes in, what comes out, through which channel. Vague wording ("an AI chat service", "including but not limited to all kinds of content generation") is a common reason for rejection. The gate checks `service.scenario` and `service.scope` and warns when one is too short, says little once the generic words are removed, or is open-ended. The generic words are `phrases.scenario_generic`; extend them in the manifest.',
  ),
  source: text(
    '登记材料要求：申请表写明服务场景与范围，表述须具体（笼统是常见驳回原因）；长度与笼统用语的判断为本工具的经验值（U）。',
    "The registration requirements: the application form states the scenario and scope precisely (vague wording is a common rejection reason); the length and generic-word measures are this tool's heuristics (U).",
  ),
  example: {
    file: 'compliance.yml',
    line: 8,
    column: 13,
    message: text(
      '服务场景“人工智能对话服务”不够具体：过短（8 字，至少 10 字）。请写明面向谁、输入什么、输出什么',
      'The service scenario "人工智能对话服务" is vague: too short (8, at least 10). Say who it serves, what goes in and what comes out',
    ),
  },
  check(ctx) {
    return [
      ...judge(ctx, 'scenario', text('场景', 'scenario')),
      ...judge(ctx, 'scope', text('范围', 'scope')),
    ];
  },
};

export default rule;
