/**
 * policy/privacy-retention: the privacy policy states a retention period in months, within the
 * declared maximum, and never keeps personal information permanently.
 */
import { text } from '../../model/finding.js';
import type { Block, DocumentText } from '../../evidence/document.js';
import type { Manifest } from '../../model/manifest.js';
import { positionOf } from '../../manifest/load.js';
import { draftAt, placeOf } from '../support/document-place.js';
import { inMonths, periods, type Period } from '../support/durations.js';
import { builtInPhrases, phrases, type Phrases } from '../support/phrases.js';
import { tables } from '../support/table-rows.js';
import { absent, PRIVACY, usable } from '../support/policy-documents.js';
import { clauses, sentences } from '../support/sentences.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

/**
 * True when a negation governs the phrase at `index` in its clause: a word such as 不会 or 不得
 * anywhere before it (我们不会对您输入的内容进行永久保存), a single 不 / 无 right before it.
 */
function negated(manifest: Manifest, clause: string, index: number): boolean {
  const negation = phrases(manifest, 'negation');
  const before = clause.slice(0, index);
  const near = before.slice(-6);
  return negation.all(before).some((m) => m.phrase.length > 1) || negation.test(near);
}

/** 保留……权利 / 保留……权力: reserving a right, not keeping information. */
function reservesRight(value: string, at: number, length: number): boolean {
  return /^[^。，,；;]{0,16}权[利力]/.test(value.slice(at + length));
}

/** The retention phrases of a sentence that speak of keeping information. */
function keeps(retention: Phrases, value: string): boolean {
  return retention.all(value).some((m) => !reservesRight(value, m.index, m.length));
}

/** Log retention at or under the legal minimum (at least six months) is never too long. */
const LOG_MINIMUM_MONTHS = 6;

interface StatedPeriod {
  block: Block;
  period: Period;
  offset: number;
  months: number;
  /** `至少3年`: the period is a minimum, so the information is kept at least that long. */
  shown: string;
}

function retentionStatements(manifest: Manifest, doc: DocumentText) {
  const retention = phrases(manifest, 'retention');
  const minimum = phrases(manifest, 'retention_minimum');
  const logs = phrases(manifest, 'retention_logs');
  const permanent = phrases(manifest, 'retention_permanent');
  const anonymised = phrases(manifest, 'anonymised');
  const stated: StatedPeriod[] = [];
  const forever: { block: Block; offset: number; phrase: string }[] = [];
  const state = (block: Block, offset: number, value: string, isLog: boolean) => {
    for (const period of periods(value)) {
      const before = value.slice(Math.max(0, period.index - 8), period.index);
      const after = value.slice(period.index + period.length, period.index + period.length + 3);
      if (/^\s*起/.test(after)) continue;
      const months = inMonths(period);
      if (isLog && months <= LOG_MINIMUM_MONTHS + 1e-9) continue;
      const least = minimum.all(before).pop();
      const shown = least
        ? value.slice(period.index - before.length + least.index, period.index + period.length)
        : /^\s*以上/.test(after)
          ? `${period.raw}以上`
          : period.raw;
      stated.push({ block, period, offset: offset + period.index, months, shown });
    }
  };
  for (const block of doc.blocks) {
    if (block.table || !retention.test(block.text)) continue;
    for (const s of sentences(block.text)) {
      if (!keeps(retention, s.text)) continue;
      for (const c of clauses(s.text)) {
        const hit = permanent.first(c.text);
        if (hit && !negated(manifest, c.text, hit.index) && !anonymised.test(c.text)) {
          forever.push({ block, offset: s.offset + c.offset + hit.index, phrase: hit.phrase });
        }
      }
      state(block, s.offset, s.text, logs.test(s.text));
    }
  }
  // A table of what is kept how long: a period in a row whose column or row speaks of keeping.
  for (const table of tables(doc)) {
    const headed = table.header.map((cell) => keeps(retention, cell.text));
    for (const row of table.rows) {
      const rowText = row.map((cell) => cell.text).join(' ');
      const rowKeeps = keeps(retention, rowText);
      const isLog = logs.test(rowText);
      row.forEach((cell, column) => {
        if (!headed[column] && !rowKeeps) return;
        state(cell.block, cell.offset, cell.text, isLog);
        const hit =
          permanent.first(cell.text) ??
          (/^永久$|^长期$/.test(cell.text.trim())
            ? { index: 0, phrase: cell.text.trim() }
            : undefined);
        if (hit && headed[column] && !negated(manifest, cell.text, hit.index))
          forever.push({ block: cell.block, offset: cell.offset + hit.index, phrase: hit.phrase });
      });
    }
  }
  return { stated, forever };
}

/**
 * The seed asks for an explicit "不超过X个月" on both paths: without the declared maximum, the
 * policy's own period has nothing to be compared with.
 */
