import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '../../src/deck/load.js';
import { validateDeck } from '../../src/deck/validate.js';
import type { Problem, WgdeckError } from '../../src/errors.js';
import { HEAD, MINIMAL, errorsOf, problemsOf } from './helpers.js';
import { joined } from '../helpers/regex.js';

test('wrong type: the message of deck-format.md, at the value', () => {
  const src = `# TEEP at IETF 101
meeting:
  number: 101
  date: 2018-03-19
group:
  acronym: teep
  name: Trusted Execution Environment Provisioning
agenda:
  items:
    - topic: Welcome
      minutes: 5
    - topic: Architecture
      minutes: 20
    - topic: Protocol
      minutes: five
`;
  assert.deepEqual(errorsOf(src, 'teep.yaml'), [
    'agenda.items[2].minutes: expected a number of minutes, got "five" (teep.yaml:15:16)',
  ]);
});

test('bad enum value, with a suggestion', () => {
  const src = `${HEAD}agenda:\n  style: timd\n  items: [{ topic: A }]\n`;
  assert.deepEqual(errorsOf(src), [
    'agenda.style: expected one of auto, list, timed, table, got "timd"; did you mean `timed`? (deck.yaml:8:10)',
  ]);
});

test('missing required key points at its parent', () => {
  const src =
    'meeting:\n  number: 123\n  date: ' +
    `2025-07-22\ngroup:\n  acronym: saag\n${MINIMAL.split('\n').slice(6).join('\n')}`;
  assert.deepEqual(errorsOf(src), ["group.name: missing; expected the group's full name (deck.yaml:4:1)"]);
});

test('a missing top-level key is reported at the start of the file', () => {
  assert.deepEqual(errorsOf(HEAD), ['agenda: missing; expected a mapping with title, style, items (deck.yaml:1:1)']);
});

test('unknown key: did you mean, at the key', () => {
  const src = `${MINIMAL}milestone:\n  items: []\n`;
  assert.deepEqual(errorsOf(src), ['milestone: unknown key; did you mean `milestones`? (deck.yaml:10:1)']);
});

test('unknown key with nothing close lists the keys expected', () => {
  const [error] = errorsOf(`${HEAD}  colour: blue\nagenda:\n  items: [{ topic: A }]\n`);
  assert.equal(
    error,
    'group.colour: unknown key; expected one of acronym, name, type, ' +
      'chairs, ads, ad_label, secretary, list, links (deck.yaml:7:3)',
  );
});

test('dates must be calendar dates', () => {
  const deck = (date: string) => MINIMAL.replace('2025-07-22', date);
  assert.deepEqual(errorsOf(deck('2025-02-30')), [
    'meeting.date: expected a date YYYY-MM-DD, got "2025-02-30": February 2025 has 28 days (deck.yaml:3:9)',
  ]);
  assert.deepEqual(errorsOf(deck('March')), ['meeting.date: expected a date YYYY-MM-DD, got "March" (deck.yaml:3:9)']);
  assert.deepEqual(errorsOf(deck('2025-13-01')), [
    'meeting.date: expected a date YYYY-MM-DD, got "2025-13-01": there is no month 13 (deck.yaml:3:9)',
  ]);
  assert.equal(parseDeck(deck('2024-02-29'), 'deck.yaml').deck.meeting.date, '2024-02-29');
});

test('milestone due dates: YYYY-MM or a real YYYY-MM-DD', () => {
  const deck = (due: string) => `${MINIMAL}milestones:\n  items:\n    - { due: ${due}, text: Adopt }\n`;
  assert.equal(parseDeck(deck('2018-03'), 'deck.yaml').deck.milestones?.items[0].due, '2018-03');
  assert.deepEqual(errorsOf(deck('2018-04-31')), [
    'milestones.items[0].due: expected a due date YYYY-MM or YYYY-MM-DD, ' +
      'got "2018-04-31": April 2018 has 30 days (deck.yaml:12:14)',
  ]);
  assert.deepEqual(errorsOf(deck('2018')), [
    'milestones.items[0].due: expected a due date YYYY-MM or YYYY-MM-DD, got 2018 (deck.yaml:12:14)',
  ]);
});

