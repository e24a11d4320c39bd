// Whole-process time of the CLI on the bundled examples against bare `node -e 0`.
import path from 'node:path';
import { interleaved, table, timeProcess } from './lib.mjs';

export default function startup({ root, runs = 21 }) {
  const cli = path.join(root, 'dist/cli.js');
  // One untimed round first, so every timed run reads the files from the page cache.
  timeProcess([cli, 'check', path.join(root, 'examples/registration-app')]);
  const medians = interleaved(
    {
      'node -e 0': () => timeProcess(['-e', '0']),
      'check examples/registration-app': () =>
        timeProcess([cli, 'check', path.join(root, 'examples/registration-app')]),
      'check examples/filing-self-developed': () =>
        timeProcess([cli, 'check', path.join(root, 'examples/filing-self-developed')]),
    },
    runs,
  );
  const base = medians['node -e 0'];
  const rows = Object.entries(medians).map(([name, ms]) => [
    name,
    ms.toFixed(1),
    (ms / base).toFixed(2),
  ]);
  return `### Start-up (median of ${runs} interleaved runs)\n\n${table(['process', 'median ms', '× node -e 0'], rows)}`;
}
