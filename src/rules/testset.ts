/**
 * testset/*: the evaluation test set (评估测试题集) — present, readable, large enough, with the
 * registration article's high-risk share and refusal budget, complete items, no duplicates,
 * and on the filing path the banks and per-risk minimums of GB/T 45654 (DOMAIN.md §2, §4).
 */
import { text, type Bilingual } from '../finding.js';
import { BANK_LABELS, TESTSET_COLUMNS } from '../data/evidence-columns.js';
import { LEXICON_RISK_GROUPS, NON_REFUSAL_ASPECTS, RISKS, risksOf } from '../data/risks.js';
import { itemLocation, type TestItem, type TestSet } from '../evidence/testset.js';
import type { TestBank, TestSetColumn } from '../manifest/types.js';
import { testSetStats } from './support/testset-stats.js';
import { absenceDrafts, readingProblemDrafts } from './support/evidence-problem-findings.js';
import { active, thresholdsOf } from './support/thresholds.js';
import { applies } from './support/content-safety-applies.js';
import { capDrafts } from './support/cap-drafts.js';
import { riskName } from './support/risk-name.js';
import { where } from './support/place.js';
import type { Draft, Rule, RuleContext } from './rule.js';

const WHAT = { zh: '测试题集', en: 'test set' };
const PATH = '/content_safety/test_set/path';

function loaded(context: RuleContext): TestSet | undefined {
  const testSet = context.evidence.testset;
  return applies(context) && testSet && testSet.items.length > 0 ? testSet : undefined;
}

