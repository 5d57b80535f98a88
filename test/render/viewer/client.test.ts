// The viewer in a real Chromium, from file:// as a chair opens the HTML: the presenter view with
// the agenda's clock (a fake clock injected into the page, the page in Los Angeles and the
// meeting in Shenzhen), two windows in step, overview, go to slide, black screen, the first click,
// and not one request beyond the file itself.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'puppeteer-core';
import { buildDeck } from '../../../src/build.js';
import { browserContext } from '../../helpers/browser.js';
import { viewerPool } from '../../helpers/pool.js';
import { tempDir } from '../../helpers/cli.js';

const AGENDA = `agenda:
  items:
    - { topic: Agenda bashing, presenter: Chairs, minutes: 5 }
    - section: WG items
      items:
        - { topic: QLOG, presenter: Robin Marx, minutes: 20 }
        - { topic: Multipath, presenter: Yanmei Liu, minutes: 20 }
    - { topic: Open mic, minutes: 15 }
slides:
  - title
  - agenda: { speaker_notes: "Ask for a note taker first" }
  - { section: QLOG }
  - { section: Multipath }
  - { section: Open mic }
`;
const GROUP = 'group: { acronym: quic, name: QUIC, chairs: [Lucas Pardue] }\n';
/** 09:30 in Shenzhen on 17 March 2026, as ms since 1970 */
const START = Date.UTC(2026, 2, 17, 1, 30);
const MIN = 60_000;

let browser: BrowserContext;
let timed: string;
let untimed: string;
const requests: string[] = [];

async function build(name: string, meeting: string): Promise<string> {
  const dir = tempDir();
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `meeting: ${meeting}\n${GROUP}${AGENDA}`);
  const { outputs } = await buildDeck(file, { outDir: dir, html: true, pdf: false });
  return pathToFileURL(outputs[0]).href;
}

before(async () => {
  browser = await browserContext(viewerPool());
  // Every page, popups included, counts its requests; anything but the file itself is refused.
  browser.on('targetcreated', async (t) => {
    const page = await t.page();
    if (!page) return;
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      requests.push(r.url());
      void (r.url().startsWith('file:') || r.url().startsWith('data:') ? r.continue() : r.abort());
    });
  });
  timed = await build(
    'timed',
    '{ number: 125, city: Shenzhen, date: 2026-03-17, start: "09:30", duration: 60, timezone: Asia/Shanghai }',
  );
  untimed = await build('untimed', '{ number: 125, date: 2026-03-17 }');
});

/**
 * A page in Los Angeles whose clock reads `now`: Date.now is fixed and the viewer's one-second tick
 * is kept for the test to call (`__tick`), so the test sets the time instead of waiting for it.
 */
async function openAt(url: string, now: number): Promise<Page> {
  const page = await browser.newPage();
  await page.emulateTimezone('America/Los_Angeles');
  await page.setViewport({ width: 1280, height: 800 });
  await page.evaluateOnNewDocument((t: number) => {
    const w = window as unknown as { __now: number; __tick?: () => void };
    w.__now = t;
    Date.now = () => w.__now;
    window.setInterval = ((fn: () => void) => {
      w.__tick = fn;
      return 0;
    }) as typeof setInterval;
  }, now);
  await page.goto(url);
  await page.waitForSelector('#wgdeck-data');
  return page;
}

async function setNow(page: Page, now: number): Promise<void> {
  await page.evaluate((t) => {
    const w = window as unknown as { __now: number; __tick: () => void };
    w.__now = t;
    w.__tick();
  }, now);
}

// innerText, not textContent: the text as the page shows it, after CSS.
const text = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText);
const agendaRows = (page: Page) =>
  page.$$eval('#wgdeck-items li:not(.wgdeck-section)', (lis) =>
    lis.map((li) => ({
      text: (li as HTMLElement).innerText.replace(/\s+/g, ' '),
      now: li.classList.contains('wgdeck-now'),
      over: li.classList.contains('wgdeck-over'),
      red: getComputedStyle(li).color === 'rgb(255, 107, 107)',
    })),
  );
const activeSlide = (page: Page) =>
  page.$$eval(
    'body > div.marpit > svg[data-marpit-svg]',
    (svgs) => svgs.findIndex((s) => getComputedStyle(s).display !== 'none') + 1,
  );

