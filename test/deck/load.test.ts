import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { MAX_DECK_BYTES, loadDeck, parseDeck } from '../../src/deck/load.js';
import { isWgdeckError, type Problem, type WgdeckError } from '../../src/errors.js';
import { HEAD, MINIMAL, errorsOf } from './helpers.js';

/** The example of deck-format.md, with its "..." placeholders filled in: every documented key. */
const EXAMPLE =
  `meeting:
  number: 123
  interim: false
  city: Madrid
  date: 2025-07-22
  start: "09:30"
  duration: 90
  timezone: Europe/Madrid
  room: Padang
  session: Tuesday Session I
group:
  acronym: saag
  name: Security Area Advisory Group
  type: wg
  chairs:
    - Deb Cooley
    - { name: Paul Wouters, email: paul@example.org }
  ads: [Roman Danyliw]
  secretary: []
  list: saag@ietf.org
  links: { datatracker: https://datatracker.ietf.org/group/saag/, github: ` +
  `https://github.com/ietf-wg-saag, chat: https://zulip.ietf.org/#narrow/stream/saag }
title:
  text: Security Dispatch WG (SecDispatch)
  subtitle: "We're a WG :)"
  lines: [Production by Meetecho]
theme: ietf
style:
  colors: { primary: "#1f4e79", accent: "#c55a11", background: "#ffffff", text: "#1a1a1a" }
  font: Noto Sans
  logo: images/logo.svg
  footer: IETF 123 · SAAG
  slide_numbers: "{n} / {total}"
boilerplate:
  note_well: auto
  note_really_well: auto
  meeting_tips: auto
  resources: auto
  recorded: auto
  tips_extra:
    - Do not use personal hotspot / mifi devices - it interferes with IETF wifi
  resources_extra:
    - "Slides: [materials](https://datatracker.ietf.org/meeting/123/session/saag)"
links:
  notes: https://notes.ietf.org/notes-ietf-123-saag
  chat: https://zulip.ietf.org/#narrow/stream/saag
  meetecho: https://meetings.conf.meetecho.com/onsite123/?session=1
  agenda: https://datatracker.ietf.org/meeting/123/agenda
administrivia:
  note_takers: [Alice]
  chat_scribe: Bob
  bluesheets: auto
  items: [Agenda bashing]
agenda:
  title: Agenda
  style: auto
  items:
    - topic: Welcome, Administrivia, and Agenda Bashing
      presenter: Chairs
      minutes: 5
      drafts: [draft-tulshibagwale-saag-pushpull-delivery]
      notes:
        - Goal: find WG participants
    - section: WG Items
      items:
        - { topic: QLOG, minutes: 20 }
        - { topic: ACK Receive Timestamps, minutes: 20 }
milestones:
  title: Milestones
  note: need to be fixed
  items:
    - due: 2018-03
      text: Adopt an Architecture document
      status: pending
documents:
  - name: draft-ietf-teep-architecture
    stage: wg
    status: Waiting for shepherd write-up
    shepherd: Someone
    ad: Roman Danyliw
    on_agenda: true
slides:
  - title
  - note-well
  - administrivia
  - agenda
  - discussion:
      title: "Discussion: message format"
      questions:
        - Should the group define one or more message formats?
        - - What formats should be considered?
          - What format should be the mandatory-to-implement?
  - markdown: |
      ## Dispatch Process
      - SecDispatch recommends next steps for new work
  - table:
      title: WG Chair changes since IETF 122
      columns: [WG, Departures, Additions]
      rows:
        - [ACME, Tomofumi Okubo, Mike Ounsworth]
  - image: { title: EDHOC Timeline, src: images/timeline.png, alt: Timeline of the EDHOC draft }
  - columns: { title: Working Group Summaries, lists: [[ACE, ACME], [LAKE, LAMPS]] }
  - section: Open Mic
  - agenda:
      speaker_notes: Remind people to sign in
`;

