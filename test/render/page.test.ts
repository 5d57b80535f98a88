import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { buildDeck } from '../../src/build.js';
import { browserContext } from '../helpers/browser.js';
import { viewerPool } from '../helpers/pool.js';
import { tempDir } from '../helpers/cli.js';

const browser = browserContext(viewerPool());

test(
  'the HTML shows one slide at a time, keys move ' + 'between slides, and it needs nothing from the network',
  async () => {
    const dir = tempDir();
    const file = join(dir, 'deck.yaml');
    writeFileSync(
      file,
      `meeting: { number: 125, date: 2026-03-17 }
group: { acronym: tls, name: Transport Layer Security, chairs: [Sean Turner] }
agenda: { items: [{ topic: Agenda bashing, minutes: 5 }] }
`,
    );
    const { outputs, slides } = await buildDeck(file, { outDir: dir, html: true, pdf: false });
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
  const dir = tempDir();
  // Marp takes a slide's size from the theme's @size for the deck's `size` (16:9).
  writeFileSync(join(dir, 'square.css'), "/* @theme square */\n/* @size 16:9 960px 720px */\n@import 'ietf';\n");
  const file = join(dir, 'deck.yaml');
  writeFileSync(
    file,
    `meeting: { number: 125, date: 2026-03-17 }
group: { acronym: tls, name: Transport Layer Security, chairs: [Sean Turner] }
theme: square.css
agenda: { items: [{ topic: Agenda bashing, minutes: 5 }] }
`,
  );
  const { outputs, slides } = await buildDeck(file, { outDir: dir, html: true, pdf: false });
  const page = await (await browser).newPage();
  await page.goto(pathToFileURL(outputs[0]).href);
  await page.bringToFront();
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.close();
  assert.equal(pdf.getPageCount(), slides);
  // 960 x 720 CSS px are 720 x 540 pt.
  for (const p of pdf.getPages()) assert.deepEqual(p.getSize(), { width: 720, height: 540 });
});
