// One shard of `npm test` (scripts/test.mjs): takes the next unit of test files from the queue folder
// until none is left, and runs each file's tests as a suite named after the file, to their end, before
// taking another. Taking a unit is renaming its file, which only one shard can do.
import { describe } from 'node:test';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const queue = process.env.WGDECK_TEST_QUEUE;
/** dist-test/, which the queue's names (test/x.test.js) are relative to */
const compiled = join(queue, '..');

/** The files (test/x.test.js) of the next unit nobody has taken, or undefined when the queue is empty. */
function take() {
  for (const name of readdirSync(queue).filter((n) => /^\d+$/.test(n))) {
    const mine = join(queue, `${name}.${process.pid}`);
    try {
      renameSync(join(queue, name), mine);
    } catch (e) {
      if (e.code === 'ENOENT') continue; // another shard took it
      throw e;
    }
    return JSON.parse(readFileSync(mine, 'utf8'));
  }
  return undefined;
}

// The browsers the files share (test/helpers/pool.js) are closed once the last file has run: the hook
// that closes them when a process's tests end waits, here, for a process the browsers keep alive.
const { closePools } = await import(pathToFileURL(join(compiled, 'test/helpers/pool.js')).href);

for (let unit = take(); unit; unit = take())
  for (const file of unit) await describe(file, () => import(pathToFileURL(join(compiled, file)).href));
await closePools();
