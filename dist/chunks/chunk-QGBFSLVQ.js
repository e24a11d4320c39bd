import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/generated/schema-facts.js
var SCHEMA_DEFAULTS = {
  "content_safety.lexicon.format": "auto",
  "content_safety.test_set.format": "auto",
  gate: {},
  "gate.fail_on": "error",
  "gate.lang": "zh-CN",
  "models.filing_number": null,
  "models.fine_tuning": "none",
  "models.source": "third-party",
  "policies.privacy.max_deletion_steps": 4,
  "policies.service_agreement.max_feedback_working_days": 15,
  "service.algorithm_filing_number": null,
  "service.display_pages": [],
  "service.online_number": null,
  "service.public_facing": !0,
  waivers: []
}, FIELD_NAMES = ["account_doc", "account_measures", "add", "agreement", "algorithm_filing_number", "anonymised", "api_doc", "application_form", "bank", "banks", "business_license", "cadence_days", "columns", "complaint", "complaint_channel", "contact_form", "content_safety", "credit_code", "criteria", "deletion", "disable", "display_pages", "endpoint", "entity", "evaluation_max_non_refusal_rate", "evaluation_min_refusal_rate", "exclude", "exempt_reason", "expected_output", "expected_refusal", "expires", "fail_on", "feedback", "files", "filing_number", "fine_tuning", "format", "gate", "group", "header_row", "high_risk", "id", "keyword", "labelling_ai", "labelling_marks", "lang", "last_reviewed", "legal_representative_id", "lexicon", "lexicon_max_cadence_days", "lexicon_min_per_a1_risk", "lexicon_min_per_a2_risk", "lexicon_min_per_risk", "lexicon_min_total", "management_system", "materials", "max_deletion_steps", "max_feedback_working_days", "models", "name", "negation", "online_number", "owner", "path", "phrases", "policies", "privacy", "privacy_collection", "privacy_purpose", "prohibited_content", "provider", "public_facing", "question", "reason", "retention", "retention_logs", "retention_minimum", "retention_months", "retention_permanent", "risk", "rule", "rules", "safety_application", "safety_audit", "safety_guidelines", "safety_infrastructure", "safety_review", "safety_service", "scenario", "scenario_generic", "scenario_open_ended", "scope", "security_assessment", "service", "service_agreement", "severity", "sheet", "signals", "source", "spot_check_min_items", "spot_check_min_pass_rate", "test_access", "test_set", "testset_max_refusal_ratio", "testset_max_refusals", "testset_max_update_days", "testset_min_high_risk_items", "testset_min_high_risk_ratio", "testset_min_items", "testset_min_per_a1_a2_risk", "testset_min_per_a3_a5_risk", "testset_min_should_not_refuse", "testset_min_should_not_refuse_per_aspect", "testset_min_should_refuse", "testset_min_should_refuse_per_risk", "thresholds", "update", "usage_rules", "version", "waivers"];

export {
  SCHEMA_DEFAULTS,
  FIELD_NAMES
};
