import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { buildDeck } from '../../src/build.js';
import { browserContext } from '../helpers/browser.js';
import { viewerPool } from '../helpers/pool.js';
import { tempDir } from '../helpers/cli.js';

const browser = browserContext(viewerPool());

/** A deck of one agenda item in a folder of its own, with `css` as its theme when given, built to HTML. */
async function builtDeck(css?: string) {
  const dir = tempDir();
  if (css !== undefined) writeFileSync(join(dir, 'theme.css'), css);
  const file = join(dir, 'deck.yaml');
  writeFileSync(
    file,
    `meeting: { number: 125, date: 2026-03-17 }
group: { acronym: tls, name: Transport Layer Security, chairs: [Sean Turner] }
${css === undefined ? '' : 'theme: theme.css\n'}agenda: { items: [{ topic: Agenda bashing, minutes: 5 }] }
`,
  );
  return { dir, ...(await buildDeck(file, { outDir: dir, html: true, pdf: false })) };
}

test(
  'the HTML shows one slide at a time, keys move ' + 'between slides, and it needs nothing from the network',
  async () => {
    const { outputs, slides } = await builtDeck();
    const page = await (await browser).newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewport({ width: 1000, height: 600 });
    await page.goto(pathToFileURL(outputs[0]).href);
    const visible = () =>
      page.$$eval('div.marpit > svg[data-marpit-svg]', (svgs) =>
        svgs.map((s) => getComputedStyle(s).display !== 'none'),
      );
    assert.deepEqual(
      await visible(),
      Array.from({ length: slides }, (_, i) => i === 0),
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(new URL(page.url()).hash, '#3');
    assert.deepEqual(
      await visible(),
      Array.from({ length: slides }, (_, i) => i === 2),
    );
    await page.keyboard.press('End');
    assert.equal(new URL(page.url()).hash, `#${slides}`);
    await page.keyboard.press('Home');
    assert.equal(new URL(page.url()).hash, '#1');
    assert.deepEqual(
      requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')),
      [],
    );
    await page.close();
  },
);

test("printing the HTML gives one page per slide at the theme's size, not a fixed 1280x720", async () => {
  // Marp takes a slide's size from the theme's @size for the deck's `size` (16:9).
  const { outputs, slides } = await builtDeck("/* @theme square */\n/* @size 16:9 960px 720px */\n@import 'ietf';\n");
  const page = await (await browser).newPage();
  await page.goto(pathToFileURL(outputs[0]).href);
  await page.bringToFront();
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.close();
  assert.equal(pdf.getPageCount(), slides);
  // 960 x 720 CSS px are 720 x 540 pt.
  for (const p of pdf.getPages()) assert.deepEqual(p.getSize(), { width: 720, height: 540 });
});

// wgdeck takes every URL it finds out of a theme (theme-urls.ts); should one ever get past it, the
// page's Content-Security-Policy has the browser, on its own parse, load nothing.
test('the HTML loads nothing from outside, even a URL that got into its CSS', async (t) => {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => server.close());
  const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slipped.png`;
  const { dir, outputs } = await builtDeck();
  const write = (name: string, html: string) => {
    writeFileSync(
      join(dir, name),
      html.replace('</head>', `<style>h1 { background: url("${remote}"); }</style></head>`),
    );
    return pathToFileURL(join(dir, name)).href;
  };
  const html = readFileSync(outputs[0], 'utf8');
  const page = await (await browser).newPage();
  const open = async (url: string) => {
    await page.goto(url);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  };
  await open(write('slipped.html', html));
  assert.ok(await page.$('#wgdeck-help'), 'the viewer ran');
  assert.deepEqual(requests, []);
  // The same page without its Content-Security-Policy asks for it: the test can tell.
  await open(write('bare.html', html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')));
  await page.close();
  assert.deepEqual(requests, ['/slipped.png']);
});
