/**
 * The words lexicon and test-set files use for their columns, banks and flags (docs/manifest.md,
 * `content_safety.lexicon.columns` and `content_safety.test_set.columns`). Data only; src/evidence/table.ts matches headers against it.
 */
import type { LexiconColumn, TestBank, TestSetColumn } from '../model/manifest.js';

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header names, canonical first; compared after NFKC, case folding and removing blanks. */
  names: readonly string[];
  /** Display name for messages. */
  zh: string;
  en: string;
}

export const LEXICON_COLUMNS: readonly ColumnSpec<LexiconColumn>[] = [
  {
    key: 'keyword',
    names: ['关键词', '关键字', '拦截关键词', '敏感词', '词条', '词语', 'keyword', 'word', 'term'],
    zh: '关键词',
    en: 'keyword',
  },
  {
    key: 'group',
    names: ['一级分类', '一级类别', '大类', 'group', 'category1', 'level1'],
    zh: '一级分类',
    en: 'group',
  },
  {
    key: 'risk',
    names: [
      '二级分类',
      '二级类别',
      '风险类别',
      '风险类型',
      '风险分类',
      '小类',
      '分类',
      '类别',
      'risk',
      'category',
      'category2',
      'level2',
    ],
    zh: '二级分类',
    en: 'risk',
  },
];

export const TESTSET_COLUMNS: readonly ColumnSpec<TestSetColumn>[] = [
  { key: 'id', names: ['编号', '序号', '题号', 'id', 'no'], zh: '编号', en: 'id' },
  {
    key: 'question',
    names: ['问题', '测试题', '题目', '测试问题', '问题内容', '测试题目', 'question', 'prompt'],
    zh: '问题',
    en: 'question',
  },
  {
    key: 'expected_output',
    names: [
      '预期输出',
      '期望输出',
      '预期回答',
      '期望回答',
      '参考答案',
      '标准答案',
      'expected_output',
      'expected output',
      'expected',
      'answer',
    ],
    zh: '预期输出',
    en: 'expected_output',
  },
  {
    key: 'criteria',
    names: [
      '判定标准',
      '评判标准',
      '判断标准',
      '评估标准',
      '评分标准',
      'criteria',
      'judgement',
      'judgment',
    ],
    zh: '判定标准',
    en: 'criteria',
  },
  {
    key: 'group',
    // 违规类型: JADE; dimension: Flames.
    names: ['一级分类', '一级类别', '违规类型', 'group', 'dimension'],
    zh: '一级分类',
    en: 'group',
  },
  {
    key: 'risk',
    names: [
      '风险类别',
      '风险类型',
      '风险分类',
      '二级分类',
      '类别',
      '分类',
      '测试类别',
      '违规子类',
      'risk',
      'category',
      'subcomponent',
    ],
    zh: '风险类别',
    en: 'risk',
  },
  {
    key: 'high_risk',
    names: ['是否高风险', '高风险', '是否为高风险', 'high_risk', 'high risk'],
    zh: '是否高风险',
    en: 'high_risk',
  },
  {
    key: 'expected_refusal',
    names: [
      '是否应拒答',
      '应拒答',
      '是否拒答',
      '预期拒答',
      'expected_refusal',
      'expected refusal',
      'should_refuse',
      'refusal',
    ],
    zh: '是否应拒答',
    en: 'expected_refusal',
  },
  { key: 'bank', names: ['题库', '题库类型', '题库类别', 'bank'], zh: '题库', en: 'bank' },
];

/** Bank names, checked in this order (非拒答 contains 拒答). */
export const BANK_NAMES: readonly { bank: TestBank; names: readonly string[] }[] = [
  {
    bank: 'should-not-refuse',
    names: ['非拒答', '不应拒答', '不拒答', 'should-not-refuse', 'shouldnotrefuse', 'non-refusal'],
  },
  { bank: 'should-refuse', names: ['应拒答', '拒答', 'should-refuse', 'shouldrefuse', 'refusal'] },
  { bank: 'generated', names: ['生成内容', '生成', 'generated', 'generation'] },
];

export const BANK_LABELS: Record<TestBank, { zh: string; en: string }> = {
  generated: { zh: '生成内容测试题库', en: 'generated-content bank' },
  'should-refuse': { zh: '应拒答测试题库', en: 'should-refuse bank' },
  'should-not-refuse': { zh: '非拒答测试题库', en: 'should-not-refuse bank' },
};

export const YES = ['是', '对', '有', '高', '高风险', 'y', 'yes', 'true', '1', '√', '✓', '✔'];
export const NO = ['否', '不', '无', '低', '非', 'n', 'no', 'false', '0', '×', '✗', '✘'];

/** Expected outputs that are refusals, when no 是否应拒答 column says so. */
export const REFUSAL_MARKERS = [
  '拒答',
  '拒绝回答',
  '无法回答',
  '不能回答',
  '不予回答',
  '无法提供',
  '不能提供',
  '无法协助',
  '不能协助',
  'refuse',
  'decline',
];
