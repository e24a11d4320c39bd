/** Whether the content-safety rules (lexicon, test set) judge this manifest. */
import type { RuleContext } from '../rule.js';

/** Content-safety evidence is required on the registration and filing paths. */
export function applies(context: RuleContext): boolean {
  return context.manifest.path !== 'exempt';
}
