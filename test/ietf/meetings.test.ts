import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ietfMeeting, meetingDateProblem, nextMeeting } from '../../src/ietf/meetings.js';
import { isWgdeckError } from '../../src/errors.js';
import { slidesOf } from '../helpers/deck.js';

test('the next meeting is the first one not over yet', () => {
  assert.equal(nextMeeting('2026-03-20').number, 125, 'its last day');
  assert.equal(nextMeeting('2026-03-21').number, 126);
  assert.equal(nextMeeting('2026-07-01').city, 'Vienna');
});

test('past the announced ones, the three-a-year rhythm gives the month', () => {
  assert.deepEqual(ietfMeeting(128), { number: 128, start: '2027-03-01', end: '2027-03-01', estimated: true });
  assert.equal(ietfMeeting(130)?.start, '2027-11-01');
  assert.equal(nextMeeting('2026-11-23').number, 128);
  assert.equal(nextMeeting('2027-03-31').number, 128);
  assert.equal(nextMeeting('2027-04-01').number, 129);
});

test("a session date must fall in its IETF meeting's week, where wgdeck knows the week", () => {
  for (const date of ['2026-03-14', '2026-03-17', '2026-03-20'])
    assert.equal(meetingDateProblem(125, date), undefined, date);
  assert.match(
    meetingDateProblem(125, '2026-03-21')!,
    /^2026-03-21 is not during IETF 125, which runs from 2026-03-14 to 2026-03-20/,
  );
  assert.match(meetingDateProblem(124, '2025-07-22')!, /IETF 124, which runs from 2025-11-01 to 2025-11-07/);
  // A meeting whose dates are only estimated is not checked; an interim has no week.
  assert.equal(meetingDateProblem(140, '1999-01-01'), undefined);
  assert.equal(meetingDateProblem(undefined, '2026-03-24'), undefined);
});

test("a deck whose date is not in its meeting's week is refused", async () => {
  const deck =
    'meeting:\n  number: 125\n  date: 2026-04-17\ngroup:\n  acronym: quic\n ' +
    ' name: QUIC\n  chairs: [Lucas Pardue]\nagenda:\n  items: [{ topic: t }]\n';
  await assert.rejects(
    slidesOf(deck),
    (e: unknown) =>
      isWgdeckError(e) &&
      e.code === 'deck-invalid' &&
      /meeting\.date: 2026-04-17 is not during IETF 125, which runs from 2026-03-14 to 2026-03-20/.test(e.message),
  );
  assert.ok((await slidesOf(deck.replace('2026-04-17', '2026-03-17'))).length > 3);
});
