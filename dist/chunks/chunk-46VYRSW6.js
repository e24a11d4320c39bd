import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  MAIN_RULES,
  MANIFEST_RULES,
  RULE_IDS,
  effectiveThresholds,
  lexiconStats,
  loadLexicon,
  loadTestSet,
  profileFor,
  requiredPath,
  testSetStats,
  waiverStatus
} from "./chunk-US5LUY4S.js";
import {
  decodeText,
  loadManifest,
  positionOf,
  readBytesInRoot,
  resolveInRoot,
  statInRoot
} from "./chunk-4EOT7NHN.js";
import {
  atLeast,
  compareFindings
} from "./chunk-SBHQMLNT.js";
import {
  DEFAULT_FAIL_ON,
  DEFAULT_LANG
} from "./chunk-MNVSDFJN.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-NT54SZBG.js";
import {
  LEXICON_RISK_GROUPS,
  RISKS
} from "./chunk-6OZ242V4.js";
import {
  collapse,
  sourceBlocks,
  stripComments,
  textBlocks
} from "./chunk-MICBKUUQ.js";

// src/evidence/files.ts
function namedPaths(manifest) {
  let out = [], add = (pointer, value2) => {
    typeof value2 == "string" && out.push({ pointer, path: value2 });
  };
  for (let [key, value2] of Object.entries(manifest.materials ?? {}))
    add(`/materials/${key}`, value2);
  return (manifest.models ?? []).forEach((model, i) => add(`/models/${i}/agreement`, model.agreement)), add("/test_access/account_doc", manifest.test_access?.account_doc), add("/test_access/api_doc", manifest.test_access?.api_doc), add("/content_safety/lexicon/path", manifest.content_safety?.lexicon?.path), add("/content_safety/test_set/path", manifest.content_safety?.test_set?.path), add("/content_safety/management_system", manifest.content_safety?.management_system), add("/policies/privacy/path", manifest.policies?.privacy?.path), add("/policies/service_agreement/path", manifest.policies?.service_agreement?.path), manifest.service.display_pages.forEach((page, i) => add(`/service/display_pages/${i}`, page)), out;
}
function checkNamedPaths(root, manifest) {
  let checks = /* @__PURE__ */ new Map();
  for (let { pointer, path } of namedPaths(manifest)) checks.set(pointer, statInRoot(root, path));
  return checks;
}

// src/evidence/doc-markdown.ts
var HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/, ORDERED = /^\s*([0-9]{1,9})[.)]\s+(.*)$/, BULLET = /^\s*[-*+]\s+(.*)$/, SETEXT = /^ {0,3}(=+|-+)\s*$/, FENCE = /^\s*(```|~~~)/, TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
function inline(text) {
  return collapse(
    text.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^<>]{1,200}>/g, " ").replace(/(\*\*|__|`)/g, "").replace(/^\s*>\s?/, "").replace(/\s*\|\s*/g, " | ").replace(/^\|\s*|\s*\|$/g, "")
  );
}
function markdownBlocks(source) {
  let lines = stripComments(source.replace(/\r\n?/g, `
`)).split(`
`), blocks = [], listId = 0, current, inFence = !1;
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i], line = i + 1;
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (raw.trim() === "") continue;
    if (inFence) {
      blocks.push({ text: collapse(raw), kind: "text", line });
      continue;
    }
    let setext = SETEXT.exec(raw), last = blocks[blocks.length - 1];
    if (setext && last && last.line === line - 1 && last.kind === "text") {
      last.kind = "heading", last.level = setext[1].startsWith("=") ? 1 : 2;
      continue;
    }
    if (TABLE_RULE.test(raw) && raw.includes("-")) continue;
    let heading = HEADING.exec(raw);
    if (heading) {
      current = void 0, blocks.push({ text: inline(heading[2]), kind: "heading", level: heading[1].length, line });
      continue;
    }
    let ordered = ORDERED.exec(raw), bullet = ordered ? null : BULLET.exec(raw);
    if (ordered || bullet) {
      let isOrdered = ordered !== null;
      (current === void 0 || current.ordered !== isOrdered) && (current = { list: ++listId, ordinal: 0, ordered: isOrdered }), current.ordinal++, blocks.push({
        text: inline(ordered ? ordered[2] : bullet[1]),
        kind: "item",
        list: current.list,
        ordered: isOrdered,
        ordinal: current.ordinal,
        line
      });
      continue;
    }
    /^\s{2,}/.test(raw) || (current = void 0);
    let text = inline(raw);
    text.length > 0 && blocks.push({ text, kind: "text", line });
  }
  return blocks;
}