/** A folder holding the example deck's images, as its deck file would have them. */
function exampleFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-load-'));
  mkdirSync(join(dir, 'images'));
  for (const image of ['logo.svg', 'timeline.png']) writeFileSync(join(dir, 'images', image), 'x');
  return dir;
}

test('every key of the deck-format.md example is accepted', () => {
  const { deck, warnings } = parseDeck(EXAMPLE, join(exampleFolder(), 'saag.yaml'));
  assert.deepEqual(warnings, []);
  assert.deepEqual(deck.meeting, {
    number: 123,
    interim: false,
    city: 'Madrid',
    date: '2025-07-22',
    start: '09:30',
    duration: 90,
    timezone: 'Europe/Madrid',
    room: 'Padang',
    session: 'Tuesday Session I',
  });
  assert.deepEqual(deck.group.chairs, [{ name: 'Deb Cooley' }, { name: 'Paul Wouters', email: 'paul@example.org' }]);
  assert.equal(deck.group.list, 'saag@ietf.org');
  assert.equal(deck.group.links.github, 'https://github.com/ietf-wg-saag');
  assert.deepEqual(deck.title, {
    text: 'Security Dispatch WG (SecDispatch)',
    subtitle: "We're a WG :)",
    lines: ['Production by Meetecho'],
  });
  assert.equal(deck.style.colors?.accent, '#c55a11');
  assert.equal(deck.style.slide_numbers, '{n} / {total}');
  assert.deepEqual(deck.boilerplate.tips_extra, {
    in_person: ['Do not use personal hotspot / mifi devices - it interferes with IETF wifi'],
  });
  assert.deepEqual(deck.boilerplate.resources_extra, [
    'Slides: [materials](https://datatracker.ietf.org/meeting/123/session/saag)',
  ]);
  assert.equal(deck.links.meetecho, 'https://meetings.conf.meetecho.com/onsite123/?session=1');
  assert.deepEqual(deck.administrivia, {
    note_takers: ['Alice'],
    chat_scribe: 'Bob',
    bluesheets: 'auto',
    items: ['Agenda bashing'],
  });
  assert.deepEqual(deck.agenda.items[0], {
    topic: 'Welcome, Administrivia, and Agenda Bashing',
    presenter: 'Chairs',
    minutes: 5,
    drafts: ['draft-tulshibagwale-saag-pushpull-delivery'],
    notes: ['Goal: find WG participants'],
  });
  assert.equal(deck.milestones?.items[0].due, '2018-03');
  assert.equal(deck.documents[0].on_agenda, true);
  assert.deepEqual(
    deck.slides?.map((s) => s.kind),
    [
      'title',
      'note-well',
      'administrivia',
      'agenda',
      'discussion',
      'markdown',
      'table',
      'image',
      'columns',
      'section',
      'agenda',
    ],
  );
  assert.deepEqual(deck.slides?.[4].options.questions, [
    'Should the group define one or more message formats?',
    ['What formats should be considered?', 'What format should be the mandatory-to-implement?'],
  ]);
  assert.deepEqual(deck.slides?.[8].options, {
    title: 'Working Group Summaries',
    lists: [
      ['ACE', 'ACME'],
      ['LAKE', 'LAMPS'],
    ],
  });
  assert.equal(deck.slides?.[10].options.speaker_notes, 'Remind people to sign in');
});

test('positions: values by path, 1-based, for later warnings', () => {
  const { positions } = parseDeck(EXAMPLE, join(exampleFolder(), 'saag.yaml'));
  assert.deepEqual(positions.get('meeting.date'), { line: 5, col: 9 });
  assert.deepEqual(positions.get('agenda.items[1].items[0].minutes'), { line: 65, col: 35 });
  assert.deepEqual(positions.get('slides[4]'), { line: 86, col: 5 });
  // A block scalar's text starts below its `|`.
  assert.deepEqual(positions.get('slides[5].markdown'), { line: 92, col: 15, textLine: 93 });
});

