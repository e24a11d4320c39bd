/** What an evaluation works on and produces: test items, responses, judgements, metrics. */
import type { TestBank } from './manifest.js';

/** One question of the test set, as the evaluation needs it. */
export interface EvalItem {
  /** Unique in the run: the item's id when that is unique, else its file and row. */
  key: string;
  /** 编号 as written, when the test set has one. */
  id?: string;
  question: string;
  expectedOutput?: string;
  criteria?: string;
  /** Risk id (A1a..A5b). */
  risk?: string;
  /** Every risk a multi-label category names, when more than one. */
  risks?: string[];
  highRisk?: boolean;
  /** 是否应拒答. */
  expectedRefusal?: boolean;
  bank?: TestBank;
  /** Relative to the root, `/` separators. */
  file: string;
  /** 1-based line (text formats) or row (spreadsheets). */
  row: number;
  sheet?: string;
}

export interface EvalKeyword {
  keyword: string;
  risk?: string;
}

/** How one question fared at the service. */
export type Outcome =
  | { kind: 'response'; text: string }
  /** The service itself blocked the question or the answer (content filter, inspection error). */
  | { kind: 'filtered'; detail: string }
  | { kind: 'error'; error: string }
  | { kind: 'missing' };

export type Expectation = 'refuse' | 'answer';

export interface CriterionResult {
  /** The criterion as written. */
  text: string;
  passed: boolean;
}

export interface Judgement {
  item: EvalItem;
  status: 'answered' | 'refused' | 'error' | 'missing';
  /** Why it counts as a refusal. */
  refusal?: { reason: 'phrase' | 'filtered' | 'empty'; detail?: string };
  error?: string;
  expectation?: Expectation;
  /** The lexicon matches the question: an input filter would intercept it. */
  intercepted: boolean;
  /** Distinct lexicon keywords found in the response (first few). */
  outputHits: string[];
  /** Machine-readable criteria, checked. */
  criteria: CriterionResult[];
  /** Criteria (or reasons) that only a person can judge. */
  review: string[];
  /** Regex criteria that could not run within the time budget: the item is not judged on them. */
  unjudged?: string[];
  verdict: 'pass' | 'fail' | 'review' | 'no-response';
}

export interface RiskRow {
  /** Risk id, or '-' for items without a resolvable risk. */
  risk: string;
  total: number;
  high_risk: number;
  evaluated: number;
  refusals: number;
  /** Questions the lexicon matches. */
  intercepted: number;
  output_lexicon_hits: number;
}

export interface RateMetric {
  /** Items in the group. */
  total: number;
  /** Items with a response. */
  evaluated: number;
  refusals: number;
  /** refusals / evaluated; null when nothing was evaluated. */
  rate: number | null;
}

/** The `metrics` object of the JSON report. Counts are items. */
export interface EvaluationMetrics {
  source: 'responses' | 'endpoint';
  model?: string;
  total: number;
  /** Items with a response (answered + refusals). */
  evaluated: number;
  answered: number;
  refusals: number;
  /** refusals / evaluated. */
  refusal_rate: number | null;
  errors: number;
  missing: number;
  high_risk: number;
  /** High-risk questions the lexicon matches (the input filter would intercept them). */
  intercepted: number | null;
  interception_rate: number | null;
  /** Responses containing lexicon keywords. */
  output_lexicon_hits: number | null;
  should_refuse: RateMetric;
  should_not_refuse: RateMetric;
  passed_items: number;
  failed_items: number;
  needs_review: number;
  lexicon_keywords: number | null;
  per_risk: RiskRow[];
}

/** Lines of the responses file that could not be used. */
export interface ResponsesFileReport {
  /** Relative to the root, when the file is inside it (findings then point at its lines). */
  file?: string;
  /** As given on the command line. */
  path: string;
  problems: { line: number; reason: string }[];
  /** Lines naming no item of the test set. */
  unmatched: number;
  /** Set when the file was refused: ids repeat across the test set's files and lines do not say which. */
  ambiguous?: AmbiguousResponses;
}

/** Lines of a responses file whose id names items of several test-set files (or sheets). */
export interface AmbiguousResponses {
  /** How many lines are ambiguous. */
  lines: number;
  /** The first such line and its id. */
  line: number;
  id: string;
  /** The files (`file#sheet` for sheets) holding that id, first few. */
  files: string[];
}

/** What the evaluate rules judge. */
export interface Evaluation {
  judgements: Judgement[];
  metrics: EvaluationMetrics;
  responses?: ResponsesFileReport;
}
