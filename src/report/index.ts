/** The report formats the CLI offers. */
import type { Report } from '../engine.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

export function formatReport(
  report: Report,
  format: Format,
  options: { color?: boolean } = {},
): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'text':
      return formatText(report, options);
    case 'sarif':
      return formatSarif(report);
    case 'markdown':
      return formatMarkdown(report);
  }
}
