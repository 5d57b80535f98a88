import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingDateProblem, meetingWeek } from '../../src/ietf/meetings.js';
import { isWgdeckError } from '../../src/errors.js';
import { slidesOf } from '../helpers/deck.js';

test('a session date must fall in its IETF meeting\'s week, where wgdeck knows the week', () => {
  assert.deepEqual(meetingWeek(125), { first: '2026-03-14', last: '2026-03-20' });
  for (const date of ['2026-03-14', '2026-03-17', '2026-03-20']) assert.equal(meetingDateProblem(125, date), undefined, date);
  assert.match(meetingDateProblem(125, '2026-03-21')!, /^2026-03-21 is not during IETF 125, which runs from 2026-03-14 to 2026-03-20/);
  assert.match(meetingDateProblem(124, '2025-07-22')!, /IETF 124, which runs from 2025-11-01 to 2025-11-07/);
  // A meeting whose dates wgdeck does not know is not guessed at; an interim has no week.
  assert.equal(meetingDateProblem(119, '1999-01-01'), undefined);
  assert.equal(meetingDateProblem(undefined, '2026-03-24'), undefined);
});

test('a deck whose date is not in its meeting\'s week is refused', async () => {
  const deck = 'meeting:\n  number: 125\n  date: 2026-04-17\ngroup:\n  acronym: quic\n  name: QUIC\n  chairs: [Lucas Pardue]\nagenda:\n  items: [{ topic: t }]\n';
  await assert.rejects(slidesOf(deck), (e: unknown) => isWgdeckError(e) && e.code === 'deck-invalid' && /meeting\.date: 2026-04-17 is not during IETF 125, which runs from 2026-03-14 to 2026-03-20/.test(e.message));
  assert.ok((await slidesOf(deck.replace('2026-04-17', '2026-03-17'))).length > 3);
});
