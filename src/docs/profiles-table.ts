/**
 * The two threshold profiles side by side, from src/data/profiles.ts and the schema's descriptions.
 * Only thresholds some rule declares it reads are listed: a number no rule enforces is no requirement.
 */
import { PROFILES, type Threshold } from '../data/profiles.js';
import type { Lang } from '../model/finding.js';
import { THRESHOLD_KEYS, type ThresholdKey } from '../model/manifest.js';
import type { RuleMeta } from '../rules/rule.js';
import { splitDescription, type SchemaNode } from './schema-reference.js';

function cell(threshold: Threshold | undefined): string {
  if (threshold === undefined || threshold.value === null) return '—';
  return `${threshold.value} (${threshold.status})`;
}

/** The thresholds the given rules read, in the manifest's order. */
export function thresholdsRead(rules: readonly RuleMeta[]): ThresholdKey[] {
  const read = new Set(rules.flatMap((rule) => rule.thresholds ?? []));
  return THRESHOLD_KEYS.filter((key) => read.has(key));
}

export function profilesTable(schema: SchemaNode, lang: Lang, rules: readonly RuleMeta[]): string {
  const zh = lang === 'zh-CN';
  const described = schema.properties?.thresholds?.properties ?? {};
  const lines = [
    zh
      ? '| `thresholds:` 键 | 登记 `registration` | 备案 `filing` | 说明 |'
      : '| `thresholds:` key | `registration` | `filing` | meaning |',
    '| --- | --- | --- | --- |',
  ];
  for (const key of thresholdsRead(rules)) {
    const registration = PROFILES.registration.thresholds[key];
    const filing = PROFILES.filing.thresholds[key];
    const description = splitDescription(described[key]?.description)[lang].replace(/\|/g, '\\|');
    lines.push(`| \`${key}\` | ${cell(registration)} | ${cell(filing)} | ${description} |`);
  }
  return lines.join('\n');
}
