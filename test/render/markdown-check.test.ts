// `validate` checks a deck's Markdown without Marp (src/render/markdown-check.ts, checkDeck in
// render.ts): it must report exactly what a render with Marp reports, warning for warning and
// error for error, on the example decks and on every hostile Markdown body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDeck, parseDeck } from '../../src/deck/load.js';
import { checkDeck, renderDeck, type RenderOptions } from '../../src/render/render.js';
import type { Deck } from '../../src/deck/types.js';
import { deckOf, head } from '../helpers/deck.js';
import { FENCES, PAYLOADS } from '../helpers/hostile.js';

const DECKS = fileURLToPath(new URL('../../../decks/', import.meta.url));
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** What a render reports: its slides and warnings, or the error it throws. */
async function outcome(run: () => Promise<{ slides: number; warnings: unknown[] }>): Promise<unknown> {
  try {
    return await run();
  } catch (e) {
    return { error: String(e) };
  }
}

async function assertAgree(deck: Deck, opts: RenderOptions = {}, what = deck.file): Promise<void> {
  const rendered = await outcome(async () => {
    const r = await renderDeck(deck, opts);
    return { slides: r.slides.length, warnings: r.warnings };
  });
  assert.deepEqual(await outcome(() => checkDeck(deck, opts)), rendered, what);
}

/** A deck whose one markdown slide holds `body`, in a folder with pic.png, parsed with positions. */
function markdownDeck(body: string): { deck: Deck; positions: RenderOptions['positions'] } {
  const indented = body
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
  const slides = `slides:\n  - markdown: |\n${indented}\n  - { section: After }\n`;
  const source = `${head()}agenda:\n  items: [{ topic: Welcome }]\n${slides}`;
  const { file } = deckOf(source, { 'pic.png': PNG });
  return parseDeck(source, file);
}

test('the example decks: the same slides and warnings with and without Marp', async () => {
  const files = readdirSync(DECKS).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.length >= 4);
  for (const f of [...files.map((f) => join(DECKS, f)), join(DECKS, 'custom', 'tls-ietf123.yaml')]) {
    const { deck, positions } = await loadDeck(f);
    await assertAgree(deck, { positions });
  }
});

test('every hostile body in a markdown slide: the same refusals at the same lines', async () => {
  for (const fence of FENCES) {
    for (const payload of PAYLOADS) {
      const tail = '<b>x</b> <!-- y --> [z](ftp://example.org/z)';
      const body = `## Click\n${fence}\n${payload}\n${fence}\n${payload}\n\n${tail}`;
      const { deck, positions } = markdownDeck(body);
      await assertAgree(deck, { positions }, body);
    }
  }
});

test('images, links and errors in a markdown slide: the same with and without Marp', async () => {
  for (const body of [
    '![bg right:40%](pic.png)\n\n![inline](pic.png) ![remote](http://127.0.0.1:9/x.png) ![bg](//example.org/y.png)',
    '![x](missing.png)',
    '![x](../outside.png)',
    '<https://www.ietf.org/> www.ietf.org mailto:a@example.org ftp://example.org/f //example.org/g',
    '[a](javascript:alert(1)) [b](xmpp:wg@jabber.ietf.org) [c]: ftp://example.org/c\n\n[c]',
  ]) {
    const { deck, positions } = markdownDeck(body);
    await assertAgree(deck, { positions }, body);
  }
});

test("a deck's own theme is checked by a render with Marp, which has the last word on its CSS", async () => {
  const themes = fileURLToPath(new URL('../../../test/fixtures/themes/', import.meta.url));
  const source = readFileSync(join(themes, 'deck.yaml'), 'utf8').replace(/^theme: .*$/m, '');
  const { deck, positions } = parseDeck(`theme: purple.css\n${source}`, join(themes, 'deck-under-test.yaml'));
  assert.equal(deck.theme, 'purple.css');
  await assertAgree(deck, { positions });
});
