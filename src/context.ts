/** What one run of the gate is about: resolved from CLI flags or Action inputs. */
import path from 'node:path';
import type { Bilingual, FailOn, Lang } from './model/finding.js';
import type { ChangeFallback } from './change/rest.js';
import type { ReportOrigin } from './model/report.js';
import { SCHEMA_DEFAULTS } from './generated/schema-facts.js';

export interface Context {
  /** Absolute path of the checked directory. */
  root: string;
  /** Manifest path relative to the root. */
  manifest: string;
  /**
   * Absolute path of the folder policy packs (`extends:`) are read from; the root lies inside it.
   * A workflow that checks out the product and the policy side by side passes their parent.
   * Default: the root.
   */
  workspace?: string;
  base?: string;
  head?: string;
  /** Fetch missing commits and deepen a shallow clone from origin (the Action does). */
  deepen?: boolean;
  /** Lists a pull request's files through the REST API when git cannot compute the change. */
  changeFallback?: ChangeFallback;
  /** Why drift is skipped without base/head (e.g. a scheduled full audit). */
  changeNote?: Bilingual;
  /** Explicit choices; when absent the manifest's `gate:` section, then the schema default, decides. */
  lang?: Lang;
  failOn?: FailOn;
  /** YYYY-MM-DD in China Standard Time. */
  today: string;
  /** Only these rule ids run (a rule's own fixtures); every rule when absent. */
  rules?: ReadonlySet<string>;
  /** Overrides the manifest's `gate.time_budget_seconds`. */
  timeBudgetSeconds?: number;
  /** The repository and commit the report names. */
  origin?: ReportOrigin;
}

export const DEFAULT_MANIFEST = 'compliance.yml';
export const DEFAULT_FAIL_ON = SCHEMA_DEFAULTS['gate.fail_on'] as FailOn;
export const DEFAULT_LANG = SCHEMA_DEFAULTS['gate.lang'] as Lang;
export const DEFAULT_TIME_BUDGET_SECONDS = SCHEMA_DEFAULTS['gate.time_budget_seconds'] as number;
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'never'];
export const LANG_VALUES: readonly Lang[] = ['zh-CN', 'en'];

/** China Standard Time is UTC+8 all year (no daylight saving), so no time-zone database is needed. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Evaluates every date (waiver expiry, review cadence, filing dates) as of this YYYY-MM-DD day. */
export const TODAY_ENV = 'GENAI_COMPLIANCE_GATE_TODAY';

export function todayFromEnvironment(): string | undefined {
  const value = process.env[TODAY_ENV]?.trim();
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`${TODAY_ENV} must be a date YYYY-MM-DD (got ${value})`);
  }
  return value;
}

export function createContext(options: {
  dir?: string;
  manifest?: string;
  workspace?: string;
  base?: string;
  head?: string;
  deepen?: boolean;
  changeFallback?: ChangeFallback;
  changeNote?: Bilingual;
  lang?: Lang;
  failOn?: FailOn;
  today?: string;
  rules?: ReadonlySet<string>;
  timeBudgetSeconds?: number;
  origin?: ReportOrigin;
}): Context {
  const root = path.resolve(options.dir ?? '.');
  return {
    root,
    manifest: options.manifest ?? DEFAULT_MANIFEST,
    ...(options.workspace ? { workspace: path.resolve(options.workspace) } : {}),
    ...(options.base ? { base: options.base } : {}),
    ...(options.head ? { head: options.head } : {}),
    ...(options.deepen ? { deepen: true } : {}),
    ...(options.changeFallback ? { changeFallback: options.changeFallback } : {}),
    ...(options.changeNote ? { changeNote: options.changeNote } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.failOn ? { failOn: options.failOn } : {}),
    today: options.today ?? todayFromEnvironment() ?? todayInChina(),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.timeBudgetSeconds !== undefined
      ? { timeBudgetSeconds: options.timeBudgetSeconds }
      : {}),
    ...(options.origin ? { origin: options.origin } : {}),
  };
}
