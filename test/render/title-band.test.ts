// The title band above a background picture (src/render/title-band.ts): marked on the picture's layer
// when the slide's content begins with a heading, and drawn there by the theme, in a real Chromium.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { PNG } from 'pngjs';
import type { BrowserContext } from 'puppeteer-core';
import { BAND_ATTR } from '../../src/render/title-band.js';
import { browserContext, slidePage, slidePngs } from '../helpers/browser.js';
import { head, rendered } from '../helpers/deck.js';

/** A picture of one colour, red, to tell it from the band and the page in a screenshot. */
function redPng(): Buffer {
  const png = new PNG({ width: 64, height: 64 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([255, 0, 0, 255], i);
  return PNG.sync.write(png);
}

const slide = (markdown: string) => `  - markdown: |\n${markdown.replace(/^/gm, '      ')}\n`;

const DECK =
  `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n` +
  slide('# Split right\n![bg right](red.png)\n- a point') +
  slide('![bg left:40%](red.png)\n\n## Picture first, then the heading\n- a point') +
  slide('![bg](red.png)\nNo heading on this one') +
  slide('# No picture\n- a point');

/** Each slide's <svg>, and whether its picture layer carries the band mark. */
function marks(html: string): boolean[] {
  return html
    .split(/(?=<svg data-marpit-svg)/)
    .slice(1)
    .map((svg) => new RegExp(`data-marpit-advanced-background="background"[^>]*${BAND_ATTR}`).test(svg));
}

let browser: BrowserContext;
before(async () => {
  browser = await browserContext();
});

test("a picture's layer is marked when the content begins with a heading, after whatever shows nothing", async () => {
  const r = await rendered(DECK, { 'red.png': redPng() });
  assert.deepEqual(marks(r.marp.html), [true, true, false, false]);
});

test('the band is drawn beside a split picture, on the content side, with the title readable on it', async () => {
  const r = await rendered(DECK, { 'red.png': redPng() });
  const page = await slidePage(browser, r.marp);
  const primary = await page.$eval('section', (s) => getComputedStyle(s).getPropertyValue('--primary').trim());
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [right, left, full] = (await slidePngs(page, [0, 1, 2])).map((b) => PNG.sync.read(b));
  const at = (png: PNG, x: number, y: number) => [
    ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3),
  ];
  // Split right: band top left, picture on the right half, white under the band.
  assert.deepEqual(at(right, 20, 20), rgb(primary));
  assert.deepEqual(at(right, 1200, 20), [255, 0, 0]);
  assert.deepEqual(at(right, 20, 400), [255, 255, 255]);
  // Split left at 40%: the picture on the left, the band on the right.
  assert.deepEqual(at(left, 20, 20), [255, 0, 0]);
  assert.deepEqual(at(left, 1200, 20), rgb(primary));
  // A picture behind the whole slide and no heading: no band.
  assert.deepEqual(at(full, 20, 20), [255, 0, 0]);
  // The title's text, in --on-primary, sits on the band.
  const title = await page.$eval('section[data-marpit-advanced-background="content"] > h1', (h) => {
    const box = h.getBoundingClientRect();
    return { color: getComputedStyle(h).color, bottom: box.bottom, left: box.left };
  });
  assert.equal(title.color, 'rgb(255, 255, 255)');
  assert.ok(title.bottom < 240 && title.left < 640, JSON.stringify(title));
});
