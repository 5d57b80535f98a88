// The live preview in a real browser: an edit reloads the page on the same slide, an invalid deck
// shows its errors over the last good slides, and the fix brings the slides back, no restart.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'puppeteer-core';
import { isWgdeckError } from '../../src/errors.js';
import { startPreview, type Preview } from '../../src/preview/server.js';
import { browserContext } from '../helpers/browser.js';
import { viewerPool } from '../helpers/pool.js';
import { tempDir } from '../helpers/cli.js';

const minimal = readFileSync(new URL('../../../decks/minimal.yaml', import.meta.url), 'utf8');
const dir = tempDir();
const file = join(dir, 'deck.yaml');
const deck = (topic: string) =>
  `${minimal.replace('topic: QLOG', `topic: ${topic}`)}templates: templates\nslides: ` +
  '[title, agenda, { section: The End }]\n';
let preview: Preview;
let browser: BrowserContext;
let page: Page;
const logged: string[] = [];

/** Waits until the served page (slides and overlay, shown or not) contains `text`. */
const shows = (text: string) =>
  page.waitForFunction((t) => document.body.textContent!.includes(t), { timeout: 15_000 }, text);
const overlay = () => page.$eval('#wgdeck-problem', (e) => e.textContent).catch(() => null);

before(async () => {
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'templates', 'section.hbs'), '# {{text heading}}\n');
  writeFileSync(file, deck('First Topic'));
  preview = await startPreview({ file, port: 0, log: (t) => logged.push(t) });
  browser = await browserContext(viewerPool());
  page = await browser.newPage();
  await page.goto(`${preview.url}#2`);
  await shows('First Topic');
});

after(async () => {
  await preview?.close();
});

test('serves the deck on localhost', () => {
  assert.match(preview.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.match(logged[0], /rendered .*deck\.yaml \(3 slides\)/);
});

test('a port in use is an environment error (exit 2) naming the address', async () => {
  const port = Number(new URL(preview.url).port);
  await assert.rejects(startPreview({ file, port }), (e: unknown) => {
    assert.ok(isWgdeckError(e));
    assert.equal(e.code, 'listen-failed');
    assert.equal(e.exit, 2);
    assert.match(e.message, new RegExp(`127\\.0\\.0\\.1:${port}: another program is using the port`));
    return true;
  });
});

test('an edit of the deck reloads the page, on the same slide', async () => {
  writeFileSync(file, deck('Second Topic'));
  await shows('Second Topic');
  assert.equal(await page.evaluate(() => location.hash), '#2');
  assert.equal(await page.$eval('svg.active', (s) => s.textContent!.includes('Second Topic')), true);
});

test('an edit of a template reloads the page', async () => {
  writeFileSync(join(dir, 'templates', 'section.hbs'), '# {{text heading}}\n\nSee you next time\n');
  await shows('See you next time');
});

test('an invalid deck shows its errors over the last good slides; the fix brings the slides back', async () => {
  writeFileSync(file, deck('Third Topic').replace('minutes: 20', 'minutes: twenty'));
  await page.waitForSelector('#wgdeck-problem', { timeout: 15_000 });
  const text = await overlay();
  assert.match(text!, /Invalid deck/);
  assert.match(text!, /agenda\.items\[1\]\.minutes: expected a number of minutes.*deck\.yaml:\d+:\d+/);
  assert.match(logged.at(-1)!, /Invalid deck/);
  // The last good render stays: the slides are still there, with the text before the error.
  assert.equal(await page.$$eval('svg[data-marpit-svg]', (s) => s.length), 3);
  assert.equal(await page.evaluate(() => document.body.textContent!.includes('Second Topic')), true);

  writeFileSync(file, deck('Fixed Topic'));
  await shows('Fixed Topic');
  assert.equal(await overlay(), null);
  assert.equal(await page.evaluate(() => location.hash), '#2');
});

test(
  'the error overlay shows the offending lines of the ' + 'deck, stays below the slide title, and can be dismissed',
  async () => {
    await page.setViewport({ width: 1280, height: 720 });
    writeFileSync(file, deck('Overlay Topic').replace('minutes: 20', 'minutes: twenty'));
    await page.waitForSelector('#wgdeck-problem', { timeout: 15_000 });
    const text = (await overlay())!;
    assert.match(text, /deck\.yaml:\d+:\d+: agenda\.items\[1\]\.minutes: expected a number of minutes/);
    assert.match(text, />\s+\d+ \|.*minutes: twenty.*\n\s+\|\s+\^/);
    const boxTop = await page.$eval('#wgdeck-problem', (e) => e.getBoundingClientRect().top);
    const titleBottom = await page.$eval('svg.active h1, svg.active h2', (h) => h.getBoundingClientRect().bottom);
    assert.ok(boxTop > titleBottom, `overlay top ${boxTop} px, title bottom ${titleBottom} px`);
    await page.click('#wgdeck-problem button');
    assert.equal(await overlay(), null);
    // Another problem shows again; Esc dismisses too.
    writeFileSync(file, deck('Overlay Topic').replace('minutes: 20', 'minutes: twelve'));
    await page.waitForSelector('#wgdeck-problem', { timeout: 15_000 });
    assert.match((await overlay())!, /minutes: twelve/);
    await page.keyboard.press('Escape');
    assert.equal(await overlay(), null);
    writeFileSync(file, deck('Fixed Again'));
    await shows('Fixed Again');
  },
);

test('a presenter window opened with p stays in step with the page, and keeps its clock, across reloads', async () => {
  const popup = new Promise<Page>((done) => browser.once('targetcreated', async (t) => done((await t.page())!)));
  await page.keyboard.press('Home');
  await page.keyboard.press('p');
  const presenter = await popup;
  await presenter.waitForSelector('#wgdeck-current svg');
  await presenter.keyboard.press('s');
  await presenter.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#2');
  writeFileSync(file, deck('Reloaded Topic'));
  await shows('Reloaded Topic');
  await presenter.waitForFunction(() => document.body.textContent!.includes('Reloaded Topic'), { timeout: 15_000 });
  assert.match(
    await presenter.$eval('#wgdeck-elapsed', (e) => e.textContent!),
    /^elapsed /,
    'the clock started before the reload still runs',
  );
  await presenter.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#3');
  await page.keyboard.press('ArrowLeft');
  await presenter.waitForFunction(() => location.hash === '#2');
  await presenter.close();
});
