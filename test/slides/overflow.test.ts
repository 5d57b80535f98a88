// Every deck in decks/ shown in a real Chromium: nothing may run past its slide's edges or into
// the footer zone (a section's scrollHeight beyond its 720 px means content reached the bottom
// padding, where the footer and slide number are). Long content must paginate instead.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { loadDeck } from '../../src/deck/load.js';
import type { Deck } from '../../src/deck/types.js';
import { packageRoot } from '../../src/paths.js';
import { renderDeck } from '../../src/render/render.js';
import { browserContext, slidePage } from '../helpers/browser.js';
import { deckOf, head, QUIC_126 } from '../helpers/deck.js';
import { overflowingSlides } from '../helpers/overflow.js';

let browser: BrowserContext;
before(async () => {
  browser = await browserContext();
});

/** One line per faulty slide: "slide 3 "Agenda": ..." */
async function overflows(deck: Deck, check: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
  const r = await renderDeck(deck);
  const page = await slidePage(browser, r.marp);
  await check(page);
  const past = await overflowingSlides(page);
  const tall = await page.evaluate(() =>
    [...document.querySelectorAll('div.marpit > svg[data-marpit-svg] > foreignObject > section')].flatMap((s, slide) =>
      s.scrollHeight > s.clientHeight ? [{ slide, by: s.scrollHeight - s.clientHeight }] : [],
    ),
  );
  const title = (i: number) => `slide ${i + 1} "${r.slides[i].title}"`;
  return [
    ...past.map((o) => `${title(o.slide)}: ${o.element} runs ${o.by}px past the slide's edge`),
    ...tall.map((o) => `${title(o.slide)}: content runs ${o.by}px into the footer zone (scrollHeight)`),
  ];
}

const decksDir = join(packageRoot, 'decks');
const decks = readdirSync(decksDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

test('decks/ holds the seed decks and the current example', () => {
  for (const d of [
    'minimal.yaml',
    'secdispatch-interim-2019.yaml',
    'saag-ietf123.yaml',
    'teep-ietf101.yaml',
    'quic-ietf125.yaml',
  ])
    assert.ok(decks.includes(d), d);
});

for (const name of decks) {
  test(`decks/${name}: no slide overflows`, async () => {
    const { deck } = await loadDeck(join(decksDir, name));
    const found = await overflows(deck);
    assert.deepEqual(found, [], `decks/${name}:\n  ${found.join('\n  ')}`);
  });
}

test('the check reports an overflowing slide by deck, number and title', async () => {
  const lines = Array.from({ length: 30 }, (_, i) => `      - line ${i + 1}`).join('\n');
  const deck = deckOf(
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n ` +
      ` - agenda\n  - markdown: |\n      # Far Too Long\n\n${lines}\n`,
  );
  const found = await overflows(deck);
  assert.ok(
    found.some((f) => f.startsWith('slide 2 "Far Too Long"')),
    found.join('\n'),
  );
  assert.ok(!found.some((f) => f.startsWith('slide 1 ')), found.join('\n'));
});

test('a long agenda paginates instead of overflowing', async () => {
  const items = Array.from(
    { length: 25 },
    (_, i) =>
      `    - { topic: "Topic number ${i + 1} with a fairly long title ` +
      'to wrap", presenter: Someone, minutes: 5, notes: [a note] }',
  ).join('\n');
  const deck = deckOf(`${head()}agenda:\n  items:\n${items}\n`);
  assert.deepEqual(await overflows(deck), []);
});

/** Each slide's body text size in px, as the browser computed it. */
function bodySizes(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('div.marpit > svg[data-marpit-svg] > foreignObject > section')].map((s) =>
      parseFloat(getComputedStyle(s).fontSize),
    ),
  );
}

/** Asserts that the deck is one slide, nothing outside its edges, its text at 24 px or more. */
async function assertOneSlideAt24(deck: Deck): Promise<void> {
  let sizes: number[] = [];
  assert.deepEqual(
    await overflows(deck, async (page) => {
      sizes = await bodySizes(page);
    }),
    [],
  );
  assert.equal(sizes.length, 1);
  assert.ok(sizes[0] >= 24, `${sizes[0]} px`);
}

test('the IETF 126 QUIC agenda (11 items in two sections) is one slide, inside its edges, at 24 px or more', () =>
  assertOneSlideAt24(deckOf(QUIC_126)));

test(
  'the same agenda with start times, a time zone and a presenter splits in two even pages ' +
    "at the theme's size, inside their edges",
  async () => {
    const timed = QUIC_126.replace(
      'date: 2026-07-21',
      'date: 2026-07-21\n  start: "09:30"\n  timezone: Europe/Vienna',
    ).replace('{ topic: QLOG, minutes: 15 }', '{ topic: QLOG, presenter: Robin Marx, minutes: 15 }');
    assert.notEqual(timed, QUIC_126);
    let sizes: number[] = [];
    let items: number[] = [];
    const deck = deckOf(timed);
    assert.deepEqual(
      await overflows(deck, async (page) => {
        sizes = await bodySizes(page);
        items = await page.evaluate(() =>
          [...document.querySelectorAll('div.marpit > svg[data-marpit-svg] > foreignObject > section')].map(
            (s) => s.querySelectorAll('li').length,
          ),
        );
      }),
      [],
    );
    // Not ten items and one: a page with a lone item is a split no chair would make.
    assert.equal(items.length, 2);
    assert.equal(items[0] + items[1], 11);
    assert.ok(Math.abs(items[0] - items[1]) <= 2, items.join(' + '));
    assert.deepEqual(sizes, [28, 28]);
  },
);

test('eight documents of a usual group are one slide, inside its edges, at 24 px or more', async () => {
  const names = [
    'multipath',
    'ack-frequency',
    'reliable-stream-reset',
    'qmux',
    'extended-key-update',
    'qlog-main-schema',
    'qlog-quic-events',
    'receive-ts',
  ];
  const docs = names
    .map(
      (n, i) =>
        `  - { name: draft-ietf-quic-${n}, ` +
        `status: ${i < 2 ? 'IESG Evaluation' : 'Waiting for Shepherd Write-up'}, on_agenda: ${i > 3} }`,
    )
    .join('\n');
  await assertOneSlideAt24(
    deckOf(`${head()}agenda:\n  items: [{ topic: Welcome }]\ndocuments:\n${docs}\nslides: [documents]\n`),
  );
});
