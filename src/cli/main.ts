#!/usr/bin/env node
// The `wgdeck` executable (bundled into dist/bin/wgdeck.js by scripts/bundle.mjs).
import { runCli } from './run.js';
import { exitOnSignals } from './signals.js';

exitOnSignals();
runCli(process.argv.slice(2)).then((code) => process.exit(code));
