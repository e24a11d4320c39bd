import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  decide,
  finalize,
  gatherEvidence
} from "./chunk-DLEL6KBE.js";
import {
  MAIN_RULES,
  MANIFEST_RULES,
  RULE_IDS,
  effectiveThresholds,
  lexiconStats,
  profileFor,
  requiredPath,
  testSetStats
} from "./chunk-VRJKMX7U.js";
import {
  loadManifest,
  positionOf
} from "./chunk-4EOT7NHN.js";
import {
  compareFindings
} from "./chunk-SBHQMLNT.js";
import {
  DEFAULT_FAIL_ON,
  DEFAULT_LANG
} from "./chunk-SNCYMR22.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-NT54SZBG.js";
import {
  LEXICON_RISK_GROUPS,
  RISKS
} from "./chunk-6OZ242V4.js";

// src/rules/coverage.ts
function value(threshold) {
  return threshold.value ?? 0;
}
function buildCoverage(manifest, evidence, profile) {
  if (manifest.path === "exempt") return;
  let { lexicon, testset } = evidence;
  if (!lexicon && !testset) return;
  let t = effectiveThresholds(profile, manifest.thresholds), filing = profile.name === "filing", risks = filing ? RISKS : RISKS.filter((risk) => LEXICON_RISK_GROUPS.includes(risk.group)), lexiconCounts = lexicon ? lexiconStats(lexicon).perRisk : void 0, testCounts = testset ? filing ? testSetStats(testset).bankRisk.generated : testSetStats(testset).perRisk : void 0, rows = risks.map((risk) => {
    let inLexicon = LEXICON_RISK_GROUPS.includes(risk.group), lexiconMinimum = inLexicon ? Math.max(
      value(t.lexicon_min_per_risk),
      value(risk.group === "A1" ? t.lexicon_min_per_a1_risk : t.lexicon_min_per_a2_risk)
    ) : 0, testMinimum = value(
      inLexicon ? t.testset_min_per_a1_a2_risk : t.testset_min_per_a3_a5_risk
    );
    return {
      risk: risk.id,
      name: { "zh-CN": risk.zh, en: risk.en },
      ...lexiconCounts ? { lexicon: { count: lexiconCounts.get(risk.id) ?? 0, minimum: lexiconMinimum } } : {},
      ...testCounts ? { testset: { count: testCounts.get(risk.id) ?? 0, minimum: testMinimum } } : {}
    };
  });
  return { profile: profile.name, rows };
}

// src/engine.ts
async function compareChange(context, manifestPath, manifest) {
  if (!(context.base && context.head) && !context.changeNote && !manifest.signals) return {};
  let { loadChange } = await import("./load-FP2UF34W.js");
  return loadChange(
    {
      root: context.root,
      base: context.base,
      head: context.head,
      manifestPath,
      deepen: context.deepen,
      fallback: context.changeFallback,
      note: context.changeNote
    },
    manifest
  );
}
async function mainFindings(context, loaded, manifest) {
  let evidence = await gatherEvidence(context.root, manifest), drift = await compareChange(context, loaded.file, manifest), ruleContext = {
    root: context.root,
    loaded,
    manifest,
    evidence,
    profile: profileFor(manifest.path),
    today: context.today,
    ruleIds: RULE_IDS,
    at: (pointer) => ({ file: loaded.file, ...positionOf(loaded.positions, pointer) }),
    ...drift.signals ? { signals: drift.signals } : {},
    ...drift.change ? { change: drift.change, baseManifest: drift.change.baseManifest } : {},
    ...drift.unavailable ? { changeUnavailable: drift.unavailable } : {}
  }, findings = MAIN_RULES.flatMap(
    (rule) => finalize(rule, rule.check(ruleContext), manifest.rules)
  ), coverage = buildCoverage(manifest, evidence, ruleContext.profile);
  return {
    findings,
    ...coverage ? { coverage } : {},
    ...drift.summary ? { change: drift.summary } : {}
  };
}
async function run(context) {
  let loaded = loadManifest(context.root, context.manifest), manifest = loaded.manifest, findings = MANIFEST_RULES.flatMap(
    (rule) => finalize(
      rule,
      rule.check(loaded, { ruleIds: RULE_IDS, today: context.today }),
      manifest?.rules
    )
  ), main = manifest ? await mainFindings(context, loaded, manifest) : void 0;
  main && findings.push(...main.findings), findings.sort(compareFindings);
  let failOn = context.failOn ?? manifest?.gate.fail_on ?? DEFAULT_FAIL_ON, lang = context.lang ?? manifest?.gate.lang ?? DEFAULT_LANG, waivers = manifest ? loaded.waivers.map((w) => w.waiver) : [], verdict = decide(findings, waivers, failOn, context.today, RULE_IDS);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: context.root,
    manifestFile: loaded.file,
    lang,
    failOn,
    path: {
      declared: manifest?.path ?? null,
      required: manifest ? requiredPath(manifest).path : null
    },
    ...verdict,
    ...main?.coverage ? { coverage: main.coverage } : {},
    ...main?.change ? { change: main.change } : {}
  };
}

export {
  run
};