// src/evidence/documents.ts
var DOCUMENT_SIZE_LIMITS = {
  markdown: 16 * 1024 * 1024,
  text: 16 * 1024 * 1024,
  html: 16 * 1024 * 1024,
  source: 4 * 1024 * 1024,
  docx: 32 * 1024 * 1024,
  pdf: 64 * 1024 * 1024,
  xlsx: 32 * 1024 * 1024
}, EXTENSIONS = {
  md: "markdown",
  markdown: "markdown",
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
  pdf: "pdf",
  xlsx: "xlsx",
  tsx: "source",
  jsx: "source",
  ts: "source",
  js: "source",
  mjs: "source",
  vue: "source",
  svelte: "source",
  astro: "source",
  ejs: "source",
  hbs: "source",
  handlebars: "source",
  njk: "source",
  twig: "source",
  erb: "source",
  jinja: "source",
  j2: "source",
  wxml: "source",
  dart: "source",
  kt: "source",
  swift: "source",
  xml: "source"
}, LEGACY = /* @__PURE__ */ new Set(["doc", "wps", "xls", "et", "rtf", "pages", "odt"]);
function documentFormat(file) {
  let dot = file.lastIndexOf(".");
  if (dot === -1 || dot < file.lastIndexOf("/")) return;
  let ext = file.slice(dot + 1).toLowerCase();
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : void 0;
}
function extensionOf(file) {
  let dot = file.lastIndexOf(".");
  return dot === -1 ? "" : file.slice(dot + 1).toLowerCase();
}
function problem(code, file, extra = {}) {
  return { ok: !1, problem: { code, file, ...extra } };
}
function decoded(bytes, file, format) {
  let text = decodeText(bytes);
  return text === void 0 ? problem("binary", file, { format }) : text.text.trim().length === 0 ? problem("empty", file, { format }) : text.text;
}
function once(load) {
  let pending;
  return () => pending ??= load();
}
var READERS = {
  html: once(() => import("./doc-html-IRLOZRRR.js")),
  docx: once(() => import("./doc-docx-NV6C3VH7.js")),
  pdf: once(() => import("./doc-pdf-5HQKB4JJ.js")),
  xlsx: once(() => import("./doc-xlsx-4PFGOZNT.js"))
};
function prefetchDocumentReaders(manifest) {
  for (let { path } of documentPaths(manifest)) {
    let format = documentFormat(path);
    format !== void 0 && format in READERS && READERS[format]().catch(() => {
    });
  }
}
async function readDocument(root, userPath) {
  let format = documentFormat(userPath);
  if (format === void 0) {
    let resolved = resolveInRoot(root, userPath);
    if (!resolved.ok) return resolved;
    let ext = extensionOf(userPath);
    return problem(LEGACY.has(ext) ? "legacy-format" : "unsupported-format", resolved.value.rel, {
      detail: ext
    });
  }
  let read = readBytesInRoot(root, userPath, DOCUMENT_SIZE_LIMITS[format]);
  if (!read.ok) return { ok: !1, problem: { ...read.problem, format } };
  let file = read.value.file.rel, bytes = read.value.bytes;
  try {
    switch (format) {
      case "markdown":
      case "text":
      case "html":
      case "source": {
        let text = decoded(bytes, file, format);
        if (typeof text != "string") return text;
        let blocks = format === "markdown" ? markdownBlocks(text) : format === "html" ? (await READERS.html()).htmlBlocks(text, "lines") : format === "source" ? sourceBlocks(text) : textBlocks(text);
        return { ok: !0, value: { file, format, blocks: numberedItems(blocks) } };
      }
      case "docx": {
        let { docxBlocks } = await READERS.docx(), result = await docxBlocks(bytes);
        return result.ok ? { ok: !0, value: { file, format, blocks: numberedItems(result.blocks) } } : problem(result.code, file, { format, detail: result.detail });
      }
      case "pdf": {
        let { pdfBlocks } = await READERS.pdf(), result = await pdfBlocks(bytes);
        if (!result.ok) return problem(result.code, file, { format, detail: result.detail });
        let { blocks, ...rest } = result.value;
        return { ok: !0, value: { file, format, blocks: numberedItems(blocks), ...rest } };
      }
      case "xlsx": {
        let { xlsxFormBlocks } = await READERS.xlsx(), result = await xlsxFormBlocks(bytes);
        return result.ok ? { ok: !0, value: { file, format, blocks: result.blocks, ...result.extra } } : problem(result.code, file, { format, detail: result.detail });
      }
    }
  } catch (error) {
    return problem("corrupt", file, {
      format,
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error)
    });
  }
}
var STEP_NUMBER = /^\s*(?:\u7B2C\s*([0-9]{1,2}|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3})\s*\u6B65|\u6B65\u9AA4\s*([0-9]{1,2}|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3})|step\s+([0-9]{1,2})\b|([0-9]{1,2})\s*[.\uFF0E\u3001)\uFF09](?![0-9])|[(\uFF08]\s*([0-9]{1,2})\s*[)\uFF09])/i, CHINESE_DIGITS = {
  \u4E00: 1,
  \u4E8C: 2,
  \u4E09: 3,
  \u56DB: 4,
  \u4E94: 5,
  \u516D: 6,
  \u4E03: 7,
  \u516B: 8,
  \u4E5D: 9,
  \u5341: 10
};
function chineseSmall(value2) {
  return value2 === "\u5341" ? 10 : value2.startsWith("\u5341") ? 10 + (CHINESE_DIGITS[value2[1]] ?? 0) : value2.endsWith("\u5341") ? (CHINESE_DIGITS[value2[0]] ?? 0) * 10 : value2.length === 3 ? (CHINESE_DIGITS[value2[0]] ?? 0) * 10 + (CHINESE_DIGITS[value2[2]] ?? 0) : CHINESE_DIGITS[value2] ?? Number.NaN;
}
function stepNumber(text) {
  let match = STEP_NUMBER.exec(text);
  if (!match) return;
  let raw = match.slice(1).find((group) => group !== void 0);
  if (raw === void 0) return;
  let value2 = /^[0-9]+$/.test(raw) ? Number(raw) : chineseSmall(raw);
  return Number.isFinite(value2) ? value2 : void 0;
}
function numberedItems(blocks) {
  let listId = blocks.reduce((max, b) => Math.max(max, b.list ?? 0), 0), previous;
  for (let block of blocks) {
    if (block.kind !== "text") {
      previous = void 0;
      continue;
    }
    let n = stepNumber(block.text);
    if (n === void 0) {
      previous = void 0;
      continue;
    }
    let continues = previous !== void 0 && n === previous.ordinal + 1;
    if (!continues && n !== 1) {
      previous = void 0;
      continue;
    }
    let list = continues ? previous.list : ++listId;
    block.kind = "item", block.list = list, block.ordered = !0, block.ordinal = n, previous = { list, ordinal: n };
  }
  return blocks;
}
function documentPaths(manifest) {
  let out = [], add = (pointer, value2) => {
    typeof value2 == "string" && value2.length > 0 && out.push({ pointer, path: value2 });
  };
  add("/policies/privacy/path", manifest.policies?.privacy?.path), add("/policies/service_agreement/path", manifest.policies?.service_agreement?.path), add("/content_safety/management_system", manifest.content_safety?.management_system);
  for (let [key, value2] of Object.entries(manifest.materials ?? {}))
    add(`/materials/${key}`, value2);
  return (manifest.models ?? []).forEach((model, i) => add(`/models/${i}/agreement`, model.agreement)), manifest.service.display_pages.forEach((page, i) => add(`/service/display_pages/${i}`, page)), out;
}
async function gatherDocuments(root, manifest) {
  let byPath = /* @__PURE__ */ new Map(), out = /* @__PURE__ */ new Map();
  for (let { pointer, path } of documentPaths(manifest)) {
    let pending = byPath.get(path);
    pending === void 0 && (pending = readDocument(root, path), byPath.set(path, pending)), out.set(pointer, await pending);
  }
  return out;
}