test('start must be a valid HH:MM time, and the time zone a real one', () => {
  const deck = (line: string) => MINIMAL.replace('  date: 2025-07-22\n', `  date: 2025-07-22\n  ${line}\n`);
  assert.deepEqual(errorsOf(deck('start: "25:00"')), [
    'meeting.start: expected a time HH:MM (24-hour), got "25:00" (deck.yaml:4:10)',
  ]);
  assert.deepEqual(errorsOf(deck('start: 9:30')), [
    'meeting.start: expected a time HH:MM (24-hour), got "9:30" (deck.yaml:4:10)',
  ]);
  assert.deepEqual(errorsOf(deck('timezone: Europe/Madird')), [
    'meeting.timezone: expected an IANA time zone such as Europe/Madrid, got ' +
      '"Europe/Madird": not a known time zone; did you mean `Europe/Madrid`? (deck.yaml:4:13)',
  ]);
  assert.equal(parseDeck(deck('start: 09:30'), 'deck.yaml').deck.meeting.start, '09:30');
});

test('several errors in one file are all reported, in file order', () => {
  const src = `meeting:
  number: one
  date: 2025-02-30
group:
  acronym: SAAG
  name: Security Area Advisory Group
  type: wgg
agenda:
  items:
    - topic: A
      minutes: -5
`;
  assert.deepEqual(errorsOf(src), [
    'meeting.number: expected an IETF meeting number, got "one" (deck.yaml:2:11)',
    'meeting.date: expected a date YYYY-MM-DD, got "2025-02-30": February 2025 has 28 days (deck.yaml:3:9)',
    'group.acronym: expected the acronym in lower case, as in the datatracker (e.g. saag), got "SAAG" (deck.yaml:5:12)',
    'group.type: expected one of wg, rg, bof, area, dispatch, other, got "wgg"; did you mean `wg`? (deck.yaml:7:9)',
    'agenda.items[0].minutes: expected a number of minutes, got -5 (at least 0) (deck.yaml:11:16)',
  ]);
});

test('nested paths: topics inside an agenda section, in flow style', () => {
  const src = `${HEAD}agenda:
  items:
    - topic: Welcome
    - section: WG Items
      items:
        - { topic: QLOG, minutes: 20 }
        - { topic: ACK, minutes: twenty }
`;
  assert.deepEqual(errorsOf(src), [
    'agenda.items[1].items[1].minutes: expected a number of minutes, got "twenty" (deck.yaml:13:34)',
  ]);
});

test('one clear message for an entry that fits no alternative', () => {
  const section = `${HEAD}agenda:\n  items:\n    - section: WG Items\n      itms: []\n`;
  // The section alternative is the one meant: no "missing topic" from the topic alternative.
  assert.deepEqual(errorsOf(section), [
    'agenda.items[0].items: missing; expected a list of agenda topics (deck.yaml:9:7)',
    'agenda.items[0].itms: unknown key; did you mean `items`? (deck.yaml:10:7)',
  ]);
  assert.deepEqual(errorsOf(`${HEAD}agenda:\n  items:\n    - 42\n`), [
    'agenda.items[0]: expected a topic {topic, presenter, minutes, ' +
      '...} or a section {section, items}, got 42 (deck.yaml:9:7)',
  ]);
  assert.deepEqual(errorsOf(`${HEAD}  chairs: [{ nam: Deb }]\nagenda:\n  items: [{ topic: A }]\n`), [
    'group.chairs[0].name: missing; expected a name (deck.yaml:7:12)',
    'group.chairs[0].nam: unknown key; did you mean `name`? (deck.yaml:7:14)',
  ]);
});

