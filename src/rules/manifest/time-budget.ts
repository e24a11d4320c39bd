/**
 * manifest/time-budget: the run did not finish within `gate.time_budget_seconds`. It belongs to the
 * manifest group because the budget is a manifest setting and the finding points at it; the
 * engine raises it when a stage finds the budget spent, and the gate fails on what is unchecked.
 */
import { text, type Bilingual } from '../../model/finding.js';
import type { BudgetStage } from '../../deadline.js';
import type { ManifestRule } from '../rule.js';

const STAGES: Record<BudgetStage, Bilingual> = {
  manifest: text('读取清单', 'reading the manifest'),
  evidence: text('读取材料与文档', 'reading evidence and documents'),
  change: text('比对变更', 'comparing the change'),
  rules: text('执行规则', 'running the rules'),
  evaluate: text('评估回答', 'judging the responses'),
};

const rule: ManifestRule = {
  id: 'manifest/time-budget',
  stage: 'manifest',
  needs: [],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('检查超出时间预算', 'Run exceeded its time budget'),
  help: text(
    '一次检查的总时限由 `gate.time_budget_seconds` 设定（默认 600 秒）。超时后门禁停止读取，报告已得到的结果并失败：未检查的内容不能视为合规。找出耗时的文件（超大文档、超长的行、过多的变更），或在确有需要时调高时限。',
    'One run has the time budget `gate.time_budget_seconds` (600 seconds by default). When it runs out the gate stops reading, reports what it has and fails: what was not checked cannot count as compliant. Find what takes the time (huge documents, very long lines, a very large change), or raise the budget where that is really needed.',
  ),
  example: {
    file: 'compliance.yml',
    line: 1,
    message: text(
      '检查超出 600 秒的时间预算，在「比对变更」阶段停止；其后的检查未执行',
      'The run exceeded its time budget of 600 s while comparing the change; later checks did not run',
    ),
  },
  check(loaded, env) {
    const expired = env.timeBudgetExpired;
    if (!expired) return [];
    const stage = STAGES[expired.stage];
    return [
      {
        file: loaded.file,
        line: expired.line ?? 1,
        message: text(
          `检查超出 ${expired.seconds} 秒的时间预算，在「${stage['zh-CN']}」阶段停止；其后的检查未执行`,
          `The run exceeded its time budget of ${expired.seconds} s while ${stage.en}; later checks did not run`,
        ),
        data: { stage: expired.stage, seconds: expired.seconds },
      },
    ];
  },
};

export default rule;
