// The Action's entry (bundled to dist/index.js): runs the gate once.
import { run } from './main.js';

await run();
