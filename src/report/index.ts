/** The report formats the CLI offers; each formatter is loaded only when it is asked for. */
import type { Report } from '../engine.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

type Formatter = (report: Report, options: { color?: boolean }) => string;

const LOADERS: Record<Format, () => Promise<Formatter>> = {
  json: async () => {
    const { formatJson } = await import('./json.js');
    return (report) => formatJson(report);
  },
  text: async () => (await import('./text.js')).formatText,
  sarif: async () => {
    const { formatSarif } = await import('./sarif.js');
    return (report) => formatSarif(report);
  },
  markdown: async () => {
    const { formatMarkdown } = await import('./markdown.js');
    return (report) => formatMarkdown(report);
  },
};

const loading = new Map<Format, Promise<Formatter>>();

function formatter(format: Format): Promise<Formatter> {
  let pending = loading.get(format);
  if (pending === undefined) {
    pending = LOADERS[format]();
    loading.set(format, pending);
  }
  return pending;
}

/** Starts loading a formatter while the gate runs, so the report does not wait for it. */
export function preloadFormatter(format: Format): void {
  formatter(format).catch(() => undefined);
}

export async function formatReport(
  report: Report,
  format: Format,
  options: { color?: boolean } = {},
): Promise<string> {
  return (await formatter(format))(report, options);
}
