import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, QUIC_126, rendered, slidesOf, type Rendered } from '../helpers/deck.js';
import { joined } from '../helpers/regex.js';

/** The agenda slide's Markdown with backslash escapes removed: what the reader sees. */
function agendaText(r: Rendered): string {
  return r.markdowns.find((m) => m.includes('# Agenda'))!.replace(/\\(.)/g, '$1');
}

/** `n` agenda items, "Topic 1" to "Topic n", as YAML list lines indented by `indent`. */
function manyItems(n: number, indent = '    '): string {
  return Array.from(
    { length: n },
    (_, i) => `${indent}- { topic: Topic ${i + 1}, presenter: Someone, minutes: 5 }`,
  ).join('\n');
}

const TIMED = head('number: 123\n  date: 2025-07-22\n  start: "09:30"\n  timezone: Europe/Madrid');

test(
  'a timed agenda: each item starts when the one before ' + 'ends, keeps its duration, and the session end closes it',
  async () => {
    const r = await rendered(
      `${TIMED}agenda:\n  items:\n    - { topic: Welcome, minutes: 5 }\n    - { topic: QLOG, ` +
        'presenter: Robin Marx, minutes: 20 }\n    - { topic: Open Mic, minutes: 10 }\n',
    );
    const md = agendaText(r);
    assert.match(md, /^- \*\*09:30-09:35\*\* \(5 min\) Welcome$/m);
    assert.match(md, /^- \*\*09:35-09:55\*\* \(20 min\) QLOG — Robin Marx$/m);
    assert.match(md, /^- \*\*09:55-10:05\*\* \(10 min\) Open Mic$/m);
    assert.match(md, /All times are Europe\/Madrid; the session ends at 10:05\./);
  },
);

test('an item without minutes shows "??" and stops the clock for the items after it', async () => {
  const r = await rendered(
    `${TIMED}agenda:\n  items:\n    - { topic: Welcome, minutes: 5 }\n    - { ` +
      'topic: Hackathon report }\n    - { topic: Open Mic, minutes: 10 }\n',
  );
  const md = agendaText(r);
  assert.match(md, /\*\*09:35-\?\?\*\* \(\?\?\) Hackathon report/);
  assert.match(md, /^- Open Mic \(10 min\)$/m);
  assert.doesNotMatch(md, /session ends/);
});

test('an agenda longer than the session is warned about', async () => {
  const r = await rendered(
    `${head('number: 123\n  date: 2025-07-22\n  duration: 30')}agenda:\n  items:\n    - { topic: A, minutes: ` +
      '20 }\n    - { topic: B, minutes: 15 }\n',
  );
  assert.ok(
    r.warnings.some(
      (w) => w.path === 'agenda.items' && /35 minutes, 5 more than the 30-minute session/.test(w.message),
    ),
    JSON.stringify(r.warnings),
  );
});

test('a list agenda is numbered, with presenter, minutes and nested sub-bullets', async () => {
  const r = await rendered(
    `${head()}agenda:\n  items:\n    - topic: Opening\n      presenter: chairs\n ` +
      '     minutes: 5\n      notes: [SecDispatch Process Overview, ' +
      '[Framing **EDHOC**]]\n    - { topic: Problem Statement, minutes: 15 }\n',
  );
  const md = agendaText(r);
  assert.match(
    md,
    /^1\. Opening — chairs \(5 min\)\n {4}- SecDispatch Process Overview\n {6}- Framing <strong>EDHOC<\/strong>$/m,
  );
  assert.match(md, /^2\. Problem Statement \(15 min\)$/m);
  const html = r.sections.find((s) => s.includes('Opening'))!;
  assert.match(
    html,
    joined(
      /<ol>\s*<li>Opening — chairs \(5 min\)\s*<ul>\s*/,
      /<li>SecDispatch Process Overview\s*<ul>\s*<li>Framing <strong>EDHOC<\/strong>/,
    ),
  );
});

test('drafts link to the datatracker without their revision', async () => {
  const r = await rendered(
    `${head()}agenda:\n  items:\n    - { topic: QLOG, minutes: 20, drafts: [draft-ietf-quic-qlog-main-schema-05] }\n`,
  );
  assert.match(
    r.markdowns.find((m) => m.includes('# Agenda'))!,
    joined(
      /\[draft\\-ietf\\-quic\\-qlog\\-main\\-schema\\-05\]/,
      /\(https:\/\/datatracker\.ietf\.org\/doc\/draft-ietf-quic-qlog-main-schema\/\)/,
    ),
  );
});

