// --pptx: a 16:9 PowerPoint file, one full-bleed picture per slide, titled, with speaker notes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { testPool as pool } from '../helpers/pool.js';
import { buildDeck } from '../../src/build.js';
import { tempDir } from '../helpers/cli.js';
import { head } from '../helpers/deck.js';

const teep = new URL('../../../decks/teep-ietf101.yaml', import.meta.url).pathname;
const out = tempDir();
after(async () => {
  rmSync(out, { recursive: true, force: true });
});

test('one picture slide per deck slide, alt text the title, notes as slide notes', async () => {
  const built = await buildDeck(teep, { outDir: out, html: false, pdf: false, pptx: true, pool });
  const file = join(out, 'teep-ietf101.pptx');
  assert.deepEqual(built.outputs, [file]);
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
  const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  assert.equal(slides.length, built.slides);
  assert.equal(built.slides, 8);
  assert.equal(names.filter((n) => /^ppt\/media\/.*\.png$/.test(n)).length, 8);

  const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(part('ppt/presentation.xml'))!;
  assert.ok(Math.abs(Number(cx) / Number(cy) - 16 / 9) < 0.001, `${cx} x ${cy}`);
  // Full bleed: the picture starts at the corner and covers the slide.
  const slide2 = part('ppt/slides/slide2.xml');
  assert.match(slide2, /descr="Note Well"/);
  assert.match(slide2, new RegExp(`<p:spPr>\\s*<a:xfrm>\\s*<a:off x="0" y="0"/>\\s*<a:ext cx="${cx}" cy="${cy}"/>`));

  assert.match(part('ppt/notesSlides/notesSlide8.xml'), /Hum, then confirm on the list\./);
  assert.doesNotMatch(part('ppt/notesSlides/notesSlide2.xml'), /Hum/);
  assert.match(part('docProps/core.xml'), /<dc:title>IETF 101 TEEP Chairs&apos; Slides<\/dc:title>/);
});

test('a page the pool kept from jobs that ran side by side still gives every picture', async () => {
  // Two jobs at once leave two pages; the next job gets the one behind the other, for which
  // Chromium draws no frame until it is brought to the front.
  let arrived = 0;
  let both: () => void;
  const together = new Promise<void>((done) => (both = done));
  await Promise.all(
    [1, 2].map(() =>
      pool.withPage(async () => {
        if (++arrived === 2) both();
        await together;
      }),
    ),
  );
  // A deck of two slides: each picture is a screenshot at twice the slide's size, the costly part.
  const dir = tempDir();
  const deck = join(dir, 'two.yaml');
  writeFileSync(deck, `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides: [title, agenda]\n`);
  const built = await buildDeck(deck, { outDir: dir, html: false, pdf: false, pptx: true, pool });
  assert.equal(built.slides, 2);
  const names = execFileSync('unzip', ['-Z1', built.outputs[0]!], { encoding: 'utf8' }).split('\n');
  assert.equal(names.filter((n) => /^ppt\/media\/.*\.png$/.test(n)).length, 2);
});
