// The slide list: the standard order, the deck's own `slides`, or the standard deck plus
// `extra_slides`; and a located warning for every slide that would vanish without a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDeck } from '../src/deck/load.js';
import { formatProblem } from '../src/errors.js';
import { resolveDeck } from '../src/plan.js';
import { head } from './helpers/deck.js';

const AGENDA = 'agenda:\n  items: [{ topic: Welcome }]\n';

/** Titles of the resolved slides, and the warnings as the CLI prints them (file shown as deck.yaml). */
async function resolved(source: string): Promise<{ titles: string[]; warnings: string[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'wgdeck-resolve-')), 'deck.yaml');
  writeFileSync(file, source);
  const { deck, positions } = parseDeck(source, file);
  const r = await resolveDeck(deck, { positions });
  return {
    titles: r.slides.map((s) => s.title),
    warnings: r.warnings.map((w) => formatProblem(w).replace(relative(process.cwd(), file), 'deck.yaml')),
  };
}

const IETF_123 = head('number: 123\n  city: Madrid\n  date: 2025-07-22');
const STANDARD_123 = [
  'IETF 123 SAAG WG',
  'Note Well',
  'Note Really Well',
  'IETF 123 Meeting Tips',
  'Resources for IETF 123 Madrid',
  'Administrivia',
  'Agenda',
];

test('extra_slides: the standard deck plus these, at the end or after a standard slide', async () => {
  const r = await resolved(`${IETF_123}${AGENDA}extra_slides:
  - section: Open Mic
  - after: agenda
    slides:
      - discussion: { title: Adoption?, questions: [Adopt it?] }
      - table: { title: Interop, columns: [A], rows: [[x]] }
  - after: note-well
    slides: [{ markdown: "# Process" }]
  - section: Thanks
`);
  assert.deepEqual(r.titles, [
    'IETF 123 SAAG WG',
    'Note Well',
    'Process',
    'Note Really Well',
    'IETF 123 Meeting Tips',
    'Resources for IETF 123 Madrid',
    'Administrivia',
    'Agenda',
    'Adoption?',
    'Interop',
    'Open Mic',
    'Thanks',
  ]);
  assert.deepEqual(r.warnings, []);
});

test(
  'extra_slides: a standard slide named there keeps its ' + 'place, with its options, and shows even out of its era',
  async () => {
    const src =
      `${head('number: 125\n  date: 2026-03-17')}${AGENDA}extra_slides:\n  - note-really-well\n ` +
      ' - agenda: { speaker_notes: Bash it }\n';
    const { deck, positions } = parseDeck(src, 'deck.yaml');
    const r = await resolveDeck(deck, { positions });
    assert.deepEqual(
      r.slides.map((s) => s.title),
      [
        'IETF 125 SAAG WG',
        'Note Well',
        'Note Really Well',
        'IETF 125 Meeting Tips',
        'Resources for IETF 125',
        'Administrivia',
        'Agenda',
      ],
    );
    assert.equal(r.slides.find((s) => s.kind === 'agenda')?.notes, 'Bash it');
    assert.deepEqual(r.warnings, []);
  },
);

test('extra_slides after a slide this meeting does not have: after the one before it', async () => {
  const r = await resolved(
    `${head('number: 110\n  date: 2021-03-08')}${AGENDA}extra_slides:\n  - after: resources\n ` +
      '   slides: [{ section: Hello }]\n',
  );
  assert.deepEqual(r.titles, ['IETF 110 SAAG WG', 'Note Well', 'Hello', 'Administrivia', 'Agenda']);
  assert.deepEqual(r.warnings, []);
});

