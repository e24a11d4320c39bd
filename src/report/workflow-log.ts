/**
 * Text for a GitHub Actions log that holds file names and manifest values from the repository.
 * The runner executes `::command::` at the start of any line and the legacy `##[command]`
 * anywhere in one, so a file named `x\n::error::...` could forge annotations, masks or a
 * `stop-commands` that hides the real ones. The text goes out between `::stop-commands::` and
 * the resume token, a random one the repository cannot guess; the runner prints it unprocessed.
 * The text is shielded as well, so nothing rests on the stop alone.
 */
import { shieldText } from '../text/shield.js';

// The global Web Crypto object, which loads node's crypto modules only when a token is drawn.
export function withCommandsStopped(text: string, token = globalThis.crypto.randomUUID()): string {
  const shielded = shieldText(text);
  const body = shielded.endsWith('\n') ? shielded : `${shielded}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}
