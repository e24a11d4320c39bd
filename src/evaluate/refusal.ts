/** Refusal detection: a phrase list (data, overridable) matched with the lexicon matcher's folding. */
import { REFUSAL_PHRASES, REFUSAL_WINDOW } from '../data/refusal-phrases.js';
import { buildMatcherSync, type Matcher } from '../match/index.js';

export class RefusalDetector {
  private readonly matcher: Matcher;

  constructor(readonly phrases: readonly string[] = REFUSAL_PHRASES) {
    this.matcher = buildMatcherSync(phrases.map((keyword) => ({ keyword })));
  }

  /** The refusal phrase found in the opening of the response, if any. */
  detect(response: string): string | undefined {
    const opening = response.slice(0, REFUSAL_WINDOW);
    let found: string | undefined;
    this.matcher.scan(opening, (index) => {
      found ??= this.phrases[index];
    });
    return found;
  }
}

/** A phrase file: one phrase per line; blank lines and lines starting with `#` are ignored. */
export function parsePhraseList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}
