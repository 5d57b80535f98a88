import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agendaPlan } from '../../src/slides/agenda-plan.js';
import { deckOf, head } from '../helpers/deck.js';

const ITEMS =
  'agenda:\n  items:\n    - { topic: Welcome, presenter: Chairs, minutes: 5 }\n  ' +
  '  - section: WG items\n      items:\n        - { topic: QLOG, minutes: 20 }\n ' +
  '       - { topic: Hackathon report }\n    - { topic: Open Mic, minutes: 10 }\n';

test(
  "the presenter's plan: each item's start and end in " + "meeting time, sections, and the meeting's day and time zone",
  () => {
    const meeting = 'number: 125\n  date: 2026-03-17\n  start: "09:30"\n  duration: 60\n  timezone: Asia/Shanghai';
    const plan = agendaPlan(deckOf(`${head(meeting)}${ITEMS}`));
    assert.deepEqual(
      plan.items.map((i) => [i.section, i.topic, i.offset, i.start, i.end]),
      [
        [undefined, 'Welcome', 0, '09:30', '09:35'],
        ['WG items', 'QLOG', 5, '09:35', '09:55'],
        [undefined, 'Hackathon report', 25, '09:55', undefined],
        // An item without minutes stops the clock, as on the agenda slide.
        [undefined, 'Open Mic', undefined, undefined, undefined],
      ],
    );
    assert.equal(plan.end, '10:30');
    assert.equal(plan.duration, 60);
    // The browser turns them into the instant the session starts (test/render/viewer/client.test.ts).
    assert.deepEqual([plan.date, plan.start, plan.timezone], ['2026-03-17', '09:30', 'Asia/Shanghai']);
  },
);

test('without a start time or a time zone, the plan has durations only: the start key leads', () => {
  const untimed = agendaPlan(
    deckOf(
      `${head('number: 125\n  date: 2026-03-17')}agenda: { items: [{ topic: A, minutes: ` +
        '5 }, { topic: B, minutes: 10 }] }\n',
    ),
  );
  assert.deepEqual(
    untimed.items.map((i) => [i.offset, i.minutes, i.start]),
    [
      [0, 5, undefined],
      [5, 10, undefined],
    ],
  );
  assert.equal(untimed.duration, 15);
  assert.equal(untimed.start, undefined);
  const noZone = agendaPlan(
    deckOf(
      `${head('number: 125\n  date: 2026-03-17\n  start: "13:00"')}agenda: { items: [{ topic: A, minutes: 5 }] }\n`,
    ),
  );
  assert.equal(noZone.items[0].start, '13:00');
  assert.equal(noZone.end, '13:05');
  assert.equal(noZone.timezone, undefined);
});