test(
  'the presenter view shows the current and next slides ' + 'as pictures, the notes and the agenda with its times',
  async () => {
    const page = await openAt(`${timed}?presenter#2`, START - 10 * MIN);
    const pane = (id: string) =>
      page.$eval(`#${id} svg[data-marpit-svg]`, (svg) => {
        const r = svg.getBoundingClientRect();
        return { text: svg.textContent!.replace(/\s+/g, ' ').trim(), width: r.width, height: r.height };
      });
    const slideText = (i: number) =>
      page.$$eval(
        'body > div.marpit > svg[data-marpit-svg]',
        (svgs, i) => svgs[i].textContent!.replace(/\s+/g, ' ').trim(),
        i,
      );
    const current = await pane('wgdeck-current');
    const next = await pane('wgdeck-next');
    assert.equal(current.text, await slideText(1));
    assert.equal(next.text, await slideText(2));
    assert.match(next.text, /QLOG/);
    // Pictures, scaled: real slides, the next smaller than the current.
    assert.ok(next.width > 200 && next.width < current.width, `next ${next.width} px, current ${current.width} px`);
    assert.equal(await text(page, '#wgdeck-notes'), 'Ask for a note taker first');
    assert.equal(
      parseFloat(await page.$eval('#wgdeck-notes', (e) => getComputedStyle(e).fontSize)) >= 24,
      true,
      'notes readable from a step away',
    );
    assert.deepEqual(
      (await agendaRows(page)).map((r) => r.text),
      [
        '09:30–09:35 Agenda bashing — Chairs',
        '09:35–09:55 QLOG — Robin Marx',
        '09:55–10:15 Multipath — Yanmei Liu',
        '10:15–10:30 Open mic',
      ],
    );
    assert.deepEqual(await page.$$eval('#wgdeck-items .wgdeck-section', (l) => l.map((e) => e.textContent)), [
      'WG items',
    ]);
    assert.match(await text(page, '#wgdeck-end'), /session ends 10:30/);
    // Ten minutes before the start, in the meeting's time zone (the page itself is in Los Angeles).
    assert.equal(await text(page, '#wgdeck-clock'), '09:20:00 Asia/Shanghai');
    assert.equal(await text(page, '#wgdeck-elapsed'), 'starts in 10:00');

    await page.keyboard.press('ArrowRight');
    assert.equal((await pane('wgdeck-current')).text, await slideText(2));
    assert.equal((await pane('wgdeck-next')).text, await slideText(3));
    await page.close();
  },
);

test(
  'with the start and time zone given, the meeting clock ' + 'leads: current item, time left, overrun and drift',
  async () => {
    const page = await openAt(`${timed}?presenter`, START + 17 * MIN + 15_000);
    assert.equal(await text(page, '#wgdeck-clock'), '09:47:15 Asia/Shanghai');
    assert.equal(await text(page, '#wgdeck-elapsed'), 'elapsed 17:15');
    let rows = await agendaRows(page);
    assert.deepEqual(
      rows.map((r) => r.now),
      [false, true, false, false],
    );
    assert.equal(await text(page, '#wgdeck-left'), '7:45 left: QLOG');
    assert.deepEqual(
      rows.map((r) => r.over),
      [false, false, false, false],
    );
    assert.match(await text(page, '#wgdeck-end'), /drift on time/);

    // Past the session's end: the last item overruns, in red, and the agenda is 6 minutes late.
    await setNow(page, START + 66 * MIN);
    rows = await agendaRows(page);
    assert.deepEqual(
      rows.map((r) => [r.now, r.over, r.red]),
      [
        [false, false, false],
        [false, false, false],
        [false, false, false],
        [true, true, true],
      ],
    );
    assert.equal(await text(page, '#wgdeck-left'), '6:00 over: Open mic');
    assert.equal(await text(page, '#wgdeck-end'), 'session ends 10:30 · drift +6 min');

    // The chair says the room is still on QLOG at 09:58 (N: back one item): QLOG overruns by 3 minutes.
    await setNow(page, START + 28 * MIN);
    await page.keyboard.press('N');
    rows = await agendaRows(page);
    assert.deepEqual(
      rows.map((r) => [r.now, r.over]),
      [
        [false, false],
        [true, true],
        [false, false],
        [false, false],
      ],
    );
    assert.equal(await text(page, '#wgdeck-left'), '3:00 over: QLOG');
    assert.match(await text(page, '#wgdeck-end'), /drift \+3 min/);
    // n at 10:00 closes QLOG late (it stays red) and gives Multipath its 20 minutes from now.
    await setNow(page, START + 30 * MIN);
    await page.keyboard.press('n');
    rows = await agendaRows(page);
    assert.deepEqual(
      rows.map((r) => [r.now, r.over]),
      [
        [false, false],
        [false, true],
        [true, false],
        [false, false],
      ],
    );
    assert.equal(await text(page, '#wgdeck-left'), '20:00 left: Multipath');
    assert.match(await text(page, '#wgdeck-end'), /drift \+5 min/);
    await page.close();
  },
);

