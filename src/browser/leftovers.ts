// What a wgdeck ended by kill -9 or the out-of-memory killer leaves of its browser: the profile
// folder (and, with an older wgdeck or where the pipe does not end it, Chromium itself). Each
// profile folder is named with the id of the wgdeck process that made it; the next run removes
// those whose process is gone, and ends the browsers still using them. Nothing else is touched.
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { isRunning } from '../fs/owner.js';
import { hasEnded, parentsByPid, withDescendants } from './process-tree.js';

const PREFIX = 'wgdeck-chromium-';
const PROFILE = new RegExp(`^${PREFIX}(\\d+)-`);

/** This process's browser profiles, for an interrupted run to end their browsers and remove them. */
const running = new Set<string>();

export async function makeProfileDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-`));
  running.add(dir);
  return dir;
}

function profileOf(browser: Browser): string | undefined {
  const dir = browser
    .process()
    ?.spawnargs.find((a) => a.startsWith('--user-data-dir='))
    ?.slice('--user-data-dir='.length);
  return dir !== undefined && PROFILE.test(basename(dir)) ? dir : undefined;
}

/** Removes a profile folder (of a browser that failed to start, or has closed). */
export async function removeProfileDir(dir: string): Promise<void> {
  running.delete(dir);
  await rm(dir, { recursive: true, force: true });
}

/** Removes the profile folder of a closed browser, when it is one of ours. */
export async function removeProfile(browser: Browser): Promise<void> {
  const dir = profileOf(browser);
  if (dir !== undefined) await removeProfileDir(dir);
}

/**
 * Ends this process's browsers and removes their profiles at once; for a signal handler, so
 * synchronous. A browser still starting is found by its profile folder like a left-over one.
 */
export function endBrowsersSync(): void {
  for (const dir of running) {
    killUsers(dir);
    removeNow(dir);
  }
  running.clear();
}

/**
 * Processes (Linux: from /proc) started with this profile folder, or a folder inside it, and their
 * descendants: a headless shell's helpers (its storage and GPU processes write into the profile too)
 * do not name the folder. Without /proc, none: the pipe ended the browser with its wgdeck.
 */
function processesUsing(dir: string): number[] {
  const parents = parentsByPid();
  const users = [...parents.keys()].filter((pid) => {
    try {
      // Any argument naming the folder: --user-data-dir, and the crash handler's --database=<dir>/Crashpad.
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split('\0')
        .some((arg) => arg.includes(`=${dir}`));
    } catch {
      return false;
    }
  });
  return withDescendants(users, parents);
}

/**
 * Removes a profile folder now. A browser just killed may still be writing into it: removal is
 * retried a few times, and what remains is a leftover the next run removes.
 */
function removeNow(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch {
    // left for the next run
  }
}

const KILL_WAIT_MS = 1000;

/**
 * Kills the processes using a profile folder and waits (a second at most, synchronously: a signal
 * handler calls this) until they have ended, so that none writes into the folder as it is removed.
 */
function killUsers(dir: string): void {
  const pids = processesUsing(dir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < KILL_WAIT_MS && !pids.every(hasEnded); waited += 10) Atomics.wait(pause, 0, 0, 10);
}

/**
 * Ends the browsers and removes the profile folders of wgdeck runs that no longer run. The temporary
 * folder is listed off the main thread: it may hold thousands of entries, and a browser is starting.
 */
export async function cleanLeftovers(root = tmpdir()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(PROFILE.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const dir = join(root, name);
    killUsers(dir);
    removeNow(dir);
    removed.push(dir);
  }
  return removed;
}
