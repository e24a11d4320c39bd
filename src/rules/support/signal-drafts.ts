/**
 * Drift findings from signal hits: only what the change adds is flagged. On the registration
 * path a signal has its own severity; on the filing (or exempt) path it is a note.
 */
import { text, type Bilingual, type Severity } from '../../model/finding.js';
import type { CompiledSignal } from '../../change/signals.js';
import type { SignalHit } from '../../change/types.js';
import type { Manifest, ModelEntry } from '../../model/manifest.js';
import type { Draft, RuleContext } from '../rule.js';

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${bytes} B`;
}

/** Whether the manifest declares a filed model of the provider a signal names. */
function providerDeclared(manifest: Manifest, signal: CompiledSignal): boolean {
  const provider = signal.provider;
  if (!provider) return false;
  const aliases = provider.aliases.map((a) => a.toLowerCase());
  return (manifest.models ?? []).some((model: ModelEntry) => {
    if ((model.filing_number ?? '').trim() === '') return false;
    const endpoint = model.endpoint ?? '';
    if (endpoint !== '' && signal.regex?.test(endpoint)) return true;
    const names = `${model.provider} ${model.name}`.toLowerCase();
    return aliases.some((alias) => names.includes(alias));
  });
}

function hitDraft(
  context: RuleContext,
  hit: SignalHit,
  signal: CompiledSignal,
  consequence: Bilingual,
): Draft {
  const registration = context.manifest.path === 'registration';
  const size = hit.size !== undefined ? `，${formatSize(hit.size)}` : '';
  const sizeEn = hit.size !== undefined ? `, ${formatSize(hit.size)}` : '';
  const more = hit.more ? `；同一文件另有 ${hit.more} 处` : '';
  const moreEn = hit.more ? `; ${hit.more} more in this file` : '';
  const what = hit.match ? `：\`${hit.match}\`` : '';
  const whatEn = hit.match ? `: \`${hit.match}\`` : '';
  const severity: Severity = registration ? signal.severity : 'note';
  return {
    file: hit.file,
    ...(hit.line !== undefined ? { line: hit.line } : {}),
    ...(hit.column !== undefined ? { column: hit.column } : {}),
    severity,
    message: text(
      `本次变更新增：${signal.meaning['zh-CN']}${what}（信号 ${signal.id}${size}${more}）。${consequence['zh-CN']}`,
      `Added in this change: ${signal.meaning.en}${whatEn} (signal ${signal.id}${sizeEn}${moreEn}). ${consequence.en}`,
    ),
    data: {
      signal: signal.id,
      kind: signal.kind,
      ...(hit.match ? { match: hit.match } : {}),
      ...(hit.size !== undefined ? { size: hit.size } : {}),
      ...(hit.more ? { more: hit.more } : {}),
    },
  };
}

/** A finding for each hit of the signals that belong to the rule. */
export function signalDrafts(
  context: RuleContext,
  ruleId: string,
  consequence: (context: RuleContext) => Bilingual,
): Draft[] {
  const { change, signals } = context;
  if (!change || !signals) return [];
  const drafts: Draft[] = [];
  for (const hit of change.hits) {
    const signal = signals.byId.get(hit.signal);
    if (!signal || signal.rule !== ruleId) continue;
    if (signal.provider && providerDeclared(context.manifest, signal)) continue;
    drafts.push(hitDraft(context, hit, signal, consequence(context)));
  }
  return drafts;
}
