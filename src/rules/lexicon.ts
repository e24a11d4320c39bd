/**
 * lexicon/*: the interception keyword lexicon (拦截关键词库) — present, readable, covering the
 * 17 risks of A.1 + A.2 with the profile's minimums, free of duplicates, and kept up to date
 * (docs/domain.md#lexicon, #thresholds).
 */
import { text } from '../finding.js';
import { LEXICON_RISK_GROUPS, risksOf } from '../data/risks.js';
import { lexiconEntry, type Lexicon } from '../evidence/lexicon.js';
import { lexiconStats } from './content-stats.js';
import {
  absenceDrafts,
  active,
  applies,
  capDrafts,
  readingProblemDrafts,
  riskName,
  thresholdsOf,
  where,
} from './content-findings.js';
import type { Draft, Rule, RuleContext } from './rule.js';

const WHAT = { zh: '关键词库', en: 'lexicon' };
const PATH = '/content_safety/lexicon/path';

/** The lexicon when it was read and holds keywords. */
function loaded(context: RuleContext): Lexicon | undefined {
  const lexicon = context.evidence.lexicon;
  return applies(context) && lexicon && lexicon.size > 0 ? lexicon : undefined;
}

export const lexiconMissing: Rule = {
  id: 'lexicon/missing',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('缺少拦截关键词库', 'Keyword lexicon missing'),
  help: text(
    '登记与备案都要求提交拦截关键词库（覆盖 A.1、A.2 共 17 类风险，并有动态更新机制）。在 `content_safety.lexicon.path` 写明仓库内的文件（如 `附件4-拦截关键词列表.xlsx`）或按类别分文件的 TXT 文件夹。',
    'Registration and filing both need the interception keyword lexicon (covering the 17 risks of A.1 and A.2, with an update mechanism). Name a file in the repository (e.g. `附件4-拦截关键词列表.xlsx`) or a folder of per-category TXT files under `content_safety.lexicon.path`.',
  ),
  check(context) {
    if (!applies(context)) return [];
    const { manifest, evidence, at } = context;
    if (!manifest.content_safety?.lexicon) {
      return [
        {
          ...at('/content_safety/lexicon'),
          message: text(
            '未声明拦截关键词库（content_safety.lexicon）',
            'No interception keyword lexicon declared (content_safety.lexicon)',
          ),
        },
      ];
    }
    const lexicon = evidence.lexicon;
    if (!lexicon) return [];
    return absenceDrafts(lexicon, at(PATH), WHAT);
  },
};

export const lexiconParse: Rule = {
  id: 'lexicon/parse',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('关键词库无法读取', 'Lexicon cannot be read'),
  help: text(
    '关键词库须能被逐条读取：XLSX / CSV / TSV 需有「关键词」「一级分类」「二级分类」表头（可在标题行之下），TXT 每行一个关键词，JSON / JSONL / YAML 为 `{keyword, risk}` 记录。每个类别须能对应到 31 类风险之一（如 A1f、宣扬暴力、淫秽色情、性别歧视）。表头不标准时用 `header_row` 与 `columns` 指定，TXT 文件名不是类别名时用 `files` 指定。',
    'The lexicon must be readable entry by entry: XLSX / CSV / TSV with 关键词 / 一级分类 / 二级分类 headers (possibly below a title row), TXT with one keyword per line, JSON / JSONL / YAML `{keyword, risk}` records. Every category must map to one of the 31 risks (A1f, 宣扬暴力、淫秽色情, 性别歧视, ...). Use `header_row` and `columns` for other headers and `files` for TXT files not named by category.',
  ),
  check(context) {
    const lexicon = context.evidence.lexicon;
    if (!applies(context) || !lexicon) return [];
    const drafts = readingProblemDrafts(lexicon, WHAT);
    const unmapped = lexicon.categories.filter((category) => category.risk === undefined);
    const details: Draft[] = [];
    for (const category of unmapped.slice(0, 21)) {
      const source = lexicon.sources[category.source]!;
      const place = where(category.line, source.sheet);
      const n = category.count;
      details.push({
        file: source.file,
        line: category.line,
        message:
          category.label === ''
            ? text(
                `${place.zh}起 ${n} 个关键词没有类别（二级分类），无法计入 17 类覆盖`,
                `${n} keyword(s) from ${place.en} have no category (二级分类) and count for no risk`,
              )
            : category.group !== undefined
              ? text(
                  `${place.zh}：类别「${category.label}」只有一级分类，缺少二级分类（${n} 个关键词）`,
                  `${place.en}: category "${category.label}" names a group but no risk (${n} keyword(s))`,
                )
              : text(
                  `${place.zh}：类别「${category.label}」无法对应到 31 类风险（${n} 个关键词）；请使用 A1a-A5b 编号或标准名称`,
                  `${place.en}: category "${category.label}" maps to none of the 31 risks (${n} keyword(s)); use an id A1a-A5b or the standard name`,
                ),
      });
    }
    drafts.push(
      ...capDrafts(details, unmapped.length, (rest) =>
        text(`另有 ${rest} 个无法识别的类别`, `${rest} more unrecognised categories`),
      ),
    );
    return drafts;
  },
};

