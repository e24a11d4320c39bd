/** The vocabulary every layer shares: severities, bilingual text, findings. */

export type Severity = 'error' | 'warning' | 'note';
export type Lang = 'zh-CN' | 'en';
export type FailOn = Severity | 'never';

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

export function text(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}

export interface Location {
  /** Relative to the checked directory, `/` separators. */
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
}

export interface Finding extends Partial<Location> {
  ruleId: string;
  severity: Severity;
  message: Bilingual;
  /** Structured facts a reporter may show (counts, coverage rows); never needed to read the message. */
  data?: Record<string, unknown>;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export function atLeast(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
