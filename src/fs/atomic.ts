// Output files appear whole or not at all: a build that fails half-way (disk full, a killed
// process) leaves the previous PDF or HTML in place, never a truncated one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { E, WgdeckError } from '../errors.js';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  // Same folder, so the rename stays on one filesystem and is atomic.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  let created = false;
  try {
    const previous = await fs.stat(file).catch(() => undefined);
    handle = await fs.open(temp, 'wx');
    created = true;
    // A replaced file keeps its permissions.
    if (previous !== undefined) await handle.chmod(previous.mode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    const detail = e instanceof Error ? e.message : String(e);
    throw new WgdeckError(E.OutputNotWritable, { file, detail });
  }
}