export const lexiconCategoryCoverage: Rule = {
  id: 'lexicon/category-coverage',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('关键词库未覆盖 17 类风险', 'Lexicon does not cover the 17 risks'),
  help: text(
    '拦截关键词库须覆盖附录 A 中 A.1（8 类）与 A.2（9 类）共 17 类风险，每类至少有关键词。补充缺失类别的关键词。',
    'The lexicon must cover the 17 risks of A.1 (8) and A.2 (9) of Appendix A, each with keywords. Add keywords for the missing risks.',
  ),
  check(context) {
    const lexicon = loaded(context);
    if (!lexicon) return [];
    const threshold = active(thresholdsOf(context).lexicon_min_per_risk);
    if (!threshold) return [];
    const stats = lexiconStats(lexicon);
    const drafts: Draft[] = [];
    for (const risk of risksOf(LEXICON_RISK_GROUPS)) {
      const count = stats.perRisk.get(risk.id) ?? 0;
      if (count >= threshold.value) continue;
      const name = riskName(risk.id);
      drafts.push({
        ...context.at(PATH),
        severity: threshold.severity,
        message:
          count === 0
            ? text(`关键词库未覆盖风险 ${name.zh}`, `The lexicon does not cover risk ${name.en}`)
            : text(
                `关键词库中风险 ${name.zh} 仅 ${count} 个关键词，至少需要 ${threshold.value} 个`,
                `Risk ${name.en} has ${count} keyword(s) in the lexicon; at least ${threshold.value} needed`,
              ),
        data: { risk: risk.id, count, minimum: threshold.value },
      });
    }
    return drafts;
  },
};

export const lexiconCategorySize: Rule = {
  id: 'lexicon/category-size',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'V',
  title: text('关键词库某类关键词过少', 'Too few keywords for a risk'),
  help: text(
    '备案（GB/T 45654-2025）要求 A.1 每类不少于 200 个关键词、A.2 每类不少于 100 个。阈值可在清单 `thresholds:` 中调整。',
    'Filing (GB/T 45654-2025) asks for at least 200 keywords per A.1 risk and 100 per A.2 risk. Thresholds can be changed under `thresholds:`.',
  ),
  check(context) {
    const lexicon = loaded(context);
    if (!lexicon) return [];
    const thresholds = thresholdsOf(context);
    const stats = lexiconStats(lexicon);
    const drafts: Draft[] = [];
    for (const risk of risksOf(LEXICON_RISK_GROUPS)) {
      const threshold = active(
        risk.group === 'A1'
          ? thresholds.lexicon_min_per_a1_risk
          : thresholds.lexicon_min_per_a2_risk,
      );
      const count = stats.perRisk.get(risk.id) ?? 0;
      // An uncovered risk is lexicon/category-coverage's finding.
      if (!threshold || count === 0 || count >= threshold.value) continue;
      const name = riskName(risk.id);
      drafts.push({
        ...context.at(PATH),
        severity: threshold.severity,
        message: text(
          `风险 ${name.zh} 有 ${count} 个关键词，少于 ${threshold.value} 个`,
          `Risk ${name.en} has ${count} keyword(s), fewer than ${threshold.value}`,
        ),
        data: { risk: risk.id, count, minimum: threshold.value },
      });
    }
    return drafts;
  },
};

export const lexiconTotalSize: Rule = {
  id: 'lexicon/total-size',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'V',
  title: text('关键词总数不足', 'Too few keywords in all'),
  help: text(
    '备案（GB/T 45654-2025）要求拦截关键词总数不少于 10000 个（去重后）。',
    'Filing (GB/T 45654-2025) asks for at least 10,000 distinct keywords.',
  ),
  check(context) {
    const lexicon = loaded(context);
    if (!lexicon) return [];
    const threshold = active(thresholdsOf(context).lexicon_min_total);
    if (!threshold) return [];
    const { distinct } = lexiconStats(lexicon);
    if (distinct >= threshold.value) return [];
    return [
      {
        ...context.at(PATH),
        severity: threshold.severity,
        message: text(
          `关键词库去重后共 ${distinct} 个关键词，少于 ${threshold.value} 个`,
          `The lexicon holds ${distinct} distinct keywords, fewer than ${threshold.value}`,
        ),
        data: { count: distinct, minimum: threshold.value },
      },
    ];
  },
};