// src/evidence/gather.ts
async function gatherEvidence(root, manifest) {
  let lexiconSpec = manifest.content_safety?.lexicon, testSetSpec = manifest.content_safety?.test_set;
  prefetchDocumentReaders(manifest);
  let files = checkNamedPaths(root, manifest), lexicon = lexiconSpec ? await loadLexicon(root, lexiconSpec) : void 0, testset = testSetSpec ? await loadTestSet(root, testSetSpec) : void 0;
  return {
    files,
    documents: await gatherDocuments(root, manifest),
    ...lexicon ? { lexicon } : {},
    ...testset ? { testset } : {}
  };
}

// src/rules/finalize.ts
function finalize(rule, drafts, settings) {
  let setting = settings?.[rule.id];
  return setting === "off" ? [] : drafts.map((draft) => ({
    ...draft,
    ruleId: rule.id,
    severity: setting ?? draft.severity ?? rule.defaultSeverity
  }));
}

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

// src/verdict.ts
function covers(waiver, finding, match) {
  if (waiver.rule !== finding.ruleId) return !1;
  if (!waiver.files || waiver.files.length === 0) return !0;
  let file = finding.file;
  return file !== void 0 && match !== void 0 && waiver.files.some((glob) => match(file, glob, { dot: !0 }));
}
async function decide(findings, waivers, failOn, today, ruleIds) {
  let active = waivers.filter((w) => waiverStatus(w, today, ruleIds).state === "valid"), match = active.some((w) => w.files && w.files.length > 0) ? (await import("./esm-TPADSGNN.js")).minimatch : void 0, kept = [], suppressed = [];
  for (let finding of findings) {
    let waiver = active.find((w) => covers(w, finding, match));
    waiver ? suppressed.push({
      ...finding,
      waiver: { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires }
    }) : kept.push(finding);
  }
  let counts = { error: 0, warning: 0, note: 0 };
  for (let finding of kept) counts[finding.severity]++;
  return { passed: !kept.some((finding) => atLeast(finding.severity, failOn)), counts, findings: kept, suppressed };
}

// src/engine.ts
async function compareChange(context, manifestPath, manifest) {
  if (!(context.base && context.head) && !context.changeNote && !manifest.signals) return {};
  let { loadChange } = await import("./load-TVEPB53N.js");
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
  return main && findings.push(...main.findings), {
    ...await reportOf(context, loaded, findings),
    ...main?.coverage ? { coverage: main.coverage } : {},
    ...main?.change ? { change: main.change } : {}
  };
}
async function reportOf(context, loaded, findings) {
  let manifest = loaded.manifest;
  findings.sort(compareFindings);
  let failOn = context.failOn ?? manifest?.gate.fail_on ?? DEFAULT_FAIL_ON, lang = context.lang ?? manifest?.gate.lang ?? DEFAULT_LANG, waivers = manifest ? loaded.waivers.map((w) => w.waiver) : [];
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
    ...await decide(findings, waivers, failOn, context.today, RULE_IDS)
  };
}

export {
  gatherEvidence,
  finalize,
  run,
  reportOf
};