test('a meeting needs a number, or interim: true', () => {
  const noNumber = MINIMAL.replace('  number: 123\n', '');
  assert.deepEqual(errorsOf(noNumber), [
    'meeting.number: expected an IETF meeting number, or `interim: true` for an interim (deck.yaml:1:1)',
  ]);
  const interim = parseDeck(noNumber.replace('meeting:\n', 'meeting:\n  interim: true\n'), 'deck.yaml').deck;
  assert.equal(interim.meeting.interim, true);
  assert.equal(interim.meeting.number, undefined);
});

test('an interim with an IETF meeting number is a contradiction, refused at the number', () => {
  const src = MINIMAL.replace('  number: 123\n', '  number: 120\n  interim: true\n');
  assert.deepEqual(errorsOf(src), [
    'meeting.number: an interim has no IETF meeting number, yet ' +
      '`interim: true` comes with `number: 120`; drop `number` for an interim, ' +
      'or `interim: true` for a session at IETF 120 (deck.yaml:2:3)',
  ]);
  // `interim: false` with a number is an IETF meeting, as without the key.
  assert.equal(parseDeck(src.replace('interim: true', 'interim: false'), 'deck.yaml').deck.meeting.number, 120);
});

test('boilerplate extra lines: a list goes to the in-person tips, a mapping names the sections', () => {
  const extra = (yaml: string) => parseDeck(`${MINIMAL}boilerplate:\n${yaml}`, 'deck.yaml').deck.boilerplate;
  assert.deepEqual(extra('  tips_extra: [Do not use personal hotspots]\n').tips_extra, {
    in_person: ['Do not use personal hotspots'],
  });
  assert.deepEqual(extra('  tips_extra: { remote: [Mute], all: [Be kind, [really]] }\n').tips_extra, {
    remote: ['Mute'],
    all: ['Be kind', ['really']],
  });
  assert.deepEqual(extra('  resources_extra:\n    - Slides\n    - - https://example.org/slides\n').resources_extra, [
    'Slides',
    ['https://example.org/slides'],
  ]);
  assert.deepEqual(errorsOf(`${MINIMAL}boilerplate:\n  tips_extra: { inperson: [x] }\n  note_well_extra: [x]\n`), [
    'boilerplate.tips_extra.inperson: unknown key; did you mean `in_person`? (deck.yaml:11:17)',
    'boilerplate.note_well_extra: unknown key; expected one of note_well, note_really_well, ' +
      'meeting_tips, resources, recorded, tips_extra, resources_extra (deck.yaml:12:3)',
  ]);
  assert.deepEqual(errorsOf(`${MINIMAL}boilerplate:\n  tips_extra: Wear a mask\n`), [
    'boilerplate.tips_extra: expected a list of lines, or a mapping ' +
      'with in_person, remote, all, got "Wear a mask" (deck.yaml:11:15)',
  ]);
});

test('administrivia: false leaves the slide out; true is not a form of it', () => {
  assert.equal(parseDeck(`${MINIMAL}administrivia: false\n`, 'deck.yaml').deck.administrivia, false);
  assert.deepEqual(errorsOf(`${MINIMAL}administrivia: true\n`), [
    'administrivia: expected a mapping with note_takers, chat_scribe, ' +
      'bluesheets, items; or false, got true (deck.yaml:10:16)',
  ]);
  assert.deepEqual(errorsOf(`${MINIMAL}administrivia: { chat_scrib: Bob }\n`), [
    'administrivia.chat_scrib: unknown key; did you mean `chat_scribe`? (deck.yaml:10:18)',
  ]);
});