test('a long agenda continues on "Agenda (2/2)", every item once and in order', async () => {
  const items = manyItems(18);
  const slides = (await slidesOf(`${head()}agenda:\n  items:\n${items}\n`)).filter((s) => s.kind === 'agenda');
  assert.deepEqual(
    slides.map((s) => s.title),
    ['Agenda (1/2)', 'Agenda (2/2)'],
  );
  const topics = slides.flatMap((s) => (s.data.rows as Array<{ topic: string }>).map((r) => r.topic));
  assert.deepEqual(
    topics,
    Array.from({ length: 18 }, (_, i) => `Topic ${i + 1}`),
  );
});

test('sections head their items; a table agenda has a row per item', async () => {
  const source =
    `${TIMED}agenda:\n  style: table\n  items:\n    - section: WG Items\n      ` +
    'items:\n        - { topic: QLOG, presenter: Robin Marx, minutes: 20 }\n';
  const md = agendaText(await rendered(source));
  assert.match(md, /^\| \| \*\*WG Items\*\* \| \| \|$/m);
  assert.match(md, /^\| 09:30-09:50 \| QLOG \| Robin Marx \| 20 min \|$/m);
});

test('speaker notes on the agenda entry reach the slide and the HTML', async () => {
  const r = await rendered(
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - ` +
      'agenda:\n      speaker_notes: Remind people to sign in\n',
  );
  assert.equal(r.slides[0].notes, 'Remind people to sign in');
  assert.match(r.html, /Remind people to sign in/);
});

test('fit before split: the IETF 126 QUIC agenda (11 items, two sections) is one slide at a smaller size', async () => {
  const slides = await slidesOf(QUIC_126);
  assert.deepEqual(
    slides.map((s) => s.title),
    ['Agenda'],
  );
  assert.ok(slides[0].classes.includes('fit-24'), slides[0].classes.join(' '));
  const short = await slidesOf(
    `${head()}agenda:\n  items:\n    - { topic: Welcome, minutes: 5 ` +
      '}\n    - { topic: QLOG, minutes: 20 }\nslides: [agenda]\n',
  );
  assert.deepEqual(short[0].classes, ['agenda-list'], 'a short agenda keeps the full size');
});

test(
  'a page that starts inside a section repeats its ' + 'heading, "Other (cont.)", and no heading ends a page',
  async () => {
    const items = manyItems(24, '        ');
    const slides = await slidesOf(
      `${head()}agenda:\n  items:\n    - section: Other\n      items:\n${items}\nslides: [agenda]\n`,
    );
    assert.ok(slides.length >= 2, `${slides.length} slides`);
    const sections = slides.map((s) =>
      (s.data.rows as Array<{ section: string | null }>).filter((r) => r.section).map((r) => r.section),
    );
    assert.deepEqual(sections, [['Other'], ...slides.slice(1).map(() => ['Other (cont.)'])]);
    for (const s of slides)
      assert.equal((s.data.rows as Array<{ section: string | null }>).at(-1)!.section, null, s.title);
  },
);

test(
  'a table agenda heads its first column "Time" on every page ' +
    'when timed, without a time zone too; "#" when not timed',
  async () => {
    const items = manyItems(30);
    const timed = await rendered(
      `${head('number: 123\n  date: 2025-07-22\n  start: "09:30"')}agenda:\n  style: table\n  items:\n${items}\n`,
    );
    const pages = timed.markdowns.filter((m) => m.includes('# Agenda'));
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    for (const md of pages) assert.match(md, /^\| Time \| Topic \| Presenter \| Minutes \|$/m);
    const untimed = await rendered(
      `${head()}agenda:\n  style: table\n  items:\n    - { topic: Welcome, minutes: 5 }\n`,
    );
    assert.match(agendaText(untimed), /^\| # \| Topic \| Presenter \| Minutes \|$/m);
  },
);

test('an agenda that must split ends its first page with a section where the pages allow it', async () => {
  // IETF 125 QUIC: a welcome, five WG items with their drafts, two other items.
  const source = readFileSync(new URL('../../../decks/quic-ietf125.yaml', import.meta.url), 'utf8');
  const pages = (await slidesOf(source)).filter((s) => s.kind === 'agenda');
  const rows = pages.map((p) => p.data.rows as Array<{ section: string | null }>);
  assert.equal(pages.length, 2);
  assert.deepEqual(
    rows[1].filter((r) => r.section !== null).map((r) => r.section),
    ['Other Items'],
    'the second page starts with a section, not "WG Items (cont.)"',
  );
});
