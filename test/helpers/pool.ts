// One browser for every test of a process that prints: the test files scripts/test.mjs runs in one
// process share it, and so do the commands run in process (helpers/cli.ts). Launching Chromium costs
// about a second of CPU each time. It closes when the process's tests end.
import { after } from 'node:test';
import { findBrowser } from '../../src/browser/find.js';
import { BrowserPool } from '../../src/browser/pool.js';

// Two pages at once on any machine, so that tests with more jobs than that see pages reused.
export const testPool = new BrowserPool({ concurrency: 2 });

let viewer: BrowserPool | undefined;

/**
 * A full browser, for the tests of the HTML as a person views it (keys, focus, the preview): a
 * headless shell, which wgdeck prints with when it finds one, is not what people view slides in.
 * It is testPool itself when wgdeck found no headless shell.
 */
export function viewerPool(): BrowserPool {
  viewer ??= findBrowser().headlessShell
    ? new BrowserPool({ browserPath: findBrowser({ headlessShell: false }).path, concurrency: 2 })
    : testPool;
  return viewer;
}

/** Closes the shared browsers: when the process's tests end, or when a shard has run its last file. */
export function closePools(): Promise<unknown> {
  return Promise.all([testPool.close(), viewer?.close()]);
}

after(closePools);