export const lexiconDuplicates: Rule = {
  id: 'lexicon/duplicates',
  stage: 'main',
  defaultSeverity: 'warning',
  status: 'S',
  title: text('关键词重复', 'Duplicate keywords'),
  help: text(
    '同一类别中重复的关键词（按 Unicode NFKC 规范化、全角半角与大小写归一后相同）不增加拦截能力，却虚增数量。删除重复项。',
    'A keyword repeated within a category (equal after Unicode NFKC, width and case folding) adds no interception but inflates the count. Remove the repeats.',
  ),
  check(context) {
    const lexicon = loaded(context);
    if (!lexicon) return [];
    const stats = lexiconStats(lexicon);
    const details = stats.duplicates.slice(0, 21).map(({ index, first }) => {
      const entry = lexiconEntry(lexicon, index);
      const original = lexiconEntry(lexicon, first);
      const firstAt =
        original.file === entry.file
          ? where(original.line, original.sheet)
          : {
              zh: `${original.file} ${where(original.line, original.sheet).zh}`,
              en: `${original.file} ${where(original.line, original.sheet).en}`,
            };
      const here = where(entry.line, entry.sheet);
      return {
        file: entry.file,
        line: entry.line,
        message: text(
          `${here.zh}：关键词「${entry.keyword}」与${firstAt.zh}的「${original.keyword}」重复`,
          `${here.en}: keyword "${entry.keyword}" repeats "${original.keyword}" of ${firstAt.en}`,
        ),
      };
    });
    return capDrafts(details, stats.duplicateCount, (rest) =>
      text(`另有 ${rest} 个重复关键词`, `${rest} more duplicate keywords`),
    );
  },
};

export const lexiconUpdateMechanism: Rule = {
  id: 'lexicon/update-mechanism',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('关键词库缺少动态更新机制', 'Lexicon update mechanism not declared'),
  help: text(
    '关键词库须有动态更新机制（定期迭代）：在 `content_safety.lexicon.update` 写明负责人 `owner` 和更新周期 `cadence_days`。备案路径建议至少每周更新（U，默认警告）。',
    'The lexicon needs an update mechanism (periodic iteration): declare `owner` and `cadence_days` under `content_safety.lexicon.update`. On the filing path at least weekly updates are expected (U, a warning by default).',
  ),
  check(context) {
    const lexicon = context.manifest.content_safety?.lexicon;
    if (!applies(context) || !lexicon) return [];
    const { at } = context;
    const update = lexicon.update;
    const drafts: Draft[] = [];
    if (!update) {
      return [
        {
          ...at('/content_safety/lexicon'),
          message: text(
            '未声明关键词库更新机制（content_safety.lexicon.update：owner、cadence_days）',
            'No lexicon update mechanism declared (content_safety.lexicon.update: owner, cadence_days)',
          ),
        },
      ];
    }
    if (!update.owner) {
      drafts.push({
        ...at('/content_safety/lexicon/update'),
        message: text(
          '关键词库更新机制未写明负责人（owner）',
          'The lexicon update mechanism names no owner',
        ),
      });
    }
    if (update.cadence_days === undefined) {
      drafts.push({
        ...at('/content_safety/lexicon/update'),
        message: text(
          '关键词库更新机制未写明更新周期（cadence_days）',
          'The lexicon update mechanism states no cadence (cadence_days)',
        ),
      });
    } else {
      const max = active(thresholdsOf(context).lexicon_max_cadence_days);
      if (max && update.cadence_days > max.value) {
        drafts.push({
          ...at('/content_safety/lexicon/update/cadence_days'),
          severity: max.severity,
          message: text(
            `关键词库更新周期 ${update.cadence_days} 天，长于 ${max.value} 天`,
            `The lexicon is reviewed every ${update.cadence_days} days, less often than every ${max.value} days`,
          ),
        });
      }
    }
    return drafts;
  },
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const lexiconStale: Rule = {
  id: 'lexicon/stale',
  stage: 'main',
  defaultSeverity: 'warning',
  status: 'S',
  title: text('关键词库审核过期', 'Lexicon review overdue'),
  help: text(
    '最近一次审核（`last_reviewed`）早于声明的更新周期，说明更新机制没有执行。审核关键词库后更新 `last_reviewed`。',
    'The last review (`last_reviewed`) is older than the declared cadence, so the update mechanism is not being followed. Review the lexicon and update `last_reviewed`.',
  ),
  check(context) {
    const update = context.manifest.content_safety?.lexicon?.update;
    if (!applies(context) || !update || update.cadence_days === undefined) return [];
    const { at, today } = context;
    if (update.last_reviewed === undefined) {
      return [
        {
          ...at('/content_safety/lexicon/update'),
          message: text(
            '未写明关键词库最近一次审核日期（last_reviewed），无法确认按周期更新',
            'No last review date (last_reviewed): cannot tell whether the lexicon follows its cadence',
          ),
        },
      ];
    }
    const age = daysBetween(update.last_reviewed, today);
    if (!(age > update.cadence_days)) return [];
    return [
      {
        ...at('/content_safety/lexicon/update/last_reviewed'),
        message: text(
          `关键词库最近审核于 ${update.last_reviewed}（${age} 天前），超过 ${update.cadence_days} 天的更新周期`,
          `The lexicon was last reviewed on ${update.last_reviewed} (${age} days ago), beyond its ${update.cadence_days}-day cadence`,
        ),
        data: { age, cadence: update.cadence_days },
      },
    ];
  },
};

export const LEXICON_RULES: readonly Rule[] = [
  lexiconMissing,
  lexiconParse,
  lexiconCategoryCoverage,
  lexiconCategorySize,
  lexiconTotalSize,
  lexiconDuplicates,
  lexiconUpdateMechanism,
  lexiconStale,
];