function undeclaredLimit(ctx: RuleContext): Draft[] {
  const privacy = ctx.manifest.policies?.privacy;
  if (!privacy || privacy.retention_months !== undefined || ctx.manifest.path === 'exempt')
    return [];
  return [
    {
      file: ctx.loaded.file,
      ...positionOf(ctx.loaded.positions, '/policies/privacy', 'key'),
      message: text(
        '未声明个人信息最长保存期限（policies.privacy.retention_months）；登记与备案要求写明“不超过X个月”，隐私政策的期限将与之比较',
        'No maximum retention is declared (policies.privacy.retention_months); registration and filing ask for an explicit "no more than X months", which the privacy policy\'s period is compared with',
      ),
    },
  ];
}

const rule: Rule = {
  id: 'policy/privacy-retention',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('个人信息保存期限不合规', 'Retention period missing, too long or permanent'),
  help: text(
    '隐私政策须写明个人信息的保存期限（以月计，例如“保存期限为6个月”），不得长于清单 `policies.privacy.retention_months` 声明的最长期限，且不得“永久保存”个人信息（《个人信息保护法》第十九条：保存期限应为实现处理目的所必要的最短时间）。表格中的期限（“保存期限”一列，或写明保存的一行）同样比较；“一年半”按 18 个月计。“至少保存3年”“3年以上”这样的最短期限意味着至少保存这么久，长于声明的最长期限同样报告；网络日志依法保存不少于六个月，日志的期限在六个月以内不比较。否定（“我们不会对您输入的内容进行永久保存”）不算永久保存，“保留……的权利”不是保存信息；匿名化后的信息不再是个人信息。登记与备案路径上须声明 `retention_months`。',
    'The privacy policy must state how long personal information is kept (in months, e.g. "保存期限为6个月"), no longer than the maximum declared in `policies.privacy.retention_months`, and never "permanently" (PIPL art. 19: the shortest period the purpose needs). Periods in a table (a retention column, or a row that says it keeps) are compared too; 一年半 counts as 18 months. A minimum such as 至少保存3年 or 3年以上 means the information is kept at least that long, so it is reported when it exceeds the declared maximum; network logs are kept at least six months by law, and log periods up to six months are not compared. A negation (我们不会对您输入的内容进行永久保存) is not permanent retention, and 保留……的权利 reserves a right rather than keeping information; anonymised information is no longer personal information. On the registration and filing paths, `retention_months` must be declared.',
  ),
  wording: {
    accepts: [
      { label: text('保存的说法', 'Keeping'), phrases: builtInPhrases('retention') },
      {
        label: text('永久保存（报告）', 'Permanent (reported)'),
        phrases: builtInPhrases('retention_permanent'),
      },
      { label: text('最短期限', 'Minimums'), phrases: builtInPhrases('retention_minimum') },
      { label: text('网络日志', 'Network logs'), phrases: builtInPhrases('retention_logs') },
      { label: text('匿名化', 'Anonymised'), phrases: builtInPhrases('anonymised') },
      { label: text('否定词', 'Negations'), phrases: builtInPhrases('negation') },
    ],
    good: '我们不会对您输入的内容进行永久保存。您的个人信息保存期限为6个月，期满后删除或匿名化处理；网络日志依法保存不少于六个月。如账号连续12个月未登录，我们保留回收该账号的权利。',
    bad: '为满足业务需要，您的对话记录将至少保存3年。',
    badWhy: text(
      '至少保存 3 年，长于清单声明的最长 6 个月。',
      'Kept at least 3 years, longer than the declared maximum of 6 months.',
    ),
  },
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
    const declared = ctx.manifest.policies?.privacy?.retention_months;
    const undeclared = undeclaredLimit(ctx);
    const doc = usable(ctx, PRIVACY);
    if (!doc) return undeclared;
    const { stated, forever } = retentionStatements(ctx.manifest, doc);
    const drafts: Draft[] = [...undeclared];
    drafts.push(
      ...forever.map(({ block, offset, phrase }) =>
        draftAt(
          placeOf(doc, block, offset),
          text(
            `写有“${phrase}”：个人信息不得永久保存，须写明以月计的保存期限`,
            `Says "${phrase}": personal information may not be kept permanently; state a period in months`,
          ),
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
      for (const { block, offset, months, shown } of stated) {
        if (months <= declared + 1e-9) continue;
        drafts.push(
          draftAt(
            placeOf(doc, block, offset),
            text(
              `保存期限“${shown}”超过清单声明的最长 ${declared} 个月（policies.privacy.retention_months）`,
              `Retention "${shown}" exceeds the declared maximum of ${declared} months (policies.privacy.retention_months)`,
            ),
            { data: { months, limit: declared } },
          ),
        );
      }
    }
    return drafts;
  },
};

export default rule;
