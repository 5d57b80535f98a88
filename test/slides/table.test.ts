import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered, slidesOf } from '../helpers/deck.js';

const deck = (rows: string) =>
  `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - table:\n      title: ` +
  'WG Chair changes since IETF 122\n      columns: [WG, Departures, Additions]\n ' +
  `     rows:\n${rows}\n      speaker_notes: Thank the departing chairs\n`;

test('a table: header, one cell per column (short rows padded), cells as literal text', async () => {
  const r = await rendered(
    deck(
      '        - [ACME, Tomofumi Okubo, Mike Ounsworth]\n        - [HPKE, ' +
        '"", "Martin Thomson, Yaroslav Rosomakho | *x*"]\n        - [LAKE]',
    ),
  );
  const html = r.sections[0];
  assert.match(html, /<th>WG<\/th>\s*<th>Departures<\/th>\s*<th>Additions<\/th>/);
  assert.equal((html.match(/<tr>/g) ?? []).length, 4);
  assert.equal((html.match(/<td>/g) ?? []).length, 9);
  assert.match(html, /Martin Thomson, Yaroslav Rosomakho \| \*x\*/);
  assert.equal(r.slides[0].notes, 'Thank the departing chairs');
});

test('short cells stay on one line, long ones may wrap', async () => {
  const html = (await rendered(deck('        - [ACME, Tomofumi Okubo, "Mike Ounsworth, and a long list of others"]')))
    .sections[0];
  assert.match(html, /<span class="nowrap">ACME<\/span>/);
  assert.match(html, /<td>Mike Ounsworth, and a long list of others<\/td>/);
});

test('a long table continues on "(2/2)", repeating the header', async () => {
  const rows = Array.from({ length: 16 }, (_, i) => `        - [WG${i + 1}, Someone, Someone else]`).join('\n');
  const slides = await slidesOf(deck(rows));
  assert.deepEqual(
    slides.map((s) => s.title),
    ['WG Chair changes since IETF 122 (1/2)', 'WG Chair changes since IETF 122 (2/2)'],
  );
  assert.equal(slides.flatMap((s) => s.data.rows as unknown[]).length, 16);
  assert.ok(slides.every((s) => (s.data.columns as string[]).join() === 'WG,Departures,Additions'));
});
