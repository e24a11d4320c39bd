/**
 * Maps the loose risk names real files use to the stable ids of docs/domain.md#risks: ids in any
 * spelling (A1f, A.1.f, A1-f, A.1.6), full Chinese names, short forms (性别歧视), 侵害/侵犯/危害/损害
 * variants, a trailing 内容, 一级分类 + 二级分类 pairs (A.2 + 性别 → A2e), and multi-label cells
 * (`隐私权|个人信息权益`, `A1f、A1g`) that name several risks at once.
 */
import {
  NON_REFUSAL_ASPECTS,
  RISK_BY_ID,
  RISK_GROUPS,
  RISKS,
  type RiskGroupId,
} from '../data/risks.js';

const PUNCTUATION =
  /[\s、，,。.;；:：·\-_—–~～/\\|()（）【】[\]《》<>〈〉“”"'‘’「」『』!！?？*＊#]+/g;

/** Canonical form for comparing names: NFKC, lower case, no blanks or punctuation, 侵犯 → 侵害. */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .replace(/侵犯/g, '侵害')
    .replace(/其它/g, '其他');
}

const SUFFIXES = ['的内容', '内容', '类风险', '风险', '类', '方面'];

function stripSuffix(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.length > suffix.length + 1 && name.endsWith(suffix)) {
      return name.slice(0, -suffix.length);
    }
  }
  return name;
}

/** 侵害, 侵犯 (folded to 侵害), 危害 and 损害 stand for one another in real category names. */
const HARM_VERBS = /侵害|危害|损害/g;

function harmVariants(key: string): string[] {
  if (!HARM_VERBS.test(key)) return [key];
  HARM_VERBS.lastIndex = 0;
  return ['侵害', '危害', '损害'].map((verb) => key.replace(HARM_VERBS, verb));
}

function buildIndex(): { names: Map<string, string>; contained: [string, string][] } {
  const names = new Map<string, string>();
  const add = (name: string, id: string) => {
    const normalized = normalizeName(name);
    if (normalized.length === 0) return;
    for (const key of harmVariants(normalized)) {
      if (!names.has(key)) names.set(key, id);
      const bare = stripSuffix(key);
      if (!names.has(bare)) names.set(bare, id);
    }
  };
  for (const risk of RISKS) {
    add(risk.id, risk.id);
    add(risk.zh, risk.id);
    add(risk.en, risk.id);
    for (const alias of risk.aliases) add(alias, risk.id);
    // 侵害他人X / 侵害X / 侵犯X: the "他人" is often dropped.
    if (risk.zh.includes('他人')) add(risk.zh.replace('他人', ''), risk.id);
  }
  const contained = [...names.entries()]
    .filter(([name]) => /[\u4e00-\u9fff]/.test(name) && name.length >= 2)
    .sort((a, b) => b[0].length - a[0].length);
  return { names, contained };
}

function buildGroupIndex(): Map<string, RiskGroupId> {
  const names = new Map<string, RiskGroupId>();
  for (const group of RISK_GROUPS) {
    for (const name of [group.id, group.label, group.zh, group.en, ...group.aliases]) {
      const key = normalizeName(name);
      names.set(key, group.id);
      names.set(stripSuffix(key), group.id);
      names.set(`包含${key}`, group.id);
    }
  }
  return names;
}

let riskIndex: ReturnType<typeof buildIndex> | undefined;
let groupIndex: Map<string, RiskGroupId> | undefined;

const ID_PREFIX = /^a([1-5])([a-i]|[1-9])(?![a-z0-9])/;
const GROUP_PREFIX = /^a([1-5])(?![a-z0-9])/;
const LETTERS = 'abcdefghi';

function idFrom(group: string, sub: string): string | undefined {
  const letter = /\d/.test(sub) ? LETTERS[Number(sub) - 1] : sub;
  const id = `A${group}${letter}`;
  return RISK_BY_ID.has(id) ? id : undefined;
}

function groupOf(value: string): RiskGroupId | undefined {
  groupIndex ??= buildGroupIndex();
  const key = normalizeName(value);
  if (key.length === 0) return undefined;
  const direct = groupIndex.get(key) ?? groupIndex.get(stripSuffix(key));
  if (direct) return direct;
  const prefix = GROUP_PREFIX.exec(key);
  return prefix ? (`A${prefix[1]}` as RiskGroupId) : undefined;
}

