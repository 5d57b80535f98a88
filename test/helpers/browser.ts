// A real Chromium for the tests that look at slides: one page holding a rendered deck's slides,
// each an <svg data-marpit-svg> of exactly 1280x720 CSS pixels.
import type { BrowserContext, Page } from 'puppeteer-core';
import type { MarpOutput } from '../../src/render/marp.js';
import type { BrowserPool } from '../../src/browser/pool.js';
import { testPool } from './pool.js';

/**
 * A browser context (its own cookies, storage and pages) in the process's one Chromium
 * (helpers/pool.ts), which the test files sharing a process share: launching costs a second of CPU.
 * It closes with that browser when the process's tests end (root-level `after` hooks run then, not
 * when a file's tests end), or when the caller closes it sooner. `pool` is helpers/pool.ts's viewerPool()
 * for the tests of the HTML as a person views it.
 */
export async function browserContext(pool: BrowserPool = testPool): Promise<BrowserContext> {
  const browser = await pool.withPage(async (page) => page.browser());
  return browser.createBrowserContext();
}

/** The one page of each context that slidePage() shows decks on. */
const shown = new WeakMap<BrowserContext, Page>();

/**
 * A page with the deck's slides stacked, one slide per 720 px. `scale` < 1 renders smaller
 * screenshots (the golden images are half size: small files, and still show every layout fault).
 * It is the same page at every call for a context, holding the last deck shown: a new page costs
 * Chromium a renderer's start, about five times what showing another deck on it does.
 */
export async function slidePage(browser: BrowserContext, marp: MarpOutput, scale = 1): Promise<Page> {
  let page = shown.get(browser);
  if (page === undefined || page.isClosed()) {
    page = await browser.newPage();
    shown.set(browser, page);
  }
  await page.setViewport({ width: 1280, height: 720, deviceScaleFactor: scale });
  const css =
    'html, body { margin: 0; background: #fff; } div.marpit > ' +
    'svg[data-marpit-svg] { display: block; width: 1280px; height: 720px; }';
  await page.setContent(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${marp.css}</style>` +
      `<style>${css}</style></head><body>${marp.html}</body></html>`,
    { waitUntil: 'load' },
  );
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** PNG screenshots of the slides at the given indexes (all when omitted). */
export async function slidePngs(page: Page, indexes?: number[]): Promise<Buffer[]> {
  // Chromium paints only the page in front: a screenshot of one behind another page would wait forever.
  await page.bringToFront();
  const svgs = await page.$$('div.marpit > svg[data-marpit-svg]');
  const out: Buffer[] = [];
  for (const i of indexes ?? svgs.keys()) out.push(Buffer.from(await svgs[i].screenshot({ type: 'png' })));
  return out;
}
