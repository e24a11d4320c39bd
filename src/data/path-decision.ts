/**
 * The decision table of docs/domain.md#path as a function of the declared facts: which path do the
 * models and the audience require? Pure data logic shared by the path and drift rules.
 */
import type { DeclaredPath, Manifest, ModelEntry } from '../model/manifest.js';
import { statesNoPublicOpinion } from './exempt-grounds.js';

export interface PathReason {
  /** Index into manifest.models, when a model is the reason. */
  model?: number;
  why:
    | 'self-developed'
    | 'open-weights'
    | 'fine-tuning'
    | 'third-party-api'
    | 'not-public'
    | 'no-public-opinion';
}

export interface RequiredPath {
  path: DeclaredPath;
  reasons: PathReason[];
}

export function modelRequiresFiling(model: ModelEntry): PathReason['why'] | undefined {
  if (model.source === 'self-developed') return 'self-developed';
  if (model.source === 'open-weights') return 'open-weights';
  if (model.fine_tuning !== 'none') return 'fine-tuning';
  return undefined;
}

export function requiredPath(manifest: Manifest): RequiredPath {
  if (!manifest.service.public_facing) return { path: 'exempt', reasons: [{ why: 'not-public' }] };
  // A public service without public-opinion attributes (art. 17), as its exempt reason states.
  if (manifest.path === 'exempt' && statesNoPublicOpinion(manifest.exempt_reason))
    return { path: 'exempt', reasons: [{ why: 'no-public-opinion' }] };
  const reasons: PathReason[] = [];
  (manifest.models ?? []).forEach((model, index) => {
    const why = modelRequiresFiling(model);
    if (why) reasons.push({ model: index, why });
  });
  if (reasons.length > 0) return { path: 'filing', reasons };
  return { path: 'registration', reasons: [{ why: 'third-party-api' }] };
}
