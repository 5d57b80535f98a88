// One browser for a whole build: launching Chromium costs about a second, a page about 0.1 s, a
// printed deck well under half a second. So the pool launches once, on first use, and hands out
// at most `concurrency` pages at a time, keeping finished pages open for the next job.
import os from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import { E, WgdeckError } from '../errors.js';
import { findBrowser } from './find.js';

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
];

export class BrowserPool {
  readonly concurrency: number;
  private readonly browserPath?: string;
  private browser?: Promise<Browser>;
  private closing?: Promise<void>;
  private readonly idle: Page[] = [];
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(opts: BrowserPoolOptions = {}) {
    this.browserPath = opts.browserPath;
    this.concurrency = Math.max(1, Math.floor(opts.concurrency ?? os.availableParallelism()));
  }

  /** Runs fn with a page of the shared browser, launching it on first use. */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      const launch = this.launch();
      const browser = await launch;
      const page = this.idle.pop() ?? (await browser.newPage());
      let reusable = false;
      try {
        const result = await fn(page);
        reusable = true;
        return result;
      } finally {
        // A page whose job failed may be mid-navigation or broken: close it rather than hand it on.
        if (reusable && browser.connected && this.browser === launch) this.idle.push(page);
        else await page.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
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
      const previous = this.closing;
      this.closing = (async () => {
        await previous;
        const launched = await browser.catch(() => undefined);
        await launched?.close();
      })();
    }
    return this.closing ?? Promise.resolve();
  }

  private launch(): Promise<Browser> {
    // One promise for all callers, so jobs starting together share one launch; a failed launch
    // stays failed (every job reports it) rather than being retried for each deck.
    this.browser ??= this.start();
    return this.browser;
  }

  private async start(): Promise<Browser> {
    const { path } = findBrowser({ browserPath: this.browserPath });
    // Imported here, not at the top: an HTML-only build never pays for loading puppeteer.
    const { default: puppeteer } = await import('puppeteer-core');
    try {
      return await puppeteer.launch({ executablePath: path, headless: true, args: ARGS });
    } catch (e) {
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