test('slides listing one extra slide: a warning for every standard slide it leaves out, at the list', async () => {
  const r = await resolved(`${IETF_123}${AGENDA}slides:\n  - section: Open Mic\n`);
  assert.deepEqual(r.titles, ['Open Mic']);
  const leftOut = ['title', 'note-well', 'note-really-well', 'meeting-tips', 'resources', 'administrivia', 'agenda'];
  assert.deepEqual(
    r.warnings,
    leftOut.map(
      (kind) =>
        `warning: slides: the list leaves out \`${kind}\`, which the standard ` +
        'deck of this meeting shows; list it, or keep the standard deck and add ' +
        `your slides with \`extra_slides\` instead of \`slides\` (deck.yaml:11:3)`,
    ),
  );
  // Slides the meeting does not have, or that were turned off, are not missed.
  const off = await resolved(
    `${IETF_123}${AGENDA}boilerplate: { note_really_well: false, meeting_tips: false, resources: ` +
      'false }\nadministrivia: false\nslides: [title, note-well, agenda]\n',
  );
  assert.deepEqual(off.warnings, []);
  const all = await resolved(
    `${IETF_123}${AGENDA}slides: [title, note-well, note-really-well, ` +
      'meeting-tips, resources, administrivia, agenda]\n',
  );
  assert.deepEqual([all.titles, all.warnings], [STANDARD_123, []]);
});

test('a slide the deck names that shows nothing is a warning at its entry, saying why', async () => {
  const r = await resolved(`${head('number: 110\n  date: 2021-03-08')}${AGENDA}boilerplate: { note_well: false }
slides:
  - title
  - note-well
  - meeting-tips
  - resources
  - administrivia
  - agenda
  - milestones
`);
  assert.deepEqual(r.titles, ['IETF 110 SAAG WG', 'Administrivia', 'Agenda']);
  assert.deepEqual(r.warnings, [
    'warning: slides[1]: no `note-well` slide: `boilerplate.note_well` is false (deck.yaml:12:5)',
    'warning: slides[2]: no `meeting-tips` slide: the template ' +
      'has it from IETF 116 on, and this is IETF 110 (deck.yaml:13:5)',
    'warning: slides[3]: no `resources` slide: the template has ' +
      'it from IETF 121 on, and this is IETF 110 (deck.yaml:14:5)',
    'warning: slides[6]: no `milestones` slide: the deck lists no `milestones` (deck.yaml:17:5)',
  ]);
});

test('out of place in extra_slides too: interims have no tips, documents need documents', async () => {
  const r = await resolved(
    `${head('interim: true\n  date: 2026-01-15')}${AGENDA}extra_slides:\n  - meeting-tips\n  - ` +
      'after: agenda\n    slides: [documents]\n',
  );
  assert.deepEqual(r.titles, ['SAAG Interim Meeting', 'Note Well', 'Administrivia', 'Agenda']);
  assert.deepEqual(r.warnings, [
    'warning: extra_slides[0]: no `meeting-tips` slide: the template ' +
      'has it for IETF meetings only, not interims (deck.yaml:10:5)',
    'warning: extra_slides[1].slides[0]: no `documents` slide: the deck lists no `documents` (deck.yaml:12:14)',
  ]);
});

test('meeting_tips: false is why a named tips slide is missing', async () => {
  const r = await resolved(`${IETF_123}${AGENDA}boilerplate: { meeting_tips: false }\nextra_slides: [meeting-tips]\n`);
  assert.deepEqual(r.warnings, [
    'warning: extra_slides[0]: no `meeting-tips` slide: `boilerplate.meeting_tips` is false (deck.yaml:11:16)',
  ]);
});

test("the chairs' lines for a boilerplate slide the deck does not show are a warning at them", async () => {
  const extra = 'boilerplate:\n  tips_extra: { remote: [Mute] }\n  resources_extra: [Slides]\n';
  const r = await resolved(`${head('number: 110\n  date: 2021-03-08')}${AGENDA}${extra}`);
  assert.deepEqual(r.warnings, [
    'warning: boilerplate.tips_extra: these lines go on the ' +
      '`meeting-tips` slide, which this deck does not show (deck.yaml:10:15)',
    'warning: boilerplate.resources_extra: these lines go on the ' +
      '`resources` slide, which this deck does not show (deck.yaml:11:20)',
  ]);
  assert.deepEqual((await resolved(`${IETF_123}${AGENDA}${extra}`)).warnings, []);
});
