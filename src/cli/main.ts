#!/usr/bin/env node
// The `wgdeck` executable (bundled into dist/bin/ by scripts/bundle.mjs, run by dist/bin/wgdeck.js).
import { runCli } from './run.js';
import { exitOnSignals } from './signals.js';

exitOnSignals();
// What a wgdeck ended by kill -9 or out of memory left (its browser and the browser's profile) is
// cleaned when the next wgdeck starts a browser (src/browser/leftovers.ts), not at every start.
runCli(process.argv.slice(2)).then((code) => process.exit(code));