test("extra_slides: slides, or {after, slides}, with each entry's path; never together with slides", () => {
  const src = `${MINIMAL}extra_slides:
  - section: Open Mic
  - after: agenda
    slides:
      - discussion: { title: Q, questions: [Why?] }
      - note-really-well
  - agenda: { speaker_notes: Bash it }
`;
  const { deck } = parseDeck(src, 'deck.yaml');
  assert.deepEqual(deck.extra_slides, [
    { kind: 'section', options: { title: 'Open Mic' }, path: 'extra_slides[0]' },
    {
      kind: 'discussion',
      options: { title: 'Q', questions: ['Why?'] },
      path: 'extra_slides[1].slides[0]',
      after: 'agenda',
    },
    { kind: 'note-really-well', options: {}, path: 'extra_slides[1].slides[1]', after: 'agenda' },
    { kind: 'agenda', options: { speaker_notes: 'Bash it' }, path: 'extra_slides[2]' },
  ]);
  assert.deepEqual(
    errorsOf(
      `${MINIMAL}extra_slides:\n  - after: agenda\n  - after: agnda\n    slides: ` +
        '[agenda]\n  - discusion: { title: Q, questions: [Why?] }\n',
    ),
    [
      'extra_slides[0].slides: missing; expected a list of slides (deck.yaml:11:5)',
      'extra_slides[1].after: expected a standard slide name: title, note-well, ' +
        'note-really-well, meeting-tips, resources, administrivia, agenda, ' +
        'milestones or documents, got "agnda"; did you mean `agenda`? (deck.yaml:12:12)',
      'extra_slides[2].discusion: unknown slide kind `discusion`; did you mean `discussion`? (deck.yaml:14:5)',
    ],
  );
  assert.deepEqual(errorsOf(`${MINIMAL}slides: [title]\nextra_slides: [agenda]\n`), [
    'extra_slides: `slides` replaces the standard deck and `extra_slides` ' +
      'adds to it: use one of them (drop `slides` to keep the ' +
      'standard deck, or move these slides into `slides`) (deck.yaml:11:1)',
  ]);
});

test('slides: unknown kind with a suggestion, image without alt, two kinds in one entry', () => {
  const src = `${MINIMAL}slides:
  - agnda
  - discusion: { title: Q, questions: [Why?] }
  - image: { src: package.json }
  - { agenda: , markdown: x }
  - agenda: { speaker_note: x }
  - 5
`;
  assert.deepEqual(errorsOf(src), [
    'slides[0]: unknown slide kind `agnda`; did you mean `agenda`? (deck.yaml:11:5)',
    'slides[1].discusion: unknown slide kind `discusion`; did you mean `discussion`? (deck.yaml:12:5)',
    'slides[2].image.alt: missing; expected a description of the image (deck.yaml:13:5)',
    'slides[2].image.src: "package.json" is not a PNG, JPEG, GIF, WebP or ' +
      'SVG image. Give a PNG or JPEG (or GIF, WebP, SVG) file. (deck.yaml:13:19)',
    'slides[3]: expected one slide kind with its options, got a mapping with 2 keys: agenda, markdown (deck.yaml:14:5)',
    'slides[4].agenda.speaker_note: unknown key; did you mean `speaker_notes`? (deck.yaml:15:15)',
    'slides[5]: expected a slide name such as `agenda`, or `kind: ' +
      'options` such as `discussion: {...}`, got 5 (deck.yaml:16:5)',
  ]);
});

