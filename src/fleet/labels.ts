/** The dashboard's words in both languages. */
import { text, type Bilingual } from '../model/finding.js';
import type { DeclaredPath } from '../model/manifest.js';
import type { CellState, ProblemKind } from './model.js';

export const LABELS = {
  title: text('合规门禁总览', 'Compliance fleet dashboard'),
  summary: (repositories: number, failed: number, problems: number): Bilingual =>
    text(
      `${repositories} 个仓库，${failed} 个未通过，${problems} 份报告无法使用`,
      `${repositories} repositories, ${failed} failed, ${problems} reports unusable`,
    ),
  asOf: (today: string, days: number): Bilingual =>
    text(
      `豁免到期窗口：自 ${today} 起 ${days} 天`,
      `Waivers expiring within ${days} days of ${today}`,
    ),
  repository: text('仓库', 'Repository'),
  repositories: text('各仓库', 'Repositories'),
  declared: text('声明路径', 'Declared path'),
  required: text('应走路径', 'Required path'),
  verdict: text('结论', 'Verdict'),
  errors: text('错误', 'Errors'),
  warnings: text('警告', 'Warnings'),
  coverage: text('风险覆盖', 'Risk coverage'),
  refusal: text('应拒答题拒答率', 'Refusal rate (should refuse)'),
  nonRefusal: text('非拒答题拒答率', 'Refusal rate (should not refuse)'),
  waivers: text('即将到期的豁免', 'Waivers expiring soon'),
  pack: text('策略包', 'Policy pack'),
  commit: text('提交', 'Commit'),
  generatedAt: text('报告时间', 'Report time'),
  byGroup: text('按规则组的错误与警告', 'Errors and warnings by rule group'),
  group: text('规则组', 'Rule group'),
  heatMap: text('风险覆盖热力图', 'Risk coverage heat map'),
  problems: text('无法使用的报告', 'Reports that could not be used'),
  passed: text('通过', 'passed'),
  failed: text('未通过', 'failed'),
  none: text('无', 'none'),
  noPack: text('未使用', 'none'),
  noRepositories: text('没有可用的报告。', 'No usable report.'),
  expired: (days: number): Bilingual => text(`已过期 ${-days} 天`, `expired ${-days} day(s) ago`),
  expiresIn: (days: number): Bilingual =>
    days === 0 ? text('今天到期', 'expires today') : text(`${days} 天后到期`, `in ${days} day(s)`),
  lexicon: text('关键词', 'keywords'),
  testset: text('测试题', 'test items'),
  other: text('其他', 'Other'),
  language: text('语言', 'Language'),
  sortHint: text('点击表头排序', 'Click a header to sort'),
} as const;

export const PATH_LABELS: Record<DeclaredPath, Bilingual> = {
  registration: text('登记', 'registration'),
  filing: text('备案', 'filing'),
  exempt: text('豁免', 'exempt'),
};

export const CELL_LABELS: Record<CellState, Bilingual> = {
  met: text('达标', 'met'),
  short: text('不足', 'short'),
  missing: text('为零', 'none'),
  none: text('不要求', 'not asked for'),
};

export const PROBLEM_LABELS: Record<ProblemKind, Bilingual> = {
  unreadable: text('无法读取', 'unreadable'),
  'too-large': text('文件过大', 'too large'),
  'not-json': text('不是 JSON', 'not JSON'),
  'not-a-report': text('不是本工具的报告', 'not a report of this tool'),
};

export function pathLabel(value: DeclaredPath | null): Bilingual {
  return value ? PATH_LABELS[value] : text('—', '—');
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}
