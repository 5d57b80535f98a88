// Ctrl-C (SIGINT) and SIGTERM end every command at once, with the shell's codes for them (130,
// 143), after removing what this process had under way: unfinished temporary outputs, the browser
// and its profile folder. The outputs already written stay; no output is left half-written.
import { endBrowsersSync } from '../browser/leftovers.js';
import { removeTempFilesSync } from '../fs/atomic.js';

export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export function exitOnSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removeTempFilesSync();
      endBrowsersSync();
      process.stderr.write(`\nwgdeck: stopped (${signal})\n`);
      process.exit(code);
    });
  }
}