function placeOf(
  testSet: TestSet,
  item: TestItem,
): { file: string; line: number; at: { zh: string; en: string } } {
  const location = itemLocation(testSet, item);
  return { file: location.file, line: location.line, at: where(location.line, location.sheet) };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((part / whole) * 100).toFixed(1)}%`;
}

export const testsetMissing: Rule = {
  id: 'testset/missing',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('缺少评估测试题集', 'Evaluation test set missing'),
  help: text(
    '登记与备案都要求提交评估测试题集（登记：不少于 1000 题，高风险题不少于 50%，预期拒答不超过 50 题且不超过 5%，每题有问题、预期输出和判定标准）。在 `content_safety.test_set.path` 写明仓库内的文件（如 `附件5-评估测试题.xlsx`）。',
    'Registration and filing both need the evaluation test set (registration: at least 1000 items, at least 50% high-risk, at most 50 and 5% expected refusals, each with question, expected output and criteria). Name a file in the repository (e.g. `附件5-评估测试题.xlsx`) under `content_safety.test_set.path`.',
  ),
  check(context) {
    if (!applies(context)) return [];
    const { manifest, evidence, at } = context;
    if (!manifest.content_safety?.test_set) {
      return [
        {
          ...at('/content_safety/test_set'),
          message: text(
            '未声明评估测试题集（content_safety.test_set）',
            'No evaluation test set declared (content_safety.test_set)',
          ),
        },
      ];
    }
    const testSet = evidence.testset;
    if (!testSet) return [];
    return absenceDrafts(testSet, at(PATH), WHAT);
  },
};

export const testsetParse: Rule = {
  id: 'testset/parse',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('测试题集无法读取', 'Test set cannot be read'),
  help: text(
    '测试题集须能被逐题读取：XLSX / CSV / TSV 需有「问题」「预期输出」「判定标准」「风险类别」「是否高风险」「是否应拒答」等表头（可在标题行之下），多个工作表可各为一个题库（生成内容、应拒答、非拒答）；JSON / JSONL / YAML 使用英文字段名。每个风险类别须能对应到 31 类风险（非拒答题可对应 13 个方面）。',
    'The test set must be readable item by item: XLSX / CSV / TSV with 问题 / 预期输出 / 判定标准 / 风险类别 / 是否高风险 / 是否应拒答 headers (possibly below a title row), several sheets may each be a bank (generated, should-refuse, should-not-refuse); JSON / JSONL / YAML use the English field names. Every risk category must map to one of the 31 risks (or, for should-not-refuse items, one of the 13 aspects).',
  ),
  check(context) {
    const testSet = context.evidence.testset;
    if (!applies(context) || !testSet) return [];
    const drafts = readingProblemDrafts(testSet, WHAT);
    // One finding per unrecognised category and file, at its first row.
    const seen = new Map<string, { item: TestItem; count: number }>();
    for (const item of testSet.items) {
      if (item.category === '' || item.risk !== undefined || item.aspect !== undefined) continue;
      const key = `${item.source}\u0000${item.category}`;
      const entry = seen.get(key);
      if (entry) entry.count++;
      else seen.set(key, { item, count: 1 });
    }
    const details = [...seen.values()].slice(0, 21).map(({ item, count }) => {
      const place = placeOf(testSet, item);
      return {
        file: place.file,
        line: place.line,
        message: text(
          `${place.at.zh}：风险类别「${item.category}」无法对应到 31 类风险${item.bank === 'should-not-refuse' ? '或 13 个方面' : ''}（${count} 题）`,
          `${place.at.en}: category "${item.category}" maps to none of the 31 risks${item.bank === 'should-not-refuse' ? ' or 13 aspects' : ''} (${count} item(s))`,
        ),
      };
    });
    drafts.push(
      ...capDrafts(details, seen.size, (rest) =>
        text(`另有 ${rest} 个无法识别的风险类别`, `${rest} more unrecognised categories`),
      ),
    );
    return drafts;
  },
};

export const testsetSize: Rule = {
  id: 'testset/size',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('测试题数量不足', 'Too few test items'),
  help: text(
    '登记要求测试题不少于 1000 题；备案（GB/T 45654-2025）要求生成内容测试题库不少于 2000 题。',
    'Registration asks for at least 1000 test items; filing (GB/T 45654-2025) for a generated-content bank of at least 2000.',
  ),
  check(context) {
    const testSet = loaded(context);
    if (!testSet) return [];
    const threshold = active(thresholdsOf(context).testset_min_items);
    if (!threshold) return [];
    const filing = context.profile.name === 'filing';
    const count = filing ? testSetStats(testSet).banks.generated : testSet.items.length;
    if (count >= threshold.value) return [];
    return [
      {
        ...context.at(PATH),
        severity: threshold.severity,
        message: filing
          ? text(
              `生成内容测试题库共 ${count} 题，少于 ${threshold.value} 题`,
              `The generated-content bank holds ${count} items, fewer than ${threshold.value}`,
            )
          : text(
              `测试题集共 ${count} 题，少于 ${threshold.value} 题`,
              `The test set holds ${count} items, fewer than ${threshold.value}`,
            ),
        data: { count, minimum: threshold.value },
      },
    ];
  },
};

export const testsetHighRiskRatio: Rule = {
  id: 'testset/high-risk-ratio',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('高风险题占比不足', 'Too few high-risk items'),
  help: text(
    '登记要求高风险题不少于 50%（即 1000 题中不少于 500 题）。在「是否高风险」列标明每题（是/否）。',
    'Registration asks for at least 50% high-risk items (500 of 1000). Mark each item in the 是否高风险 column (是/否).',
  ),
  check(context) {
    const testSet = loaded(context);
    if (!testSet) return [];
    const thresholds = thresholdsOf(context);
    const ratio = active(thresholds.testset_min_high_risk_ratio);
    const minimum = active(thresholds.testset_min_high_risk_items);
    if (!ratio && !minimum) return [];
    const stats = testSetStats(testSet);
    const total = testSet.items.length;
    const high = stats.highRisk;
    const failsRatio = ratio !== undefined && high < ratio.value * total;
    const failsCount = minimum !== undefined && high < minimum.value;
    if (!failsRatio && !failsCount) return [];
    const severity =
      (failsRatio && ratio!.severity === 'error') || (failsCount && minimum!.severity === 'error')
        ? 'error'
        : 'warning';
    const wanted: { zh: string[]; en: string[] } = { zh: [], en: [] };
    if (ratio) {
      wanted.zh.push(`不少于 ${ratio.value * 100}%`);
      wanted.en.push(`at least ${ratio.value * 100}%`);
    }
    if (minimum) {
      wanted.zh.push(`不少于 ${minimum.value} 题`);
      wanted.en.push(`at least ${minimum.value}`);
    }
    const message: Bilingual = stats.highRiskStated
      ? text(
          `高风险题 ${high} 题，占 ${percent(high, total)}；要求${wanted.zh.join('且')}`,
          `${high} high-risk items, ${percent(high, total)} of the set; ${wanted.en.join(' and ')} required`,
        )
      : text(
          `测试题集没有标明高风险题（缺少「是否高风险」列或其值）；要求${wanted.zh.join('且')}`,
          `No item is marked high-risk (no 是否高风险 column or values); ${wanted.en.join(' and ')} required`,
        );
    return [{ ...context.at(PATH), severity, message, data: { count: high, total } }];
  },
};

export const testsetRefusalBudget: Rule = {
  id: 'testset/refusal-budget',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('预期拒答题过多', 'Too many expected refusals'),
  help: text(
    '登记要求预期输出为拒答的题不超过 50 题且不超过 5%：测试题考察的是正常作答与正确拦截，过多拒答意味着服务以拒答代替安全作答。是否拒答取「是否应拒答」列；没有该列时按预期输出判断（如「拒绝回答」「无法回答」）。',
    'Registration allows at most 50 items, and at most 5%, whose expected output is a refusal: too many means the service refuses instead of answering safely. Refusal is read from the 是否应拒答 column, else from the expected output (拒绝回答, 无法回答, ...).',
  ),
  check(context) {
    const testSet = loaded(context);
    if (!testSet) return [];
    const thresholds = thresholdsOf(context);
    const max = active(thresholds.testset_max_refusals);
    const maxRatio = active(thresholds.testset_max_refusal_ratio);
    if (!max && !maxRatio) return [];
    const { refusals } = testSetStats(testSet);
    const total = testSet.items.length;
    const byCount = max ? max.value : Infinity;
    const byRatio = maxRatio ? Math.floor(maxRatio.value * total + 1e-9) : Infinity;
    const allowed = Math.min(byCount, byRatio);
    if (refusals.length <= allowed) return [];
    const first = testSet.items[refusals[allowed]!]!;
    const place = placeOf(testSet, first);
    const severity =
      (refusals.length > byCount && max!.severity === 'error') ||
      (refusals.length > byRatio && maxRatio!.severity === 'error')
        ? 'error'
        : 'warning';
    const limits = {
      zh: [max ? `${max.value} 题` : '', maxRatio ? `${maxRatio.value * 100}%` : '']
        .filter(Boolean)
        .join('且不超过 '),
      en: [max ? `${max.value} items` : '', maxRatio ? `${maxRatio.value * 100}%` : '']
        .filter(Boolean)
        .join(' and '),
    };
    return [
      {
        file: place.file,
        line: place.line,
        severity,
        message: text(
          `预期拒答题 ${refusals.length} 题（${percent(refusals.length, total)}），上限为不超过 ${limits.zh}；${place.at.zh}起超出`,
          `${refusals.length} items expect a refusal (${percent(refusals.length, total)}); at most ${limits.en} allowed; over budget from ${place.at.en}`,
        ),
        data: { count: refusals.length, total, allowed },
      },
    ];
  },
};

const REQUIRED_FIELDS: readonly TestSetColumn[] = ['question', 'expected_output', 'criteria'];
const FIELD_NAMES = new Map(TESTSET_COLUMNS.map((spec) => [spec.key, spec]));

export const testsetItemFields: Rule = {
  id: 'testset/item-fields',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'seed',
  title: text('测试题缺少必填项', 'Test item incomplete'),
  help: text(
    '每道测试题须有问题、预期输出和判定标准。缺少整列时在表头行报告一次；否则在缺项的每一行报告（超过 20 处时汇总）。',
    'Every test item needs a question, an expected output and judgement criteria. A missing column is reported once at the header; otherwise each incomplete row is (summarised beyond 20).',
  ),
  check(context) {
    const testSet = loaded(context);
    if (!testSet) return [];
    const drafts: Draft[] = [];
    const missingColumn = testSet.sources.map((source) =>
      source.header
        ? REQUIRED_FIELDS.filter((field) => !source.header!.columns.includes(field))
        : [],
    );
    testSet.sources.forEach((source, index) => {
      const missing = missingColumn[index]!;
      if (!source.header || missing.length === 0) return;
      const names = missing.map((field) => FIELD_NAMES.get(field)!);
      const place = where(source.header.line, source.sheet);
      drafts.push({
        file: source.file,
        line: source.header.line,
        message: text(
          `${place.zh}：表头缺少「${names.map((n) => n.zh).join('」「')}」列，所有题目都缺少该项`,
          `${place.en}: the header has no ${names.map((n) => n.en).join(', ')} column, so no item has it`,
        ),
      });
    });
    const details: Draft[] = [];
    let total = 0;
    for (const item of testSet.items) {
      const missing = REQUIRED_FIELDS.filter(
        (field) => item[field as 'question'] === '' && !missingColumn[item.source]!.includes(field),
      );
      if (missing.length === 0) continue;
      total++;
      if (details.length > 20) continue;
      const names = missing.map((field) => FIELD_NAMES.get(field)!);
      const place = placeOf(testSet, item);
      details.push({
        file: place.file,
        line: place.line,
        message: text(
          `${place.at.zh}：测试题缺少${names.map((n) => `「${n.zh}」`).join('')}`,
          `${place.at.en}: the item has no ${names.map((n) => n.en).join(', ')}`,
        ),
      });
    }
    drafts.push(
      ...capDrafts(details, total, (rest) =>
        text(`另有 ${rest} 道测试题缺少必填项`, `${rest} more incomplete items`),
      ),
    );
    return drafts;
  },
};

export const testsetDuplicates: Rule = {
  id: 'testset/duplicates',
  stage: 'main',
  defaultSeverity: 'warning',
  status: 'S',
  title: text('测试题重复', 'Duplicate test items'),
  help: text(
    '同一题库中重复的问题（按 Unicode NFKC 规范化、全角半角与大小写归一后相同）虚增题量。删除或改写重复题。',
    'A question repeated within a bank (equal after Unicode NFKC, width and case folding) inflates the count. Remove or rewrite the repeats.',
  ),
  check(context) {
    const testSet = loaded(context);
    if (!testSet) return [];
    const stats = testSetStats(testSet);
    const details = stats.duplicates.slice(0, 21).map(({ index, first }) => {
      const item = testSet.items[index]!;
      const original = testSet.items[first]!;
      const place = placeOf(testSet, item);
      const firstPlace = placeOf(testSet, original);
      const firstAt =
        firstPlace.file === place.file
          ? firstPlace.at
          : {
              zh: `${firstPlace.file} ${firstPlace.at.zh}`,
              en: `${firstPlace.file} ${firstPlace.at.en}`,
            };
      return {
        file: place.file,
        line: place.line,
        message: text(
          `${place.at.zh}：问题与${firstAt.zh}重复`,
          `${place.at.en}: the question repeats ${firstAt.en}`,
        ),
      };
    });
    return capDrafts(details, stats.duplicateCount, (rest) =>
      text(`另有 ${rest} 道重复题`, `${rest} more duplicate items`),
    );
  },
};

function bankDraft(
  context: RuleContext,
  bank: TestBank,
  count: number,
  threshold: { value: number; severity: 'error' | 'warning' },
): Draft {
  const label = BANK_LABELS[bank];
  return {
    ...context.at(PATH),
    severity: threshold.severity,
    message: text(
      `${label.zh}共 ${count} 题，少于 ${threshold.value} 题`,
      `The ${label.en} holds ${count} items, fewer than ${threshold.value}`,
    ),
    data: { bank, count, minimum: threshold.value },
  };
}

export const testsetCategoryCoverage: Rule = {
  id: 'testset/category-coverage',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'V',
  title: text('测试题未覆盖要求的风险类别', 'Test set does not cover the required risks'),
  help: text(
    '备案（GB/T 45654-2025）：生成内容测试题库覆盖全部 31 类风险，A.1、A.2 每类不少于 50 题（V），A.3-A.5 每类不少于 20 题（S，默认警告）；应拒答题库不少于 500 题，覆盖 17 类、每类不少于 20 题；非拒答题库不少于 500 题，覆盖制度、信仰、形象、文化、习俗、民族、地理、历史、英烈、性别、年龄、职业、健康 13 个方面、每方面不少于 20 题。',
    'Filing (GB/T 45654-2025): the generated-content bank covers all 31 risks, at least 50 items per A.1/A.2 risk (V) and 20 per A.3-A.5 risk (S, a warning by default); the should-refuse bank holds at least 500 items covering the 17 risks with 20 each; the should-not-refuse bank at least 500 items over the 13 aspects with 20 each.',
  ),
  check(context) {
    const testSet = loaded(context);
    if (!testSet) return [];
    const t = thresholdsOf(context);
    const stats = testSetStats(testSet);
    const drafts: Draft[] = [];
    const generated = stats.bankRisk.generated;
    for (const risk of RISKS) {
      const threshold = active(
        risk.group === 'A1' || risk.group === 'A2'
          ? t.testset_min_per_a1_a2_risk
          : t.testset_min_per_a3_a5_risk,
      );
      const count = generated.get(risk.id) ?? 0;
      if (!threshold || count >= threshold.value) continue;
      const name = riskName(risk.id);
      drafts.push({
        ...context.at(PATH),
        severity: threshold.severity,
        message: text(
          `生成内容测试题库中风险 ${name.zh} 有 ${count} 题，少于 ${threshold.value} 题`,
          `The generated-content bank has ${count} item(s) for risk ${name.en}, fewer than ${threshold.value}`,
        ),
        data: { bank: 'generated', risk: risk.id, count, minimum: threshold.value },
      });
    }
    const refuseSize = active(t.testset_min_should_refuse);
    if (refuseSize && stats.banks['should-refuse'] < refuseSize.value) {
      drafts.push(bankDraft(context, 'should-refuse', stats.banks['should-refuse'], refuseSize));
    }
    const refusePerRisk = active(t.testset_min_should_refuse_per_risk);
    if (refusePerRisk) {
      for (const risk of risksOf(LEXICON_RISK_GROUPS)) {
        const count = stats.bankRisk['should-refuse'].get(risk.id) ?? 0;
        if (count >= refusePerRisk.value) continue;
        const name = riskName(risk.id);
        drafts.push({
          ...context.at(PATH),
          severity: refusePerRisk.severity,
          message: text(
            `应拒答测试题库中风险 ${name.zh} 有 ${count} 题，少于 ${refusePerRisk.value} 题`,
            `The should-refuse bank has ${count} item(s) for risk ${name.en}, fewer than ${refusePerRisk.value}`,
          ),
          data: { bank: 'should-refuse', risk: risk.id, count, minimum: refusePerRisk.value },
        });
      }
    }
    const notRefuseSize = active(t.testset_min_should_not_refuse);
    if (notRefuseSize && stats.banks['should-not-refuse'] < notRefuseSize.value) {
      drafts.push(
        bankDraft(context, 'should-not-refuse', stats.banks['should-not-refuse'], notRefuseSize),
      );
    }
    const perAspect = active(t.testset_min_should_not_refuse_per_aspect);
    if (perAspect) {
      for (const aspect of NON_REFUSAL_ASPECTS) {
        const count = stats.perAspect.get(aspect.id) ?? 0;
        if (count >= perAspect.value) continue;
        drafts.push({
          ...context.at(PATH),
          severity: perAspect.severity,
          message: text(
            `非拒答测试题库中「${aspect.zh}」方面有 ${count} 题，少于 ${perAspect.value} 题`,
            `The should-not-refuse bank has ${count} item(s) on ${aspect.en}, fewer than ${perAspect.value}`,
          ),
          data: { bank: 'should-not-refuse', aspect: aspect.id, count, minimum: perAspect.value },
        });
      }
    }
    return drafts;
  },
};

export const TESTSET_RULES: readonly Rule[] = [
  testsetMissing,
  testsetParse,
  testsetSize,
  testsetHighRiskRatio,
  testsetRefusalBudget,
  testsetItemFields,
  testsetDuplicates,
  testsetCategoryCoverage,
];
