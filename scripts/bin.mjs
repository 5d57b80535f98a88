#!/usr/bin/env node
// The `wgdeck` executable (scripts/bundle.mjs copies it to dist/bin/wgdeck.js). It runs the bundled
// command, dist/bin/wgdeck.cjs, through V8's code cache (Node 20 has none for ES modules, nor
// module.enableCompileCache): the compiled functions of a training run at `npm run build` are read back
// instead of parsing and compiling 4 MB of JavaScript at every start. A cache V8 rejects (another Node,
// other flags), a damaged or a missing one only costs that compiling, and the run writes one for this
// Node into the user's cache folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const filename = fileURLToPath(new URL('wgdeck.cjs', import.meta.url));
const source = readFileSync(filename, 'latin1'); // all ASCII (scripts/bundle.mjs)
// V8 reads a whole cache before running anything: `validate` gets one without Marp's functions.
const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : 'build';
const packageCache = (name) => fileURLToPath(new URL(`wgdeck.${name}.cache`, import.meta.url));
const userCache = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'wgdeck',
  `${process.version}-${source.length}.cache`,
);
const training = process.env.WGDECK_CODE_CACHE === 'train';
const caches = training ? [] : [packageCache(command), packageCache('build'), userCache];

/** The first cache V8 accepts, or none (then V8 compiles as for any script). */
function compile() {
  let script;
  for (const file of caches) {
    let cachedData;
    try {
      cachedData = readFileSync(file);
    } catch {
      continue;
    }
    script = new Script(Module.wrap(source), { filename, cachedData });
    if (!script.cachedDataRejected) return { script, accepted: true };
  }
  return { script: script ?? new Script(Module.wrap(source), { filename }), accepted: false };
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

const { script, accepted } = compile();
// `npm run build` trains the package's caches (WGDECK_CODE_CACHE=train), one a command; where they do
// not fit this Node, the user's cache is written once.
if (training) process.once('exit', () => save(script, packageCache(command)));
else if (!accepted) process.once('exit', () => save(script, userCache));
const module = { exports: {}, filename, id: filename, loaded: false };
script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename));
