/**
 * The report formats the CLI offers. The text formatter, the default, loads with the CLI; the
 * others only when asked for.
 */
import type { Report } from '../model/report.js';
import { formatText } from './text.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

export async function formatReport(
  report: Report,
  format: Format,
  options: { color?: boolean } = {},
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).formatJson(report);
    case 'text':
      return formatText(report, options);
    case 'sarif':
      return (await import('./sarif.js')).formatSarif(report);
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown(report);
  }
}
