// Regenerates docs/images/viewer-presenter.png and docs/images/viewer-overview.png: the QUIC example
// deck's HTML in Chromium, the presenter view at 09:41:20 in Shenzhen with agenda bashing running
// over, and the audience window's overview. Run after `npm run build`: node scripts/viewer-screenshots.mjs
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';
import { buildDeck } from '../dist/build.js';

const root = new URL('..', import.meta.url);
const out = (name) => new URL(`docs/images/${name}`, root).pathname;
const { outputs } = await buildDeck(new URL('decks/quic-ietf125.yaml', root).pathname, {
  outDir: mkdtempSync(join(tmpdir(), 'wgdeck-shots-')),
  html: true,
  pdf: false,
});
const url = pathToFileURL(outputs[0]).href;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(process.env.WIDTH ?? 1280), height: Number(process.env.HEIGHT ?? 800) });
  await page.evaluateOnNewDocument((t) => (Date.now = () => t), Date.UTC(2026, 2, 17, 1, 41, 20));
  await page.goto(`${url}?presenter#6`);
  await page.keyboard.press('N');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out(process.env.PRESENTER ?? 'viewer-presenter.png') });
  await page.goto(`${url}#6`);
  await page.keyboard.press('o');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out(process.env.OVERVIEW ?? 'viewer-overview.png') });
} finally {
  await browser.close();
}
