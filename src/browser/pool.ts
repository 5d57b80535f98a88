// One browser for a whole build: launching Chromium costs about a second, a page about 0.1 s, a
// printed deck well under half a second. So the pool launches once, on first use, and hands out
// at most `concurrency` pages at a time, keeping finished pages open for the next job.
import os from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import { E, WgdeckError } from '../errors.js';
import { findBrowser } from './find.js';
import { cleanLeftovers, makeProfileDir, removeProfile, removeProfileDir } from './leftovers.js';

export interface BrowserPoolOptions {
  browserPath?: string;
  /** pages at once; default: the number of cores */
  concurrency?: number;
}

const ARGS = [
  // Chromium's sandbox cannot start as root (containers, CI); pages only ever show local decks.
  '--no-sandbox',
  '--disable-gpu',
  // /dev/shm is 64 MB in Docker: too small for a renderer printing large decks.
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The same glyph shapes on every machine, so PDFs do not depend on the host's hinting setup.
  '--font-render-hinting=none',
  // New headless Chrome preloads the omnibox popup's WebUI in a renderer of its own, which spends a
  // second of CPU after launch and more on every page load: half a core lost on a 2-core machine.
  // Puppeteer merges this list with its own.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export class BrowserPool {
  readonly concurrency: number;
  private readonly browserPath?: string;
  private browser?: Promise<Browser>;
  private closing?: Promise<void>;
  private readonly idle: Page[] = [];
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  /** browsers that ended by themselves since a job last finished: the first is replaced */
  private crashes = 0;
  private readonly crashed = new WeakSet<Promise<Browser>>();
  /** launches close() ended: their browsers did not crash */
  private readonly closed = new WeakSet<Promise<Browser>>();
  /** how each browser ended, from its process's exit */
  private readonly ended = new WeakMap<Browser, string>();
  /** settles once the browser process has been spawned (or has failed to) */
  private spawned?: Promise<void>;
  /** the removal of what killed wgdeck runs left, done once while the first browser starts */
  private cleaning?: Promise<unknown>;

  constructor(opts: BrowserPoolOptions = {}) {
    this.browserPath = opts.browserPath;
    this.concurrency = Math.max(1, Math.floor(opts.concurrency ?? os.availableParallelism()));
  }

  /**
   * Runs fn with a page of the shared browser, launching it on first use. A browser that ends under
   * a job (killed, out of memory) is started again once and the job run again; if the new one ends
   * too before any job has finished, the job fails with E.BrowserCrashed naming how it ended.
   */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      for (;;) {
        const launch = this.launch();
        const browser = await launch;
        try {
          return await this.run(browser, launch, fn);
        } catch (e) {
          // The job's own failure, or a close we asked for: not a crash.
          if (browser.connected || this.closed.has(launch)) throw e;
          // Jobs that shared the crashed browser count one crash, and retry on one new browser.
          if (!this.crashed.has(launch)) {
            this.crashed.add(launch);
            this.crashes++;
            this.forget(launch);
          }
          if (this.crashes > 1) {
            await exited(browser);
            throw new WgdeckError(E.BrowserCrashed, {
              path: browser.process()?.spawnfile ?? 'the browser',
              how: this.ended.get(browser) ?? 'it closed its connection',
            });
          }
        }
      }
    } finally {
      this.release();
    }
  }

  private async run<T>(browser: Browser, launch: Promise<Browser>, fn: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await browser.newPage());
    let reusable = false;
    try {
      const result = await fn(page);
      reusable = true;
      this.crashes = 0;
      return result;
    } finally {
      // A page whose job failed may be mid-navigation or broken: close it rather than hand it on.
      if (reusable && browser.connected && this.browser === launch) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  /** Drops a browser that ended by itself, so the next job launches a new one. */
  private forget(launch: Promise<Browser>): void {
    if (this.browser !== launch) return;
    this.browser = undefined;
    this.idle.length = 0;
    void launch.then((b) => removeProfile(b)).catch(() => undefined);
  }

  /**
   * Starts the browser now, resolving once its process is spawned (not yet ready): a caller about to
   * do other work first lets Chromium's second of starting up run beside it. Failures are kept for
   * the first job, as with a launch withPage starts.
   */
  start(): Promise<void> {
    const launch = this.launch();
    launch.catch(() => undefined);
    return Promise.race([this.spawned, launch.then(() => undefined)]).catch(() => undefined);
  }

  /**
   * Closes the browser (puppeteer removes its temporary profile); the next withPage launches anew.
   * Calls made while it closes wait for the same close.
   */
  close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    if (browser !== undefined) {
      this.closed.add(browser);
      const previous = this.closing;
      this.closing = (async () => {
        await previous;
        const launched = await browser.catch(() => undefined);
        if (launched) {
          await end(launched);
          await removeProfile(launched);
        }
        await this.cleaning;
      })();
    }
    return this.closing ?? Promise.resolve();
  }

  private launch(): Promise<Browser> {
    // One promise for all callers, so jobs starting together share one launch; a failed launch
    // stays failed (every job reports it) rather than being retried for each deck.
    if (this.browser === undefined) {
      let spawned = () => {};
      this.spawned = new Promise<void>((resolve) => {
        spawned = resolve;
      });
      this.browser = this.open(spawned);
    }
    return this.browser;
  }

  private async open(spawned: () => void): Promise<Browser> {
    const { path, headlessShell } = findBrowser({ browserPath: this.browserPath });
    // Imported here, not at the top: an HTML-only build never pays for loading puppeteer.
    const { default: puppeteer } = await import('puppeteer-core');
    // A profile folder of our own, named with our process id, so that a later run can tell what a
    // killed wgdeck left behind (src/browser/leftovers.ts) and remove it.
    const userDataDir = await makeProfileDir();
    try {
      // pipe: the browser's connection is a pipe, which closes when wgdeck ends however it ends,
      // and Chromium then ends too instead of running on, headless, without its user. Signals are
      // wgdeck's to handle (src/cli/signals.ts), not puppeteer's.
      const launching = puppeteer.launch({
        executablePath: path,
        // A headless shell is the old headless mode, in a binary of its own.
        headless: headlessShell ? 'shell' : true,
        // A copy: puppeteer takes --disable-features out of the array it is given.
        args: [...ARGS],
        pipe: true,
        userDataDir,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      // puppeteer spawns the process within a few ticks of launch() (it awaits nothing slow first).
      setImmediate(spawned);
      // What a wgdeck ended by kill -9 or out of memory left (its browser, the browser's profile),
      // removed while this browser starts.
      this.cleaning ??= cleanLeftovers().catch(() => undefined);
      const browser = await launching;
      browser
        .process()
        ?.once('exit', (code, signal) =>
          this.ended.set(browser, signal ? `killed by ${signal}` : `exited with code ${code}`),
        );
      return browser;
    } catch (e) {
      await removeProfileDir(userDataDir);
      const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
      throw new WgdeckError(E.BrowserFailed, { path, detail });
    }
  }

  private async acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return;
    }
    // release() hands its slot straight to the first waiter, so `active` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

/**
 * Ends a browser at once. Its profile is thrown away, so Chromium's orderly shutdown (40 to 50 ms,
 * at the end of every printing command) buys nothing. Puppeteer starts it detached: outside
 * Windows it and all its helpers are one process group, killed together; puppeteer's close then
 * only tidies up. On Windows, that close ends it.
 */
async function end(browser: Browser): Promise<void> {
  const child = browser.process();
  const pid = child?.pid;
  // Until Node has seen it exit, its process id cannot have gone to another process.
  const running = pid !== undefined && child?.exitCode === null && child.signalCode === null;
  if (running && process.platform !== 'win32') {
    try {
      process.kill(-pid, 'SIGKILL');
      await exited(browser);
    } catch {
      // Already gone.
    }
  }
  await browser.close().catch(() => undefined);
}

/**
 * Waits (a second at most) for a browser whose connection closed to end: on a busy machine the pipe
 * can close before the process's exit is seen, and the exit tells how it ended.
 */
async function exited(browser: Browser): Promise<void> {
  const child = browser.process();
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((done) => {
    const timer = setTimeout(done, 1000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}
