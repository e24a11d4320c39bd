/** Progress on stderr: a bar redrawn in place on a terminal, plain lines in CI and logs. */

export interface ProgressState {
  done: number;
  total: number;
  errors: number;
  retries: number;
}

export interface Progress {
  update(state: ProgressState): void;
  finish(state: ProgressState): void;
}

const WIDTH = 28;
const REDRAW_MS = 100;
/** Plain mode prints at every 5% and at least every this many milliseconds. */
const PLAIN_INTERVAL_MS = 30_000;

function eta(startedAt: number, done: number, total: number, fresh: number): string {
  if (fresh === 0 || done >= total) return '';
  const perItem = (Date.now() - startedAt) / fresh;
  const seconds = Math.round((perItem * (total - done)) / 1000);
  const m = Math.floor(seconds / 60);
  return ` · ETA ${m > 0 ? `${m}m` : ''}${seconds % 60}s`;
}

export function createProgress(
  stream: NodeJS.WriteStream,
  options: { interactive: boolean; startAt: number },
): Progress {
  const startedAt = Date.now();
  const first = options.startAt;
  let lastPlainAt = 0;
  let lastPlainStep = -1;
  const line = (s: ProgressState) =>
    `${s.done}/${s.total} (${s.total === 0 ? 100 : Math.floor((s.done * 100) / s.total)}%)` +
    `${s.errors > 0 ? ` · ${s.errors} errors` : ''}${s.retries > 0 ? ` · ${s.retries} retries` : ''}` +
    eta(startedAt, s.done, s.total, s.done - first);
  if (options.interactive) {
    let drawnAt = 0;
    const draw = (s: ProgressState) => {
      drawnAt = Date.now();
      const filled = s.total === 0 ? WIDTH : Math.round((s.done / s.total) * WIDTH);
      stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${line(s)}\u001b[K`);
    };
    return {
      update(s) {
        if (Date.now() - drawnAt >= REDRAW_MS) draw(s);
      },
      finish(s) {
        draw(s);
        stream.write('\n');
      },
    };
  }
  return {
    update(s) {
      const step = s.total === 0 ? 20 : Math.floor((s.done * 20) / s.total);
      const now = Date.now();
      if (step === lastPlainStep && now - lastPlainAt < PLAIN_INTERVAL_MS) return;
      lastPlainStep = step;
      lastPlainAt = now;
      stream.write(`evaluate: ${line(s)}\n`);
    },
    finish(s) {
      stream.write(`evaluate: done ${line(s)}\n`);
    },
  };
}