test('a custom slide kind is accepted only when its template exists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-kinds-'));
  const src = `${MINIMAL}slides:\n  - mykind: { anything: [1, 2] }\n  - mykind\n`;
  assert.deepEqual(
    errorsOf(src, join(dir, 'deck.yaml')).map((e) => e.replace(dir, 'DIR')),
    [
      'slides[0].mykind: unknown slide kind `mykind`: not a built-in kind, and ' +
        "there is no mykind.hbs in the deck's templates folder (DIR/deck.yaml:11:5)",
      'slides[1]: unknown slide kind `mykind`: not a built-in kind, and there ' +
        "is no mykind.hbs in the deck's templates folder (DIR/deck.yaml:12:5)",
    ],
  );
  writeFileSync(join(dir, 'mykind.hbs'), '{{text anything}}');
  // Found through the deck's `templates` folder (relative to the deck file)...
  const { deck } = parseDeck(`${src}templates: .\n`, join(dir, 'deck.yaml'));
  assert.deepEqual(deck.slides?.[0], { kind: 'mykind', options: { anything: [1, 2] }, path: 'slides[0]' });
  assert.deepEqual(deck.slides?.[1], { kind: 'mykind', options: {}, path: 'slides[1]' });
  // ...or the caller's templates folder.
  assert.equal(parseDeck(src, 'deck.yaml', { templatesDir: dir }).deck.slides?.length, 2);
  // A typo of a custom kind is suggested too.
  assert.deepEqual(errorsOf(`${MINIMAL}slides:\n  - mykidn\n`, 'deck.yaml', { templatesDir: dir }), [
    'slides[0]: unknown slide kind `mykidn`; did you mean `mykind`? (deck.yaml:11:5)',
  ]);
});

test('a custom template named like a built-in kind keeps the built-in options checked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-kinds-'));
  writeFileSync(join(dir, 'agenda.hbs'), '');
  assert.deepEqual(errorsOf(`${MINIMAL}slides:\n  - agenda: { bogus: 1 }\n`, 'deck.yaml', { templatesDir: dir }), [
    'slides[0].agenda.bogus: unknown key; expected one of speaker_notes (deck.yaml:11:15)',
  ]);
});

test('a templates folder that does not exist is an error', () => {
  const [error] = errorsOf(`${MINIMAL}templates: no-such-folder\n`, '/tmp/deck.yaml');
  assert.match(
    error,
    joined(
      /^templates: expected a folder of templates relative to the deck file, /,
      /but \/tmp\/no-such-folder is not one \(\/tmp\/deck\.yaml:10:12\)$/,
    ),
  );
});

test('defaults are applied and shorthands normalized', () => {
  const { deck } = parseDeck(MINIMAL, 'deck.yaml');
  assert.equal(deck.meeting.interim, false);
  assert.equal(deck.group.type, 'wg');
  assert.deepEqual([deck.group.chairs, deck.group.ads, deck.group.secretary, deck.group.links], [[], [], [], {}]);
  assert.deepEqual(deck.title, { lines: [] });
  assert.equal(deck.theme, 'ietf');
  assert.deepEqual(deck.style, {});
  assert.deepEqual(deck.boilerplate, {
    note_well: 'auto',
    note_really_well: 'auto',
    meeting_tips: 'auto',
    resources: 'auto',
    recorded: 'auto',
    tips_extra: { in_person: [] },
    resources_extra: [],
  });
  assert.deepEqual(deck.links, {});
  assert.deepEqual(deck.agenda, {
    title: 'Agenda',
    style: 'auto',
    items: [{ topic: 'Welcome', drafts: [], notes: [] }],
  });
  assert.deepEqual(deck.documents, []);
  assert.equal(deck.slides, undefined);
  assert.deepEqual(deck.extra_slides, []);
  assert.equal(deck.administrivia, undefined);
  assert.equal(deck.milestones, undefined);
});

