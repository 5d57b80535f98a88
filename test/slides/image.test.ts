import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWgdeckError } from '../../src/errors.js';
import { imageDataUri } from '../../src/fs/assets.js';
import { head, rendered, slidesOf } from '../helpers/deck.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const deck = (image: string) => `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - image: ${image}\n`;

test('an image in the deck folder is embedded as a data: URI, with its title and alt text', async () => {
  const r = await rendered(
    deck(
      '{ title: EDHOC Timeline, src: timeline.svg, alt: "Timeline of the EDHOC draft", speaker_notes: Point at 2016 }',
    ),
    { 'timeline.svg': SVG },
  );
  assert.equal(r.slides[0].title, 'EDHOC Timeline');
  assert.equal(r.slides[0].notes, 'Point at 2016');
  const b64 = Buffer.from(SVG).toString('base64');
  assert.match(
    r.sections[0],
    new RegExp(
      `<img class="picture" src="data:image/svg\\+xml;base64,${b64.replace(/[+/]/g, '\\$&')}" ` +
        'alt="Timeline of the EDHOC draft"',
    ),
  );
});

test('without a title the image takes the whole slide and the alt text names it in the outline', async () => {
  const [slide] = await slidesOf(deck('{ src: timeline.svg, alt: Timeline }'), { 'timeline.svg': SVG });
  assert.equal(slide.title, 'Timeline');
  assert.deepEqual(slide.classes, ['no-title']);
});

// The loader lists image errors with the deck's others (test/deck/references.test.ts has them all);
// the slide builder refuses them too, for a file changed between loading and rendering.
test('an image outside the deck folder is refused with a clear error', async () => {
  const outside = join(mkdtempSync(join(tmpdir(), 'wgdeck-outside-')), 'secret.svg');
  writeFileSync(outside, SVG);
  for (const src of [`../${outside.split('/').slice(-2).join('/')}`, outside]) {
    await assert.rejects(slidesOf(deck(`{ src: "${src}", alt: x }`)), (e: unknown) => {
      assert.ok(isWgdeckError(e), String(e));
      assert.equal(e.code, 'deck-invalid');
      assert.match(
        e.message,
        /slides\[0\]\.image\.src: The image .* lies outside the deck's folder .*Copy the image into the deck's folder/,
      );
      return true;
    });
    assert.throws(
      () => imageDataUri(tmpdir(), src),
      (e: unknown) => isWgdeckError(e) && e.code === 'image-outside-deck',
    );
  }
});

test('a missing image, or a file that is not an image, is an error naming it', async () => {
  await assert.rejects(
    slidesOf(deck('{ src: nope.png, alt: x }')),
    (e: unknown) =>
      isWgdeckError(e) && e.code === 'deck-invalid' && /The image "nope\.png" does not exist/.test(e.message),
  );
  await assert.rejects(
    slidesOf(deck('{ src: notes.txt, alt: x }'), { 'notes.txt': 'hi' }),
    (e: unknown) => isWgdeckError(e) && /not a PNG, JPEG, GIF, WebP or SVG/.test(e.message),
  );
  assert.throws(
    () => imageDataUri(tmpdir(), 'nope.png'),
    (e: unknown) => isWgdeckError(e) && e.code === 'image-not-found',
  );
});
