import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ietfMeeting, nextMeeting } from '../../src/ietf/meetings.js';

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