test('people, boilerplate eras, documents, milestones and slide shorthands are normalized', () => {
  const src = `${HEAD}  chairs: [Deb Cooley, { name: Paul Wouters, remote: true }]
  ads: Roman Danyliw
boilerplate: { note_well: 2018 }
administrivia: { note_takers: 2 }
agenda:
  items:
    - topic: A
      notes:
        - Goal: find WG participants
        - [nested]
milestones:
  items: [{ due: 2018-03, text: Adopt }]
documents:
  - name: draft-ietf-teep-architecture
  - name: draft-someone-idea
  - { name: rfc9334, stage: publication }
slides:
  - markdown: "## Hello"
  - markdown: { text: "## Again", speaker_notes: Slowly }
  - section: Open Mic
  - section: { title: Thanks, subtitle: Bye }
  - table: { title: T, columns: [Year, N], rows: [[2025, 3]] }
  - agenda:
  - agenda: { speaker_notes: Remind people to sign in }
`;
  const { deck } = parseDeck(src, 'deck.yaml');
  assert.deepEqual(deck.group.chairs, [{ name: 'Deb Cooley' }, { name: 'Paul Wouters', remote: true }]);
  assert.deepEqual(deck.group.ads, [{ name: 'Roman Danyliw' }]);
  assert.equal(deck.boilerplate.note_well, '2018');
  assert.deepEqual(deck.administrivia, { note_takers: 2, bluesheets: 'auto', items: [] });
  assert.deepEqual(deck.agenda.items[0], { topic: 'A', notes: ['Goal: find WG participants', ['nested']], drafts: [] });
  assert.deepEqual(deck.milestones, {
    title: 'Milestones',
    items: [{ due: '2018-03', text: 'Adopt', status: 'pending' }],
  });
  assert.deepEqual(
    deck.documents.map((d) => [d.stage, d.on_agenda]),
    [
      ['wg', false],
      ['individual', false],
      ['publication', false],
    ],
  );
  assert.deepEqual(
    deck.slides?.map((s) => [s.kind, s.options]),
    [
      ['markdown', { markdown: '## Hello' }],
      ['markdown', { markdown: '## Again', speaker_notes: 'Slowly' }],
      ['section', { title: 'Open Mic' }],
      ['section', { title: 'Thanks', subtitle: 'Bye' }],
      ['table', { title: 'T', columns: ['Year', 'N'], rows: [['2025', '3']] }],
      ['agenda', {}],
      ['agenda', { speaker_notes: 'Remind people to sign in' }],
    ],
  );
  assert.deepEqual(
    deck.slides?.map((s) => s.path),
    ['slides[0]', 'slides[1]', 'slides[2]', 'slides[3]', 'slides[4]', 'slides[5]', 'slides[6]'],
  );
});

test('dates and times stay strings, never Date objects', () => {
  const { deck } = parseDeck(
    MINIMAL.replace('  date: 2025-07-22\n', '  date: 2025-07-22\n  start: 09:30\n'),
    'deck.yaml',
  );
  assert.equal(deck.meeting.date, '2025-07-22');
  assert.equal(deck.meeting.start, '09:30');
});

test('validateDeck works without positions, and errors carry the file as given', () => {
  assert.throws(
    () => validateDeck({ meeting: { number: 1, date: 'x' } }, { file: 'decks/a.yaml' }),
    (e: WgdeckError<{ problems: Problem[] }>) => {
      const problems = e.args.problems;
      assert.ok(problems.length >= 3);
      assert.ok(
        problems.every((p) => p.file === 'decks/a.yaml' && p.line === 1 && p.col === 1 && p.severity === 'error'),
      );
      return true;
    },
  );
});

test('an empty file is a clear error', () => {
  assert.deepEqual(
    problemsOf('').map((p) => p.message),
    ['expected a deck: a mapping with `meeting`, `group` and `agenda`, got an empty file'],
  );
});

test('keys named like Object.prototype members are unknown keys, wherever they stand', () => {
  for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    const src =
      `meeting:\n  number: 123\n  date: 2025-07-22\n  ${key}: 1\ngroup:\n  acronym: saag\n  ` +
      `name: S\n  chairs: [A]\n${key}: { x: 1 }\nagenda:\n  items:\n    - { topic: t, ${key}: 2 }\n`;
    const errors = errorsOf(src);
    assert.deepEqual(
      errors.map((e) => e.replace(/;.*\(/, ' (')),
      [
        `meeting.${key}: unknown key (deck.yaml:4:3)`,
        `${key}: unknown key (deck.yaml:9:1)`,
        `agenda.items[0].${key}: unknown key (deck.yaml:12:19)`,
      ],
      key,
    );
  }
});