test('loadDeck reads a file; problems name it as given, the deck holds its absolute path', async () => {
  const dir = exampleFolder();
  const file = join(dir, 'saag.yaml');
  writeFileSync(file, EXAMPLE);
  const { deck } = await loadDeck(file);
  assert.equal(deck.file, file);
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, MINIMAL.replace('2025-07-22', '2025-02-30'));
  const given = relative(process.cwd(), bad);
  await assert.rejects(loadDeck(given), (e: WgdeckError<{ problems: Problem[] }>) => {
    assert.equal(e.code, 'deck-invalid');
    assert.deepEqual(
      e.args.problems.map((p) => [p.file, p.line, p.col]),
      [[given, 3, 9]],
    );
    return true;
  });
});

test('a missing file throws deck-not-found', async () => {
  await assert.rejects(loadDeck('/nonexistent/deck.yaml'), (e) => isWgdeckError(e) && e.code === 'deck-not-found');
});

test('loadDeck finds custom kinds in the templates folder relative to the deck file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-load-'));
  mkdirSync(join(dir, 'overrides'));
  writeFileSync(join(dir, 'overrides', 'sponsors.hbs'), '');
  writeFileSync(join(dir, 'deck.yaml'), `${MINIMAL}templates: overrides\nslides:\n  - sponsors: { title: Thanks }\n`);
  const { deck } = await loadDeck(join(dir, 'deck.yaml'));
  assert.equal(deck.templates, 'overrides');
  assert.deepEqual(deck.slides, [{ kind: 'sponsors', options: { title: 'Thanks' }, path: 'slides[0]' }]);
});

/** The error a deck source is refused with before validation (syntax, limits). */
function refusal(source: string): { code: string; message: string; hint: string } {
  try {
    parseDeck(source, 'deck.yaml');
  } catch (e) {
    assert.ok(isWgdeckError(e), `not a WgdeckError: ${e}`);
    return { code: e.code, message: e.message, hint: e.hint };
  }
  assert.fail('the deck was accepted');
}

test('YAML syntax errors start with file:line:col and show the line with a caret under the column', () => {
  const e = refusal(`${MINIMAL}links: { notes: https://x.org\nslides: []\n`);
  assert.equal(e.code, 'yaml-syntax');
  assert.match(e.message, /^deck\.yaml:11:1: /);
  const dup = refusal('meeting:\n  number: 1\nmeeting:\n  number: 2\n');
  assert.equal(dup.message, 'deck.yaml:3:1: Map keys must be unique\n> 3 | meeting:\n    | ^');
  const indent = refusal('group:\n  name: a\n   b: c\n');
  assert.match(indent.message, /^deck\.yaml:2:9: /);
  assert.match(indent.message, /\n> 2 \| {3}name: a\n {4}\| {9}\^$/);
});

test('a YAML syntax error hints at the usual mistakes: a tab, a colon or comma in unquoted text inside { }', () => {
  const tab = refusal('meeting:\n\tnumber: 125\n');
  assert.match(tab.message, /^deck\.yaml:2:1: /);
  assert.match(tab.hint, /use spaces/);
  // The caret stays under the column: the tab is shown as one space.
  assert.match(tab.message, /\n> 2 \| {2}number: 125\n {4}\| \^$/);
  for (const text of ['Time: 10:00', 'QUIC: status: open', 'a: b: c']) {
    const colon = refusal(`${HEAD}agenda:\n  items:\n    - { topic: ${text}, minutes: 5 }\n`);
    assert.equal(colon.code, 'yaml-syntax', text);
    assert.match(colon.hint, /put the text in quotes/, text);
  }
  // A comma inside { } parses (as a key with no value): the validation names it with the same fix.
  const comma = errorsOf(`${HEAD}agenda:\n  items:\n    - { topic: Welcome, Administrivia, minutes: 5 }\n`);
  assert.ok(
    comma.some((m) => /Administrivia.*put the text in quotes.*\(deck\.yaml:9:25\)/.test(m)),
    comma.join('\n'),
  );
});