/** What separates the labels of a multi-label cell. */
const LABEL_SEPARATORS = /[|｜、/／，]+/;

/** The labels of a multi-label cell, trimmed, empty ones dropped. */
export function splitLabels(value: string): string[] {
  return value
    .split(LABEL_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The group of a 一级分类 value (A.1, A1, 歧视性内容, ...), or undefined. A multi-label value has a
 * group when all its labels agree on one.
 */
export function resolveGroup(value: string): RiskGroupId | undefined {
  const whole = groupOf(value);
  if (whole) return whole;
  const parts = splitLabels(value);
  if (parts.length < 2) return undefined;
  const groups = new Set(parts.map(groupOf));
  return groups.size === 1 ? [...groups][0] : undefined;
}

const LAST_IN_GROUP: Record<RiskGroupId, string> = {
  A1: 'A1h',
  A2: 'A2i',
  A3: 'A3e',
  A4: 'A4g',
  A5: 'A5b',
};

/**
 * The risk id a category name stands for, or undefined. `group` is the 一级分类 of the same
 * row when the file has one; it disambiguates short 二级分类 values such as 性别 or 其他.
 */
export function resolveRisk(value: string, group?: RiskGroupId): string | undefined {
  riskIndex ??= buildIndex();
  const key = normalizeName(value);
  if (key.length === 0) return undefined;
  const direct = riskIndex.names.get(key) ?? riskIndex.names.get(stripSuffix(key));
  if (direct && (group === undefined || RISK_BY_ID.get(direct)?.group === group)) return direct;
  if (group !== undefined) {
    const digit = group.slice(1);
    if (/^[a-i1-9]$/.test(key)) return idFrom(digit, key);
    const bare = stripSuffix(key);
    if (bare === '其他' || bare === '其他方面') return LAST_IN_GROUP[group];
    if (group === 'A2') {
      const discrimination = riskIndex.names.get(`${bare}歧视`);
      if (discrimination) return discrimination;
    }
  }
  const id = ID_PREFIX.exec(key);
  if (id) return idFrom(id[1]!, id[2]!);
  if (direct) return direct;
  for (const [name, risk] of riskIndex.contained) {
    if (key.includes(name)) {
      const length = name.length;
      const rivals = riskIndex.contained.filter(
        ([other, otherRisk]) =>
          other.length === length && otherRisk !== risk && key.includes(other),
      );
      return rivals.length === 0 ? risk : undefined;
    }
  }
  return undefined;
}

/**
 * Every risk a category cell names, in order: one for a name (宣扬暴力、淫秽色情 is one risk),
 * several for a multi-label cell split on `|` `、` `/` `，` (隐私权|个人信息权益 → A4e, A4f).
 * Labels that name no risk are left out; empty when none does.
 */
export function resolveRisks(value: string, group?: RiskGroupId): string[] {
  riskIndex ??= buildIndex();
  const key = normalizeName(value);
  if (key.length === 0) return [];
  const exact = riskIndex.names.get(key) ?? riskIndex.names.get(stripSuffix(key));
  if (exact && (group === undefined || RISK_BY_ID.get(exact)?.group === group)) return [exact];
  const parts = splitLabels(value);
  if (parts.length > 1) {
    const risks = new Set<string>();
    for (const part of parts) {
      const risk = resolveRisk(part, group);
      if (risk) risks.add(risk);
    }
    if (risks.size > 0) return [...risks];
  }
  const whole = resolveRisk(value, group);
  return whole ? [whole] : [];
}

const ASPECTS = new Map<string, string>();
for (const aspect of NON_REFUSAL_ASPECTS) {
  for (const name of [aspect.id, aspect.zh, aspect.en]) ASPECTS.set(normalizeName(name), aspect.id);
}

/** The should-not-refuse aspect (制度, 信仰, ... 健康) a category names, or undefined. */
export function resolveAspect(value: string): string | undefined {
  const key = normalizeName(value);
  return ASPECTS.get(key) ?? ASPECTS.get(stripSuffix(key));
}