test('chairs: A, B, a name with its email in it, "A and B": one person per entry, the email apart', () => {
  const src =
    'meeting:\n  number: 123\n  date: 2025-07-22\ngroup:\n  acronym: saag\n  name: S\n  chairs: ' +
    'Deb Cooley, Paul Wouters\n  ads: ["Roman Danyliw <rdd@example.org>", roman@example.org]\n ' +
    ' secretary: [{ name: A and B }, C & D, "E; F"]\nagenda:\n  items:\n    - { topic: t }\n';
  assert.deepEqual(
    errorsOf(src).map((e) => e.replace(/; give.*\(/, ' (')),
    [
      'group.chairs: "Deb Cooley, Paul Wouters": more than one person in one name (deck.yaml:7:11)',
      'group.ads[0]: "Roman Danyliw <rdd@example.org>": an email address in the name (deck.yaml:8:9)',
      'group.ads[1]: "roman@example.org": an email address in the name (deck.yaml:8:44)',
      'group.secretary[0].name: "A and B": more than one person in one name (deck.yaml:9:23)',
      'group.secretary[1]: "C & D": more than one person in one name (deck.yaml:9:34)',
      'group.secretary[2]: "E; F": more than one person in one name (deck.yaml:9:41)',
    ],
  );
  // Names as chairs write them stay valid: hyphens, apostrophes, accents, "Jr.".
  assert.equal(
    parseDeck(
      src.replace(
        /chairs: .*\n {2}ads: .*\n {2}secretary: .*\n/,
        "chairs: [Jean-Marc O'Brien, Zaheduzzaman Sarker Jr., Éric Vyncke, Andersen]\n",
      ),
      'deck.yaml',
    ).deck.group.chairs.length,
    4,
  );
});

test("the starter deck's placeholders left in are errors, each located", () => {
  const src =
    `${HEAD}  chairs: [Chair One, { name: Chair Two }]\nagenda:\n  items:\n ` +
    '   - { topic: A working-group draft, presenter: An Author, ' +
    'drafts: [draft-ietf-saag-example, draft-ietf-saag-real] }\n';
  assert.deepEqual(
    errorsOf(src).map((e) => e.replace(/ is a placeholder.*\(/, ' (')),
    [
      'group.chairs[0]: `Chair One` (deck.yaml:7:12)',
      'group.chairs[1].name: `Chair Two` (deck.yaml:7:31)',
      'agenda.items[0].topic: `A working-group draft` (deck.yaml:10:16)',
      'agenda.items[0].presenter: `An Author` (deck.yaml:10:50)',
      'agenda.items[0].drafts[0]: `draft-ietf-saag-example` (deck.yaml:10:70)',
    ],
  );
});

test('an unknown time zone suggests the closest known one', () => {
  const tz = (zone: string) =>
    errorsOf(
      `${HEAD}  chairs: [A]\nagenda:\n  items: [{ topic: t }]\n`.replace(
        '  date: 2025-07-22\n',
        `  date: 2025-07-22\n  timezone: ${zone}\n`,
      ),
    );
  assert.match(tz('Asia/Shenzhen')[0], /"Asia\/Shenzhen": not a known time zone; did you mean `Asia\/Shanghai`\?/);
  assert.match(tz('Europe/Madird')[0], /did you mean `Europe\/Madrid`\?/);
  assert.doesNotMatch(tz('Mars/Olympus_Mons')[0], /did you mean/);
});

test('a zone outside the canonical list but known to the runtime is accepted: UTC, aliases, Etc/GMT+5', () => {
  assert.ok(!Intl.supportedValuesOf('timeZone').includes('UTC'), 'UTC is not in the canonical list');
  for (const zone of ['UTC', 'US/Pacific', 'Etc/GMT+5', 'Europe/Madrid']) {
    const source = MINIMAL.replace('  date: 2025-07-22\n', `  date: 2025-07-22\n  timezone: ${zone}\n`);
    assert.equal(parseDeck(source, 'deck.yaml').deck.meeting.timezone, zone);
  }
});
