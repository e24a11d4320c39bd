/**
 * Writing the report to stdout. A reader that stops early (`| head -1`) closes the pipe: the rest
 * of the report is dropped quietly and the exit code stays the verdict's. Any other failure to
 * write is said on stderr and makes the run exit 2 (could not run).
 */
import { TOOL_NAME } from '../data/project.js';
import { withCommandsStopped } from '../report/workflow-log.js';

let writeFailed = false;

function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

/** A closed stdout must never become an unhandled 'error' event with a stack trace. */
export function watchStdout(): void {
  process.stdout.on('error', (error) => {
    if (isClosedPipe(error) || writeFailed) return;
    writeFailed = true;
    process.stderr.write(`${TOOL_NAME}: cannot write the report to stdout: ${error.message}\n`);
  });
}

/** The command's exit code, unless the report could not be written. */
export function exitCode(code: number): number {
  return writeFailed ? 2 : code;
}

/** Resolves once the text is written, or dropped because the reader has gone or stdout failed. */
export function writeReport(body: string): Promise<void> {
  // Inside a workflow, file names in the report must not become workflow commands.
  const text = process.env.GITHUB_ACTIONS === 'true' ? withCommandsStopped(body) : body;
  return new Promise((resolve) => {
    if (process.stdout.destroyed) return resolve();
    process.stdout.write(text, () => resolve());
  });
}
