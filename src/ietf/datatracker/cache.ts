// Datatracker responses on disk, one file per request (named as the fixtures are), in one folder per
// server. A response younger than a day is used without asking again; an older one is still used
// when the server cannot be reached, so `new` and `update` work offline after one run online.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../fs/atomic.js';
import { responseFileName } from './names.js';

export const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** $WGDECK_CACHE_DIR, else $XDG_CACHE_HOME/wgdeck, else ~/.cache/wgdeck. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WGDECK_CACHE_DIR) return env.WGDECK_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'wgdeck');
}

export interface Cached {
  body: string;
  fresh: boolean;
}

export class ResponseCache {
  private readonly dir: string;

  constructor(root: string, baseUrl: string) {
    // One folder per server: a test server's answers never stand in for the real datatracker's.
    const server = new URL(baseUrl).host.replace(/[^A-Za-z0-9.-]/g, '_');
    this.dir = join(root, 'datatracker', server);
  }

  async read(pathAndQuery: string): Promise<Cached | undefined> {
    const file = join(this.dir, responseFileName(pathAndQuery));
    try {
      const [body, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
      return { body, fresh: Date.now() - info.mtimeMs < CACHE_MAX_AGE_MS };
    } catch {
      return undefined;
    }
  }

  async write(pathAndQuery: string, body: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(join(this.dir, responseFileName(pathAndQuery)), body);
  }
}
