import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered, slidesOf } from '../helpers/deck.js';

const MILESTONES =
  'agenda:\n  items: [{ topic: Welcome }]\nmilestones:\n  note: need to be fixed\n  items:\n ' +
  '   - { due: 2018-03, text: Adopt an Architecture document }\n    - { due: 2018-02-15, ' +
  'text: Adopt a solution document }\n    - { due: 2017-11, text: Recharter, status: ' +
  'done }\n    - { due: 2017-10, text: Old plan, status: revised }\nslides: [milestones]\n';

type Row = { due: string; overdue: boolean; done: boolean };

async function rows(date: string): Promise<Row[]> {
  // An interim: its date may be any day (an IETF meeting's must fall in the meeting's week).
  const [slide] = await slidesOf(`${head(`interim: true\n  date: ${date}`)}${MILESTONES}`);
  return slide.data.rows as Row[];
}

test('due dates read "Mar 2018" and "Feb 15, 2018"; the note stands under the title', async () => {
  const r = await rendered(`${head('number: 101\n  date: 2018-03-19')}${MILESTONES}`);
  assert.match(r.markdowns[0], /Mar 2018.*Adopt an Architecture document/);
  assert.match(r.markdowns[0], /Feb 15, 2018.*Adopt a solution document/);
  assert.match(r.sections[0], /<p class="note">need to be fixed<\/p>/);
});

test('pending past its due month at the meeting date is overdue; done is marked done; revised is neither', async () => {
  // 2018-03 is due until the end of March: not overdue on March 19, overdue in April.
  assert.deepEqual(
    (await rows('2018-03-19')).map((r) => r.overdue),
    [false, true, false, false],
  );
  assert.deepEqual(
    (await rows('2018-04-01')).map((r) => r.overdue),
    [true, true, false, false],
  );
  const r = await rendered(`${head('interim: true\n  date: 2018-04-01')}${MILESTONES}`);
  assert.equal((r.sections[0].match(/class="overdue">Overdue/g) ?? []).length, 2);
  assert.equal((r.sections[0].match(/class="done">✓ Done/g) ?? []).length, 1);
  assert.match(r.markdowns[0], /Old plan \| revised \|/);
});

test('due dates are calendar dates in every time zone, including negative UTC offsets', async () => {
  const saved = process.env.TZ;
  try {
    for (const tz of ['America/Los_Angeles', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      assert.deepEqual(
        (await rows('2018-03-19')).map((r) => r.due),
        ['Mar 2018', 'Feb 15, 2018', 'Nov 2017', 'Oct 2017'],
        tz,
      );
      assert.deepEqual(
        (await rows('2018-03-31')).map((r) => r.overdue),
        [false, true, false, false],
        tz,
      );
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('many milestones continue on "Milestones (2/2)"; none means no slide', async () => {
  const items = Array.from(
    { length: 14 },
    (_, i) =>
      `    - { due: 2026-${String((i % 12) + 1).padStart(2, '0')}, text: ` +
      `Submit document number ${i + 1} to the IESG as Proposed Standard }`,
  ).join('\n');
  const slides = await slidesOf(
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nmilestones:\n  items:\n${items}\nslides: [milestones]\n`,
  );
  assert.deepEqual(
    slides.map((s) => s.title),
    ['Milestones (1/2)', 'Milestones (2/2)'],
  );
  assert.equal(slides.flatMap((s) => s.data.rows as Row[]).length, 14);
  assert.deepEqual(await slidesOf(`${head()}agenda:\n  items: [{ topic: Welcome }]\nslides: [milestones]\n`), []);
});

test('milestones without dates: no Due column; among dated ones, an empty cell and never overdue', async () => {
  const deck = (items: string) =>
    `${head('interim: true\n  date: 2026-04-01')}agenda:\n  items: [{ topic: Welcome }]\n` +
    `milestones:\n  items:\n${items}slides: [milestones]\n`;
  const dateless = await rendered(
    deck('    - { text: Adopt a QMux document }\n    - { text: Submit multipath, status: done }\n'),
  );
  assert.match(dateless.markdowns[0], /^\| Milestone \| Status \|$/m);
  assert.doesNotMatch(dateless.markdowns[0], /Due/);
  assert.match(dateless.markdowns[0], /^\| Adopt a QMux document \| pending \|$/m);
  assert.match(dateless.sections[0], /<th>Milestone<\/th>\s*<th>Status<\/th>/);
  assert.equal((dateless.sections[0].match(/<td>/g) ?? []).length, 4);
  // Pending with no date is never overdue.
  assert.doesNotMatch(dateless.sections[0], /Overdue/);
  const mixed = await rendered(
    deck('    - { due: 2025-11, text: Submit multipath }\n    - { text: Adopt a QMux document }\n'),
  );
  assert.match(mixed.markdowns[0], /^\| Due \| Milestone \| Status \|$/m);
  assert.match(mixed.markdowns[0], /^\| <span class="nowrap"><\/span> \| Adopt a QMux document \| pending \|$/m);
  assert.equal((mixed.sections[0].match(/class="overdue">Overdue/g) ?? []).length, 1);
});
