/** What the lexicon rules share: its name in messages, its place in the manifest, the lexicon read. */
import type { Lexicon } from '../../evidence/lexicon.js';
import type { RuleContext } from '../rule.js';
import { applies } from './content-safety-applies.js';

export const LEXICON_WHAT = { zh: '关键词库', en: 'lexicon' };
export const LEXICON_PATH = '/content_safety/lexicon/path';

/** The lexicon when it was read and holds keywords. */
export function loadedLexicon(context: RuleContext): Lexicon | undefined {
  const lexicon = context.evidence.lexicon;
  return applies(context) && lexicon && lexicon.size > 0 ? lexicon : undefined;
}