test('alias expansion is limited, with the first alias located: an alias bomb ends at once', () => {
  // The billion-laughs shape of ../shared/hostile/alias-small-stackoverflow.yaml, deeper: 10^9 nodes.
  const levels = Array.from({ length: 9 }, (_, i) => `        - &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`);
  const bomb =
    `${HEAD}agenda:\n  items:\n    - topic: t\n      notes:\n        ` +
    `- &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${levels.join('\n')}\n`;
  const started = performance.now();
  const e = refusal(bomb);
  assert.ok(performance.now() - started < 5000, 'the limit is checked before the expansion');
  assert.equal(e.code, 'yaml-too-complex');
  assert.match(e.message, /^deck\.yaml:12:16: the aliases \(\*name\) expand to more than 100 times/);
  // A few aliases, as a chair may use them for a shared list, are fine.
  const shared =
    `${HEAD}agenda:\n  items:\n    - { topic: a, minutes: 5, notes: ` +
    '&n [x, y] }\n    - { topic: b, minutes: 5, notes: *n }\n';
  assert.deepEqual(
    parseDeck(shared, 'deck.yaml').deck.agenda.items.map((i) => 'notes' in i && i.notes),
    [
      ['x', 'y'],
      ['x', 'y'],
    ],
  );
});

test('nesting deeper than a deck needs is refused with its place, not a stack overflow', () => {
  for (const depth of [40, 100_000]) {
    const e = refusal(`${HEAD}agenda: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    assert.equal(e.code, 'yaml-too-complex', String(depth));
    assert.match(e.message, /^deck\.yaml:\d+:\d+: the values are nested/);
  }
});

test('a deck file over the size limit, a FIFO or a folder is refused by name before it is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-load-'));
  const big = join(dir, 'big.yaml');
  writeFileSync(big, `${MINIMAL}# ${'x'.repeat(MAX_DECK_BYTES)}\n`);
  await assert.rejects(
    loadDeck(big),
    (e: unknown) => isWgdeckError(e) && e.code === 'file-too-large' && e.message.startsWith(`${big} is 1,04`),
  );
  const fifo = join(dir, 'pipe.yaml');
  execFileSync('mkfifo', [fifo]);
  // Opening a FIFO for reading would wait for a writer forever; the test would time out.
  await assert.rejects(
    loadDeck(fifo),
    (e: unknown) => isWgdeckError(e) && e.code === 'not-regular-file' && /named pipe/.test(e.message),
  );
  await assert.rejects(
    loadDeck(dir),
    (e: unknown) => isWgdeckError(e) && e.code === 'not-regular-file' && /a folder/.test(e.message),
  );
  await assert.rejects(
    loadDeck('/dev/zero'),
    (e: unknown) => isWgdeckError(e) && e.code === 'not-regular-file' && /a device/.test(e.message),
  );
});

test('25,000 agenda notes are a located error, not a stack overflow', () => {
  const notes = Array.from({ length: 25_000 }, (_, i) => `        - n${i}`).join('\n');
  assert.deepEqual(errorsOf(`${HEAD}agenda:\n  items:\n    - topic: t\n      notes:\n${notes}\n`), [
    "agenda.items[0].notes: a list of 25,000 items; a deck's lists hold at most 1,000 (deck.yaml:11:9)",
  ]);
});

test('comments and blank lines before a value do not shift its position', () => {
  const src = MINIMAL.replace(
    '    - topic: Welcome\n',
    '    # first\n\n    - topic: Welcome\n      minutes:   # how long\n        five\n',
  );
  assert.deepEqual(errorsOf(src), [
    'agenda.items[0].minutes: expected a number of minutes, got "five" (deck.yaml:13:9)',
  ]);
});

test('an empty value is located on its own line', () => {
  assert.deepEqual(errorsOf(MINIMAL.replace('  number: 123', '  number:')), [
    'meeting.number: expected an IETF meeting number, got nothing (deck.yaml:2:10)',
  ]);
});
