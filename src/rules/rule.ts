/** The shape of a rule: pure functions from what was read to findings. No I/O here. */
import type { Bilingual, Finding, Severity } from '../model/finding.js';
import type { Evidence } from '../evidence/gather.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { Manifest, ThresholdKey } from '../model/manifest.js';
import type { Profile } from '../data/profiles.js';
import type { Evaluation } from '../model/evaluation.js';
import type { BaseManifest, Change } from '../change/types.js';
import type { SignalPack } from '../change/signals.js';
import type { BudgetStage } from '../deadline.js';
import type { LockedLoosening } from '../gate-policy/packs.js';

/** How sure the number behind a rule is (docs/domain.md#status): seed and V default to errors. */
export type SourceStatus = 'seed' | 'V' | 'S' | 'U' | 'structural';

/**
 * What a rule reads besides the manifest. The engine loads only what the rules it runs need:
 * `documents` (policies, materials, display pages), `lexicon`, `testset`, `change` (base/head and
 * the signal pack) or `evaluation` (judged responses).
 */
export type Need = 'documents' | 'lexicon' | 'testset' | 'change' | 'evaluation';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  status: SourceStatus;
  title: Bilingual;
  /** What it checks and why, then how to fix it. Markdown allowed. */
  help: Bilingual;
  /** The regulation, standard clause or seed requirement behind it (docs). Default: by status. */
  source?: Bilingual;
  /** A typical finding, shown in the docs. Default: the title, without a place. */
  example?: RuleExample;
  /** What it reads besides the manifest: `[]` for nothing. */
  needs: readonly Need[];
  /** The `thresholds:` keys it enforces; the docs' profile table lists only these. */
  thresholds?: readonly ThresholdKey[];
  /** For a rule that reads documents: the wordings it accepts, shown on its docs page. */
  wording?: RuleWording;
}

/**
 * The phrasings a document rule recognises and a passing and a failing passage, taken from the
 * same data the rule matches with, so that the docs page never disagrees with the rule.
 */
export interface RuleWording {
  /** Each group of phrasings the rule recognises, under its own label. */
  accepts: readonly { label: Bilingual; phrases: readonly string[] }[];
  /** A passage in Chinese that the rule accepts. */
  good: string;
  /** A passage in Chinese that the rule reports, and why. */
  bad: string;
  badWhy: Bilingual;
}

export interface RuleExample {
  file?: string;
  line?: number;
  column?: number;
  message: Bilingual;
}

/** A finding before the catalogue gives it its id and severity. */
export type Draft = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface RuleContext {
  root: string;
  loaded: LoadedManifest;
  manifest: Manifest;
  evidence: Evidence;
  profile: Profile;
  /** YYYY-MM-DD in China Standard Time. */
  today: string;
  /** Every rule id in the catalogue. */
  ruleIds: ReadonlySet<string>;
  /** A catalogue rule's default severity (the manifest's `rules:` compared with the base's). */
  ruleDefault?: (id: string) => Severity | undefined;
  /** Locates a manifest value: the value's line, or the nearest written ancestor's key. */
  at(pointer: string): { file: string; line: number; column: number };
  /** Responses judged by `evaluate`; absent in `check`, where the evaluate rules find nothing. */
  evaluation?: Evaluation;
  /** The change between base and head (drift rules); absent without base/head. */
  change?: Change;
  /** The manifest at the merge base, when the change is known. */
  baseManifest?: BaseManifest;
  /** The signal pack with the manifest's `signals:` applied. */
  signals?: SignalPack;
  /** Why the change could not be computed although base/head were given. */
  changeUnavailable?: Bilingual;
}

/** Runs once the manifest is valid. */
export interface Rule extends RuleMeta {
  stage: 'main';
  check(context: RuleContext): Draft[];
}

export interface ManifestRuleEnv {
  ruleIds: ReadonlySet<string>;
  /** YYYY-MM-DD in China Standard Time. */
  today: string;
  /** Set by the engine when the run's time budget ran out: the stage, and the setting's line. */
  timeBudgetExpired?: { stage: BudgetStage; seconds: number; line?: number };
  /** Keys policy packs lock that the manifest or a later pack loosens (kept locked). */
  packLocks?: readonly LockedLoosening[];
}

/** Runs on the manifest as loaded, even when it could not be parsed or validated. */
export interface ManifestRule extends RuleMeta {
  stage: 'manifest';
  check(loaded: LoadedManifest, env: ManifestRuleEnv): Draft[];
}

export type AnyRule = Rule | ManifestRule;
