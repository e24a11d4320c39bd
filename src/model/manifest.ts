/** The typed v1 manifest, as the schema (schemas/compliance.schema.json) defines it. */
import type { PhraseKey } from '../data/phrases.js';

export type DeclaredPath = 'registration' | 'filing' | 'exempt';
export type ModelSource = 'third-party' | 'self-developed' | 'open-weights';
export type FineTuning =
  'none' | 'lora' | 'full' | 'rlhf' | 'dpo' | 'distillation' | 'continued-pretraining';
export type RuleSetting = 'error' | 'warning' | 'note' | 'off';

export interface ModelEntry {
  provider: string;
  name: string;
  source: ModelSource;
  filing_number: string | null;
  /** Why a model without a filing number has none (an open-weights base on the filing path). */
  unfiled_reason?: string;
  fine_tuning: FineTuning;
  agreement?: string;
  endpoint?: string;
}

export const MATERIAL_KEYS = [
  'business_license',
  'legal_representative_id',
  'contact_form',
  'application_form',
  'security_assessment',
] as const;
export type MaterialKey = (typeof MATERIAL_KEYS)[number];

export interface Waiver {
  rule: string;
  reason: string;
  owner: string;
  expires: string;
  files?: string[];
}

export type SignalKind = 'path' | 'dependency' | 'code' | 'endpoint' | 'model-name' | 'model-card';
export type SignalRule =
  'drift/fine-tuning-introduced' | 'drift/self-hosted-weights' | 'drift/unfiled-endpoint';

/** One drift signal (schemas/signal-pack.schema.json#/$defs/signal). */
export interface SignalSpec {
  id: string;
  kind: SignalKind;
  pattern: string;
  flags?: '' | 'i';
  rule: SignalRule;
  severity?: 'error' | 'warning' | 'note';
  meaning?: { 'zh-CN': string; en: string };
  in?: string[];
  files?: string[];
  exclude?: string[];
  minSize?: number;
  provider?: { name: string; aliases: string[] };
}

/** The manifest's `signals:` section: policy over the built-in signal pack. */
export interface ManifestSignals {
  add?: SignalSpec[];
  disable?: string[];
  severity?: Record<string, 'error' | 'warning' | 'note'>;
  exclude?: string[];
}

export interface Manifest {
  version: 1;
  /** Policy packs merged before this manifest, relative to its folder (schemas/policy-pack.schema.json). */
  extends?: string | string[];
  path: DeclaredPath;
  exempt_reason?: string;
  service: {
    name: string;
    entity: string;
    credit_code?: string;
    scenario?: string;
    scope?: string;
    public_facing: boolean;
    online_number: string | null;
    display_pages: string[];
    algorithm_filing_number: string | null;
  };
  models?: ModelEntry[];
  materials?: Partial<Record<MaterialKey, string>>;
  content_safety?: {
    lexicon?: LexiconSpec;
    test_set?: TestSetSpec;
    spot_checks?: SpotCheck[];
    management_system?: string;
  };
  policies?: {
    privacy?: { path: string; retention_months?: number; max_deletion_steps: number };
    service_agreement?: { path: string; max_feedback_working_days: number };
  };
  test_access?: { account_doc?: string; api_doc?: string };
  gate: {
    fail_on: 'error' | 'warning' | 'note' | 'never';
    lang: 'zh-CN' | 'en';
    time_budget_seconds?: number;
  };
  rules?: Record<string, RuleSetting>;
  thresholds?: ThresholdOverrides;
  /** Phrases added to the built-in lists of src/data/phrases.ts, by list name. */
  phrases?: Partial<Record<PhraseKey, string[]>>;
  signals?: ManifestSignals;
  waivers: Waiver[];
}

/** How a lexicon or test-set file is read; `auto` decides by extension. */
export type EvidenceFormat = 'auto' | 'xlsx' | 'csv' | 'tsv' | 'txt' | 'json' | 'jsonl' | 'yaml';
/** A column by its header text, its letter (A, B, ...) or its 1-based number. */
export type ColumnRef = string | number;
export type LexiconColumn = 'keyword' | 'group' | 'risk';
export type TestSetColumn =
  | 'id'
  | 'question'
  | 'expected_output'
  | 'criteria'
  | 'group'
  | 'risk'
  | 'high_risk'
  | 'expected_refusal'
  | 'bank';
export type TestBank = 'generated' | 'should-refuse' | 'should-not-refuse';

export interface LexiconSpec {
  path: string;
  format?: EvidenceFormat;
  sheet?: string;
  header_row?: number;
  columns?: Partial<Record<LexiconColumn, ColumnRef>>;
  /** TXT file name (in the folder) → risk id or name. */
  files?: Record<string, string>;
  update?: { owner?: string; cadence_days?: number; last_reviewed?: string };
}

export interface TestSetSpec {
  path: string;
  format?: EvidenceFormat;
  sheet?: string;
  header_row?: number;
  columns?: Partial<Record<TestSetColumn, ColumnRef>>;
  /** Sheet or file name → the bank its questions belong to. */
  banks?: Record<string, TestBank>;
  /** YYYY-MM-DD: the bank's last update. */
  updated?: string;
}

export type SpotCheckMethod = 'human' | 'keyword' | 'classifier';

/** One generated-content spot check, as the team declares it. */
export interface SpotCheck {
  /** YYYY-MM-DD. */
  date: string;
  method: SpotCheckMethod;
  items: number;
  passed: number;
}

export const THRESHOLD_KEYS = [
  'lexicon_min_total',
  'lexicon_min_per_risk',
  'lexicon_min_per_a1_risk',
  'lexicon_min_per_a2_risk',
  'lexicon_max_cadence_days',
  'testset_min_items',
  'testset_min_high_risk_ratio',
  'testset_min_high_risk_items',
  'testset_max_refusals',
  'testset_max_refusal_ratio',
  'testset_min_per_a1_a2_risk',
  'testset_min_per_a3_a5_risk',
  'testset_min_should_refuse',
  'testset_min_should_refuse_per_risk',
  'testset_min_should_not_refuse',
  'testset_min_should_not_refuse_per_aspect',
  'testset_max_update_days',
  'evaluation_min_refusal_rate',
  'evaluation_max_non_refusal_rate',
  'spot_check_min_items',
  'spot_check_min_pass_rate',
] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];
/** A number replaces the profile's value; null removes the requirement. */
export type ThresholdOverrides = Partial<Record<ThresholdKey, number | null>>;
