/**
 * GitHub annotations: workflow commands printed by @actions/core. Paths are made relative to
 * the repository root (the workspace), not to the working directory.
 */
import path from 'node:path';
import type { Finding, Lang } from '../finding.js';

export interface Annotation {
  severity: Finding['severity'];
  message: string;
  properties: {
    title: string;
    file?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
  };
}

export function toAnnotations(
  findings: Finding[],
  lang: Lang,
  root: string,
  workspace: string,
): Annotation[] {
  return findings.map((f) => {
    const file =
      f.file === undefined
        ? undefined
        : path.relative(workspace, path.join(root, f.file)).split(path.sep).join('/');
    return {
      severity: f.severity,
      message: f.message[lang],
      properties: {
        title: f.ruleId,
        ...(file !== undefined ? { file } : {}),
        ...(f.line !== undefined ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
        ...(f.column !== undefined ? { startColumn: f.column } : {}),
      },
    };
  });
}
