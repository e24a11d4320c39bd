/**
 * The change stage of the pipeline: with base and head, the change by git (or the REST
 * fallback the Action supplies); without them, nothing — drift is skipped, with a note when the
 * event says why.
 */
import { text, type Bilingual } from '../model/finding.js';
import { SIGNAL_PACK } from '../generated/signal-pack.js';
import type { Manifest, ManifestSignals } from '../model/manifest.js';
import { governingSignals } from '../gate-policy/signals.js';
import type { ChangeSummary } from '../model/summary.js';
import { ChangeUnavailable, gitChange, SHALLOW_HINT, type ChangePacks } from './compute.js';
import { restChange, type ChangeFallback } from './rest.js';
import { SignalPack } from './signals.js';
import type { BaseManifest, Change } from './types.js';
import type { Deadline } from '../deadline.js';

export interface ChangeOptions {
  root: string;
  base?: string;
  head?: string;
  manifestPath: string;
  /** Fetch missing commits and deepen a shallow clone (the Action). */
  deepen?: boolean;
  /** REST listing of the pull request's files, tried when git cannot compute the change. */
  fallback?: ChangeFallback;
  /** Why there is no base/head (e.g. a scheduled run: full audit). */
  note?: Bilingual;
  /** The run's time budget: changed lines are no longer matched once it has run out. */
  deadline?: Deadline;
  /** Where the base manifest's policy packs are read, and the defaults they are judged with. */
  packs?: ChangePacks;
}

export interface ChangeStage {
  /** Compiled only when a change is compared or the manifest tunes signals. */
  signals?: SignalPack;
  change?: Change;
  unavailable?: Bilingual;
  summary?: ChangeSummary;
}

export function signalPackFor(manifest: Manifest): SignalPack {
  return new SignalPack(SIGNAL_PACK, manifest.signals);
}

function builtInSeverity(id: string) {
  return SIGNAL_PACK.signals.find((s) => s.id === id)?.severity ?? undefined;
}

/**
 * The signal settings the change is judged with when the head's are looser than the base's
 * (a signal disabled, a path excluded, a severity lowered, a user signal removed); else none.
 */
function stricterSignals(base: BaseManifest, manifest: Manifest): ManifestSignals | undefined {
  if (base.state !== 'valid' || !base.manifest) return undefined;
  return governingSignals(base.manifest.signals, manifest.signals, builtInSeverity);
}

function summarize(change: Change, manifest: Manifest): ChangeSummary {
  const notes = change.notes;
  return {
    source: change.source,
    base: change.base,
    head: change.head,
    mergeBase: change.mergeBase,
    changedFiles: change.files.length,
    addedLines: change.addedLines,
    path: {
      before: change.baseManifest.manifest?.path ?? change.baseManifest.path ?? null,
      after: manifest.path,
    },
    ...(notes.length > 0
      ? {
          note: text(notes.map((n) => n['zh-CN']).join('；'), notes.map((n) => n.en).join('; ')),
        }
      : {}),
  };
}

export async function loadChange(options: ChangeOptions, manifest: Manifest): Promise<ChangeStage> {
  const { base, head } = options;
  if (!base || !head) {
    const tuned = manifest.signals === undefined ? {} : { signals: signalPackFor(manifest) };
    return options.note
      ? {
          ...tuned,
          summary: { source: 'none', changedFiles: 0, addedLines: 0, note: options.note },
        }
      : tuned;
  }
  let signals = signalPackFor(manifest);
  if (options.deadline) signals.deadline = options.deadline;
  let unavailable: ChangeUnavailable;
  try {
    const request = {
      root: options.root,
      base,
      head,
      manifestPath: options.manifestPath,
      deepen: options.deepen ?? false,
      ...(options.packs ? { packs: options.packs } : {}),
    };
    let change = await gitChange({ ...request, pack: signals });
    // The base manifest is known only once the change is read: a looser head is read again.
    const stricter = stricterSignals(change.baseManifest, manifest);
    if (stricter) {
      signals = new SignalPack(SIGNAL_PACK, stricter);
      change = await gitChange({ ...request, pack: signals });
    }
    return { signals, change, summary: summarize(change, manifest) };
  } catch (error) {
    unavailable =
      error instanceof ChangeUnavailable
        ? error
        : new ChangeUnavailable(
            text(
              `git 无法比较 ${base} 与 ${head}：${(error as Error).message}`,
              `git could not compare ${base} and ${head}: ${(error as Error).message}`,
            ),
            false,
          );
  }
  if (options.fallback) {
    try {
      const input = await options.fallback(options.manifestPath);
      const restPacks = options.packs && { ...options.packs, root: options.root };
      let change = restChange(input, signals, options.manifestPath, restPacks);
      const stricter = stricterSignals(change.baseManifest, manifest);
      if (stricter) {
        signals = new SignalPack(SIGNAL_PACK, stricter);
        change = restChange(input, signals, options.manifestPath, restPacks);
      }
      change.notes.unshift(unavailable.reason);
      return { signals, change, summary: summarize(change, manifest) };
    } catch (error) {
      const reason = text(
        `${unavailable.reason['zh-CN']}；GitHub REST API 也不可用（${(error as Error).message}）。${SHALLOW_HINT['zh-CN']}`,
        `${unavailable.reason.en}; the GitHub REST API was not available either (${(error as Error).message}). ${SHALLOW_HINT.en}`,
      );
      return {
        signals,
        unavailable: reason,
        summary: { source: 'none', base, head, changedFiles: 0, addedLines: 0, note: reason },
      };
    }
  }
  return {
    signals,
    unavailable: unavailable.reason,
    summary: {
      source: 'none',
      base,
      head,
      changedFiles: 0,
      addedLines: 0,
      note: unavailable.reason,
    },
  };
}
