/**
 * The coverage table reports lead with: each risk (the 17 of A.1 + A.2 on registration, all
 * 31 on filing) with its keyword and test-item counts against the profile's minimums. Pure.
 */
import { effectiveThresholds, type Profile, type Threshold } from '../../data/profiles.js';
import { LEXICON_RISK_GROUPS, RISKS, type Risk } from '../../data/risks.js';
import type { Evidence } from '../../evidence/gather.js';
import type { Manifest } from '../../model/manifest.js';
import type { Coverage, CoverageRow } from '../../model/summary.js';
import { lexiconStats } from './lexicon-stats.js';
import { testSetStats } from './testset-stats.js';

function value(threshold: Threshold): number {
  return threshold.value ?? 0;
}

export function buildCoverage(
  manifest: Manifest,
  evidence: Evidence,
  profile: Profile,
): Coverage | undefined {
  if (manifest.path === 'exempt') return undefined;
  const { lexicon, testset } = evidence;
  if (!lexicon && !testset) return undefined;
  const t = effectiveThresholds(profile, manifest.thresholds);
  const filing = profile.name === 'filing';
  const risks: readonly Risk[] = filing
    ? RISKS
    : RISKS.filter((risk) => LEXICON_RISK_GROUPS.includes(risk.group));
  const lexiconCounts = lexicon ? lexiconStats(lexicon).perRisk : undefined;
  const testCounts = testset
    ? filing
      ? testSetStats(testset).bankRisk.generated
      : testSetStats(testset).perRisk
    : undefined;
  const rows = risks.map((risk): CoverageRow => {
    const inLexicon = LEXICON_RISK_GROUPS.includes(risk.group);
    const lexiconMinimum = inLexicon
      ? Math.max(
          value(t.lexicon_min_per_risk),
          value(risk.group === 'A1' ? t.lexicon_min_per_a1_risk : t.lexicon_min_per_a2_risk),
        )
      : 0;
    const testMinimum = value(
      inLexicon ? t.testset_min_per_a1_a2_risk : t.testset_min_per_a3_a5_risk,
    );
    return {
      risk: risk.id,
      name: { 'zh-CN': risk.zh, en: risk.en },
      ...(lexiconCounts
        ? { lexicon: { count: lexiconCounts.get(risk.id) ?? 0, minimum: lexiconMinimum } }
        : {}),
      ...(testCounts
        ? { testset: { count: testCounts.get(risk.id) ?? 0, minimum: testMinimum } }
        : {}),
    };
  });
  return { profile: profile.name, rows };
}
