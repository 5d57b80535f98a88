// One browser for every test of a process that prints: the test files scripts/test.mjs runs in one
// process share it, and so do the commands run in process (helpers/cli.ts). Launching Chromium costs
// about a second of CPU each time. It closes when the process's tests end.
import { after } from 'node:test';
import { BrowserPool } from '../../src/browser/pool.js';

// Two pages at once on any machine, so that tests with more jobs than that see pages reused.
export const testPool = new BrowserPool({ concurrency: 2 });
after(() => testPool.close());
