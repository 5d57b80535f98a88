// Creating an output folder. Node's mkdir({ recursive: true }) spins forever on a path it cannot
// create under some virtual file systems (`--out /proc/x`), so the folders are made one at a time
// from the deepest one that exists, each failure reported as it is.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { E, WgdeckError } from '../errors.js';
import { fileKind } from './read.js';

export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const s = await stat(at)
      .catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)))
      .catch((e: Error) => {
        throw new WgdeckError(E.OutputNotWritable, { file: dir, detail: e.message });
      });
    if (s?.isDirectory()) break;
    if (s) throw new WgdeckError(E.OutputNotWritable, { file: dir, detail: `${at} is ${fileKind(s)}` });
    missing.unshift(at);
    if (dirname(at) === at) break;
    at = dirname(at);
  }
  for (const folder of missing) {
    await mkdir(folder).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw new WgdeckError(E.OutputNotWritable, { file: dir, detail: e.message });
    });
  }
}
