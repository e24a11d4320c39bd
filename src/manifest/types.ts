/** The typed v1 manifest, as the schema (schemas/compliance.schema.json) defines it. */

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

export interface Manifest {
  version: 1;
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
    lexicon?: {
      path: string;
      update?: { owner?: string; cadence_days?: number; last_reviewed?: string };
    };
    test_set?: { path: string };
    management_system?: string;
  };
  policies?: {
    privacy?: { path: string; retention_months?: number };
    service_agreement?: { path: string };
  };
  test_access?: { account_doc?: string; api_doc?: string };
  gate: { fail_on: 'error' | 'warning' | 'note' | 'never'; lang: 'zh-CN' | 'en' };
  rules?: Record<string, RuleSetting>;
  waivers: Waiver[];
}
