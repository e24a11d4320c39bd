/** Words of the Markdown report (job summary, PR comment, `--format markdown`), in both languages. */
import type { Lang, Severity } from '../model/finding.js';
import type { ChangeSummary } from '../model/summary.js';

export interface MarkdownLabels {
  title: string;
  passed: string;
  failed: string;
  declared: string;
  required: string;
  unknown: string;
  severity: Record<Severity, string>;
  suppressedCount: string;
  failOn: string;
  rule: string;
  where: string;
  message: string;
  general: string;
  noFindings: string;
  more: (n: number) => string;
  coverage: (n: number) => string;
  risk: string;
  riskName: string;
  lexicon: string;
  testset: string;
  change: string;
  source: Record<ChangeSummary['source'], string>;
  changeSource: string;
  base: string;
  head: string;
  mergeBase: string;
  changedFiles: string;
  addedLines: string;
  pathChange: string;
  suppressed: string;
  reason: string;
  owner: string;
  expires: string;
  truncated: string;
  fullReport: string;
}

const zh: MarkdownLabels = {
  title: '生成式人工智能合规门禁',
  passed: '通过',
  failed: '未通过',
  declared: '声明路径',
  required: '应走路径',
  unknown: '（未知）',
  severity: { error: '错误', warning: '警告', note: '提示' },
  suppressedCount: '已豁免',
  failOn: '失败阈值',
  rule: '规则',
  where: '位置',
  message: '说明',
  general: '（整体）',
  noFindings: '没有需要处理的发现。',
  more: (n) => `……另有 ${n} 条，见 JSON 报告（输出 \`report\`）或 SARIF。`,
  coverage: (n) => `风险覆盖（${n} 类）`,
  risk: '风险',
  riskName: '名称',
  lexicon: '关键词',
  testset: '测试题',
  change: '本次变更',
  source: { git: 'git（工作区）', 'rest-api': 'REST API', none: '未比较' },
  changeSource: '来源',
  base: '基线',
  head: '头部',
  mergeBase: '合并基点',
  changedFiles: '变更文件',
  addedLines: '新增行',
  pathChange: '申报路径',
  suppressed: '已豁免的发现',
  reason: '理由',
  owner: '负责人',
  expires: '到期',
  truncated: '报告过长，已截断。',
  fullReport: '完整报告',
};

const en: MarkdownLabels = {
  title: 'GenAI compliance gate',
  passed: 'passed',
  failed: 'failed',
  declared: 'Declared path',
  required: 'Required path',
  unknown: '(unknown)',
  severity: { error: 'error', warning: 'warning', note: 'note' },
  suppressedCount: 'Suppressed',
  failOn: 'Fail on',
  rule: 'Rule',
  where: 'Where',
  message: 'Message',
  general: '(general)',
  noFindings: 'Nothing to fix.',
  more: (n) => `… ${n} more in the JSON report (output \`report\`) or the SARIF file.`,
  coverage: (n) => `Risk coverage (${n} risks)`,
  risk: 'Risk',
  riskName: 'Name',
  lexicon: 'Keywords',
  testset: 'Test items',
  change: 'This change',
  source: { git: 'git (workspace)', 'rest-api': 'REST API', none: 'not compared' },
  changeSource: 'Source',
  base: 'Base',
  head: 'Head',
  mergeBase: 'Merge base',
  changedFiles: 'Changed files',
  addedLines: 'Added lines',
  pathChange: 'Path',
  suppressed: 'Suppressed findings',
  reason: 'Reason',
  owner: 'Owner',
  expires: 'Expires',
  truncated: 'The report was too long and has been shortened.',
  fullReport: 'Full report',
};

export function markdownLabels(lang: Lang): MarkdownLabels {
  return lang === 'en' ? en : zh;
}
