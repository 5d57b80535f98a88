// The browser a printing command uses: the caller's, when a program runs many commands in one
// process (and closes it itself), else one of the command's own, closed when it is done.
import { BrowserPool } from '../browser/pool.js';
import type { CliOptions } from './args.js';

/** The pool to print with, and whether the command must close it; --browser-path asks for a browser of its own. */
export function commandPool(opts: CliOptions, browserPath: string | undefined): { pool: BrowserPool; own: boolean } {
  if (browserPath === undefined && opts.pool) return { pool: opts.pool, own: false };
  return { pool: new BrowserPool({ browserPath }), own: true };
}
