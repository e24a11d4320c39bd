/**
 * GitHub annotations: workflow commands printed by @actions/core. GitHub shows at most 10 of each
 * severity per step and drops the rest silently, so the most important go first and the rest are
 * counted. Paths are made relative to the repository root (the workspace), not the working
 * directory.
 */
import path from 'node:path';
import { ruleHelpUri } from '../data/project.js';
import type { Finding, Lang, Severity } from '../model/finding.js';
import type { ChangeSummary } from '../model/summary.js';

/** GitHub's limit of annotations per severity and step. */
export const ANNOTATION_CAP = 10;

export interface Annotation {
  severity: Severity;
  message: string;
  properties: {
    title: string;
    file?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
  };
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings left out per severity because of the cap. */
  omitted: Record<Severity, number>;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'note'];

/** Repository-relative path of a finding's file, or undefined when it lies outside the workspace. */
export function repoPath(file: string, root: string, workspace: string): string | undefined {
  const rel = path.relative(workspace, path.join(root, file)).split(path.sep).join('/');
  return rel.startsWith('../') || rel === '..' || path.isAbsolute(rel) ? undefined : rel;
}

/** Drift findings sit on the lines the change adds. */
export function onChange(finding: Finding, change: ChangeSummary | undefined): boolean {
  return change !== undefined && finding.ruleId.startsWith('drift/');
}

export function toAnnotation(
  finding: Finding,
  lang: Lang,
  root: string,
  workspace: string,
): Annotation {
  const file = finding.file === undefined ? undefined : repoPath(finding.file, root, workspace);
  const docs = lang === 'en' ? 'Docs' : '文档';
  return {
    severity: finding.severity,
    message: `${finding.message[lang]}\n${docs}: ${ruleHelpUri(finding.ruleId)}`,
    properties: {
      title: finding.ruleId,
      ...(file !== undefined ? { file } : {}),
      ...(file !== undefined && finding.line !== undefined
        ? { startLine: finding.line, endLine: finding.endLine ?? finding.line }
        : {}),
      ...(file !== undefined && finding.column !== undefined
        ? { startColumn: finding.column }
        : {}),
    },
  };
}

/** Picks what to annotate: errors, then warnings, then notes; within each, the change first. */
export function planAnnotations(
  report: { findings: Finding[]; lang: Lang; root: string; change?: ChangeSummary },
  workspace: string,
  cap: number = ANNOTATION_CAP,
): AnnotationPlan {
  const omitted: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const annotations: Annotation[] = [];
  for (const severity of ORDER) {
    const same = report.findings.filter((f) => f.severity === severity);
    const first = same.filter((f) => onChange(f, report.change));
    const rest = same.filter((f) => !onChange(f, report.change));
    const chosen = [...first, ...rest].slice(0, cap);
    omitted[severity] = same.length - chosen.length;
    for (const f of chosen) annotations.push(toAnnotation(f, report.lang, report.root, workspace));
  }
  return { annotations, omitted };
}

/** The log and summary line about findings the cap left unannotated, or undefined when none. */
export function omittedText(omitted: Record<Severity, number>, lang: Lang): string | undefined {
  const parts = ORDER.filter((s) => omitted[s] > 0);
  if (parts.length === 0) return undefined;
  const total = parts.reduce((sum, s) => sum + omitted[s], 0);
  if (lang === 'en') {
    const names = { error: 'error(s)', warning: 'warning(s)', note: 'note(s)' };
    const list = parts.map((s) => `${omitted[s]} ${names[s]}`).join(', ');
    return `${total} finding(s) were not annotated (${list}): GitHub shows at most ${ANNOTATION_CAP} annotations of each severity per step. All findings are in the job summary and the JSON report.`;
  }
  const names = { error: '个错误', warning: '个警告', note: '个提示' };
  const list = parts.map((s) => `${omitted[s]} ${names[s]}`).join('，');
  return `另有 ${total} 条发现未标注（${list}）：GitHub 每个步骤每种级别最多显示 ${ANNOTATION_CAP} 条标注。全部发现见作业摘要和 JSON 报告。`;
}