test("the session's start is found in the meeting's time zone, daylight saving time included", async () => {
  // The page is in Los Angeles; each meeting's wall-clock start is one instant, ten minutes ahead.
  for (const [meeting, start, clock] of [
    [
      '{ interim: true, date: 2026-07-20, start: "09:30", timezone: Europe/Madrid }',
      Date.UTC(2026, 6, 20, 7, 30),
      '09:20:00',
    ],
    [
      '{ interim: true, date: 2026-01-20, start: "09:30", timezone: Europe/Madrid }',
      Date.UTC(2026, 0, 20, 8, 30),
      '09:20:00',
    ],
    // The morning the clocks go forward in New York (02:00 -> 03:00, at 07:00 UTC): 03:30 is UTC-4.
    [
      '{ interim: true, date: 2026-03-08, start: "03:30", timezone: America/New_York }',
      Date.UTC(2026, 2, 8, 7, 30),
      '03:20:00',
    ],
  ] as const) {
    const page = await openAt(`${await build('zoned', meeting)}?presenter`, start - 10 * MIN);
    assert.equal(await text(page, '#wgdeck-elapsed'), 'starts in 10:00', meeting);
    assert.match(await text(page, '#wgdeck-clock'), new RegExp(`^${clock} `), meeting);
    await page.close();
  }
});

test('without a start time, s starts the clock and n moves to the next item', async () => {
  const t0 = Date.UTC(2026, 2, 17, 17, 0);
  const page = await openAt(`${untimed}?presenter`, t0);
  assert.equal(await text(page, '#wgdeck-elapsed'), 'press s to start the clock');
  assert.deepEqual(
    (await agendaRows(page)).map((r) => r.text),
    ['5 min Agenda bashing — Chairs', '20 min QLOG — Robin Marx', '20 min Multipath — Yanmei Liu', '15 min Open mic'],
  );
  await page.keyboard.press('s');
  await setNow(page, t0 + 3 * MIN);
  assert.equal(await text(page, '#wgdeck-elapsed'), 'elapsed 3:00');
  assert.equal(await text(page, '#wgdeck-left'), '2:00 left: Agenda bashing');
  // Planned times now count from the start key, on the laptop's clock (10:00 in Los Angeles).
  assert.match((await agendaRows(page))[1].text, /^10:05–10:25 QLOG/);
  await page.keyboard.press('n');
  assert.equal(await text(page, '#wgdeck-left'), '20:00 left: QLOG');
  assert.match(await text(page, '#wgdeck-end'), /drift −2 min/);
  await setNow(page, t0 + 30 * MIN);
  const rows = await agendaRows(page);
  assert.deepEqual(
    rows.map((r) => [r.now, r.over]),
    [
      [false, false],
      [true, true],
      [false, false],
      [false, false],
    ],
  );
  assert.match(await text(page, '#wgdeck-end'), /drift \+5 min/);
  await page.close();
});

test('the audience and presenter windows stay in step', async () => {
  const audience = await openAt(`${timed}#1`, START);
  const popup = new Promise<Page>((done) => browser.once('targetcreated', async (t) => done((await t.page())!)));
  await audience.keyboard.press('p');
  const presenter = await popup;
  await presenter.waitForSelector('#wgdeck-current svg');
  const presenterSlide = () => presenter.$eval('#wgdeck-current .wgdeck-pane', (p) => (p as HTMLElement).dataset.slide);
  await presenter.keyboard.press('ArrowRight');
  await audience.waitForFunction(() => location.hash === '#2');
  assert.equal(await activeSlide(audience), 2);
  await audience.keyboard.press('ArrowRight');
  await presenter.waitForFunction(() => location.hash === '#3');
  assert.equal(await presenterSlide(), '2');
  // Black screen from the presenter window: the room sees black, the presenter is told so.
  await presenter.keyboard.press('b');
  await audience.waitForSelector('#wgdeck-black:not([hidden])');
  assert.match(await text(presenter, '#wgdeck-current .wgdeck-label'), /screen black/);
  await audience.keyboard.press('b');
  await presenter.waitForFunction(
    () => !document.querySelector('#wgdeck-current .wgdeck-label')!.textContent!.includes('black'),
  );
  await presenter.close();
  await audience.close();
});

