import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agendaPlan } from '../../src/slides/agenda-plan.js';
import { zonedInstant } from '../../src/ietf/dates.js';
import { deckOf, head } from '../helpers/deck.js';

const ITEMS =
  'agenda:\n  items:\n    - { topic: Welcome, presenter: Chairs, minutes: 5 }\n  ' +
  '  - section: WG items\n      items:\n        - { topic: QLOG, minutes: 20 }\n ' +
  '       - { topic: Hackathon report }\n    - { topic: Open Mic, minutes: 10 }\n';

test(
  "the presenter's plan: each item's start and end in " + 'meeting time, sections, and the instant the session starts',
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
    assert.equal(plan.startsAt, Date.UTC(2026, 2, 17, 1, 30));
  },
);

test('without a start time or a time zone, the plan has durations only and no instant: the start key leads', () => {
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
  assert.equal(untimed.startsAt, undefined);
  const noZone = agendaPlan(
    deckOf(
      `${head('number: 125\n  date: 2026-03-17\n  start: "13:00"')}agenda: { items: [{ topic: A, minutes: 5 }] }\n`,
    ),
  );
  assert.equal(noZone.items[0].start, '13:00');
  assert.equal(noZone.end, '13:05');
  assert.equal(noZone.startsAt, undefined);
});

test('a wall-clock time in a time zone is one instant, daylight saving time included', () => {
  assert.equal(zonedInstant('2026-03-17', '09:30', 'Asia/Shanghai'), Date.UTC(2026, 2, 17, 1, 30));
  assert.equal(zonedInstant('2026-07-20', '09:30', 'Europe/Madrid'), Date.UTC(2026, 6, 20, 7, 30));
  assert.equal(zonedInstant('2026-01-20', '09:30', 'Europe/Madrid'), Date.UTC(2026, 0, 20, 8, 30));
  // The morning the clocks go forward in New York (02:00 -> 03:00).
  assert.equal(zonedInstant('2026-03-08', '03:30', 'America/New_York'), Date.UTC(2026, 2, 8, 7, 30));
});
