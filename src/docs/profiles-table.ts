/** The two threshold profiles side by side, from src/data/profiles.ts and the schema's descriptions. */
import { PROFILES, type Threshold } from '../data/profiles.js';
import type { Lang } from '../model/finding.js';
import { splitDescription, type SchemaNode } from './schema-reference.js';

function cell(threshold: Threshold | undefined): string {
  if (threshold === undefined || threshold.value === null) return '—';
  return `${threshold.value} (${threshold.status})`;
}

export function profilesTable(schema: SchemaNode, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const described = schema.properties?.thresholds?.properties ?? {};
  const lines = [
    zh
      ? '| `thresholds:` 键 | 登记 `registration` | 备案 `filing` | 说明 |'
      : '| `thresholds:` key | `registration` | `filing` | meaning |',
    '| --- | --- | --- | --- |',
  ];
  for (const key of Object.keys(PROFILES.registration.thresholds)) {
    const registration =
      PROFILES.registration.thresholds[key as keyof typeof PROFILES.registration.thresholds];
    const filing = PROFILES.filing.thresholds[key as keyof typeof PROFILES.filing.thresholds];
    const description = splitDescription(described[key]?.description)[lang].replace(/\|/g, '\\|');
    lines.push(`| \`${key}\` | ${cell(registration)} | ${cell(filing)} | ${description} |`);
  }
  return lines.join('\n');
}
