#!/usr/bin/env node
// The `wgdeck` executable (scripts/bundle.mjs copies it to dist/bin/wgdeck.js). It runs the bundled
// command line, dist/bin/wgdeck.cjs or a command's own bundle, through V8's code cache (Node 20 has none
// for ES modules, nor module.enableCompileCache): the compiled functions of a training run at `npm run
// build` are read back instead of parsing and compiling megabytes of JavaScript at every start. A cache
// V8 rejects (another Node, other flags), a damaged or a missing one only costs that compiling, and the
// run writes one for this Node into the user's cache folder. CommonJS itself (dist/bin/package.json says
// so): an ES module entry would start Node's ES module loader first, which costs a cold start some
// milliseconds.
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// V8 trusts a code cache's contents (a damaged one crashes the process) unless it is checksummed: this
// flag makes V8 write the checksum into the caches this script creates and reject any that fails it.
setFlagsFromString('--verify-snapshot-checksum');
// Each bundle's hash and V8 flags, by name (scripts/bundle.mjs writes them here): a command with a
// bundle of its own (wgdeck.validate.cjs, which holds only what `validate` runs: less to read) runs from
// it, every other from the whole CLI.
const BUNDLES = 'BUNDLES';
const own = `wgdeck.${process.argv[2]}`;
const name = Object.hasOwn(BUNDLES, own) ? own : 'wgdeck';
// Set before compiling: V8 takes only a cache made under the same flags (training runs here too).
for (const flag of BUNDLES[name].v8Flags) setFlagsFromString(flag);
const filename = join(__dirname, `${name}.cjs`);
const source = readFileSync(filename, 'latin1'); // all ASCII (scripts/bundle.mjs)
// V8 reads a whole cache before running anything: each bundle has its own, trained on its command.
const packageCache = join(__dirname, `${name}.cache`);
// Named after the bundle's text (V8 itself checks only its length) and the Node that made it.
const userCache = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'wgdeck',
  `${BUNDLES[name].hash}-${process.version}.cache`,
);
const training = process.env.WGDECK_CODE_CACHE === 'train';

/** The user's cache, which exists once this Node could not take the package's; else the package's. */
function cachedData() {
  for (const file of [userCache, packageCache]) {
    try {
      return readFileSync(file);
    } catch {}
  }
}

/** The functions compiled so far, for the next start (a cache folder may be read-only: then none). */
function save(script, file) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Renamed into place, so that a wgdeck starting meanwhile reads a whole cache or none.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
  } catch {}
}

// One compile only: V8 keeps a script it compiled in memory and would take it, not a second cache.
const cache = training ? undefined : cachedData();
const script = new Script(wrap(source), { filename, cachedData: cache });
// `npm run build` trains the package's caches (WGDECK_CODE_CACHE=train), each on its command; where
// they are missing, damaged or made for another Node, the user's cache is written once.
if (training) process.once('exit', () => save(script, packageCache));
else if (!cache || script.cachedDataRejected) process.once('exit', () => save(script, userCache));
const bundled = { exports: {}, filename, id: filename, loaded: false };
script.runInThisContext()(bundled.exports, createRequire(filename), bundled, filename, __dirname);
