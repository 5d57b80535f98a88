// Output files appear whole or not at all: a build that fails half-way (disk full, a killed
// process) leaves the previous PDF or HTML in place, never a truncated one. The data goes to a
// hidden temporary file next to the output, named with this process's id, then takes the output's
// name; a temporary file whose process is gone (kill -9, out of memory) is removed by the next write
// to its folder, and one of this process is removed when it is interrupted (removeTempFilesSync).
import { readdirSync, rmSync, type Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { E, WgdeckError } from '../errors.js';
import { isRunning } from './owner.js';
import { fileKind } from './read.js';

/** `.deck.pdf.12345.0123abcd.tmp`: the output's name, the writing process, a random part. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

const live = new Set<string>();
const swept = new Set<string>();

async function tempName(file: string): Promise<string> {
  // node:crypto loads at the first write, not at every start (src/cli/signals.ts imports this module).
  const { randomBytes } = await import('node:crypto');
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Removes the temporary files that processes no longer running left in dir (once per folder). */
export function sweepStaleTemps(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) rmSync(path.join(dir, name), { force: true });
  }
}

/** Removes this process's unfinished temporary files; for a signal handler, so synchronous. */
export function removeTempFilesSync(): void {
  for (const temp of live) rmSync(temp, { force: true });
  live.clear();
}

/** A new output may replace a file, never a FIFO, a device or a folder standing under its name. */
function replaceable(file: string, previous: Stats | undefined): void {
  if (previous !== undefined && !previous.isFile())
    throw new Error(`${file} is ${fileKind(previous)}, which wgdeck does not replace`);
}

/**
 * Writes data to a temporary file and gives it the output's name: `rename` replaces an existing
 * file; `link` fails with EEXIST instead (an exclusive create of a whole file).
 */
async function writeVia(file: string, data: string | Uint8Array, place: 'rename' | 'link'): Promise<void> {
  const dir = path.dirname(file);
  sweepStaleTemps(dir);
  const temp = await tempName(file);
  let handle: fs.FileHandle | undefined;
  try {
    const previous = await fs.lstat(file).catch(() => undefined);
    replaceable(file, previous);
    handle = await fs.open(temp, 'wx');
    live.add(temp);
    // A replaced file keeps its permissions.
    if (previous !== undefined) await handle.chmod(previous.mode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (place === 'rename') await fs.rename(temp, file);
    else await fs.link(temp, file);
  } finally {
    await handle?.close().catch(() => undefined);
    // After a rename there is nothing left; after a link, or a failure, the temporary file goes.
    if (live.delete(temp)) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

function notWritable(file: string, e: unknown): Error {
  return new WgdeckError(E.OutputNotWritable, { file, detail: e instanceof Error ? e.message : String(e) });
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeVia(file, data, 'rename');
  } catch (e) {
    throw notWritable(file, e);
  }
}

/**
 * Writes a whole new file under a name nobody holds yet: false (and nothing written) when the name
 * exists, even if another process takes it at the same moment.
 */
export async function writeFileExclusive(file: string, data: string | Uint8Array): Promise<boolean> {
  try {
    await writeVia(file, data, 'link');
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw notWritable(file, e);
  }
}