test('overview with o or g, a click picks a slide; go to slide by number and Enter', async () => {
  const page = await openAt(`${timed}#1`, START);
  const shown = () =>
    page.$$eval(
      'body > div.marpit > svg[data-marpit-svg]',
      (svgs) => svgs.filter((s) => getComputedStyle(s).display !== 'none').length,
    );
  const slides = await page.$$eval('body > div.marpit > svg[data-marpit-svg]', (s) => s.length);
  assert.equal(await shown(), 1);
  await page.keyboard.press('o');
  assert.equal(await shown(), slides);
  const boxes = await page.$$eval('body > div.marpit > svg[data-marpit-svg]', (svgs) =>
    svgs.map((s) => s.getBoundingClientRect().toJSON()),
  );
  assert.ok(boxes[1].left > boxes[0].right, 'thumbnails side by side');
  await page.mouse.click(boxes[3].x + boxes[3].width / 2, boxes[3].y + boxes[3].height / 2);
  assert.equal(await shown(), 1);
  assert.equal(await activeSlide(page), 4);
  await page.keyboard.press('g');
  assert.equal(await shown(), slides);
  await page.keyboard.press('Escape');
  assert.equal(await shown(), 1);

  await page.keyboard.type('2');
  assert.equal(await text(page, '#wgdeck-goto'), 'Go to slide 2');
  await page.keyboard.press('Enter');
  assert.equal(await activeSlide(page), 2);
  assert.equal(new URL(page.url()).hash, '#2');
  assert.equal(await page.$eval('#wgdeck-goto', (e) => (e as HTMLElement).hidden), true);
  // Enter alone still moves on, as a clicker's does; so do PageDown and PageUp.
  await page.keyboard.press('Enter');
  assert.equal(await activeSlide(page), 3);
  await page.keyboard.press('PageUp');
  assert.equal(await activeSlide(page), 2);
  await page.keyboard.press('?');
  assert.match(await text(page, '#wgdeck-help'), /overview of all slides[\s\S]*black screen/);
  await page.close();
});

test('b blacks the screen and b brings it back', async () => {
  const page = await openAt(`${timed}#1`, START);
  const covers = () =>
    page.$eval('#wgdeck-black', (e) => {
      const r = e.getBoundingClientRect();
      return (
        !(e as HTMLElement).hidden &&
        r.width === innerWidth &&
        r.height === innerHeight &&
        document.elementFromPoint(innerWidth / 2, innerHeight / 2) === e
      );
    });
  assert.equal(await covers(), false);
  await page.keyboard.press('b');
  assert.equal(await covers(), true);
  await page.keyboard.press('b');
  assert.equal(await covers(), false);
  await page.close();
});

test('the first click into a window that lost focus only focuses it; a touch swipe turns the slide', async () => {
  const page = await openAt(`${timed}#2`, START);
  const other = await browser.newPage();
  await other.bringToFront();
  await page.bringToFront();
  await page.mouse.click(1000, 400);
  assert.equal(await activeSlide(page), 2, 'the click that focused the window does not move');
  await page.mouse.click(1000, 400);
  assert.equal(await activeSlide(page), 3);
  await page.mouse.click(100, 400);
  assert.equal(await activeSlide(page), 2);

  await page.evaluate(() => {
    const touch = (x: number) => new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 });
    dispatchEvent(new TouchEvent('touchstart', { touches: [touch(900)], changedTouches: [touch(900)] }));
    dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(500)] }));
  });
  assert.equal(await activeSlide(page), 3);
  await other.close();
  await page.close();
});

test('no page above asked for anything but its own file', () => {
  assert.ok(
    requests.some((u) => u.startsWith('file:') && u.includes('?presenter')),
    'the presenter windows were counted too',
  );
  assert.deepEqual(
    requests.filter((u) => !u.startsWith('file:')),
    [],
  );
});
