/**
 * Writing the report to stdout. A reader that stops early (`| head -1`) closes the pipe: the rest
 * of the report is dropped quietly and the exit code stays the verdict's.
 */
import { withCommandsStopped } from '../report/workflow-log.js';

function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

/** A closed stdout must never become an unhandled 'error' event with a stack trace. */
export function tolerateClosedStdout(): void {
  process.stdout.on('error', (error) => {
    if (!isClosedPipe(error)) throw error;
  });
}

/** Resolves once the text is written or the reader has gone; other write errors reject. */
export function writeReport(body: string): Promise<void> {
  // Inside a workflow, file names in the report must not become workflow commands.
  const text = process.env.GITHUB_ACTIONS === 'true' ? withCommandsStopped(body) : body;
  return new Promise((resolve, reject) => {
    if (process.stdout.destroyed) return resolve();
    process.stdout.write(text, (error) => {
      if (error && !isClosedPipe(error)) reject(error);
      else resolve();
    });
  });
}
