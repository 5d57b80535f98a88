import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Meeting } from '../../src/deck/types.js';
import {
  bluesheetsMode,
  meetingTipsEra,
  noteWellEra,
  recordedByDefault,
  resourcesEra,
  showNoteReallyWell,
} from '../../src/ietf/eras.js';

// The date contradicts the number on purpose: an IETF meeting is decided by its number alone.
const ietf = (number: number): Meeting => ({ number, interim: false, date: '2000-01-01' });
const interim = (date: string): Meeting => ({ interim: true, date });

test('Note Well era by IETF meeting number', () => {
  const cases: Array<[number, string]> = [
    [60, '2013'], // before IETF 88: the oldest text we carry
    [88, '2013'],
    [100, '2013'],
    [101, '2018'],
    [123, '2018'],
    [124, '2025'],
    [130, '2025'],
  ];
  for (const [n, era] of cases) assert.equal(noteWellEra(ietf(n), 'auto'), era, `IETF ${n}`);
});

test('Note Well era of interims by date, switching on the first day of IETF 101 and 124', () => {
  const cases: Array<[string, string]> = [
    ['2012-06-01', '2013'],
    ['2018-03-16', '2013'],
    ['2018-03-17', '2018'],
    ['2025-10-31', '2018'],
    ['2025-11-01', '2025'],
  ];
  for (const [date, era] of cases) assert.equal(noteWellEra(interim(date), 'auto'), era, date);
});

test('an interim is decided by date even when it carries a number; no number means by date', () => {
  assert.equal(noteWellEra({ interim: true, number: 123, date: '2025-12-01' }), '2025');
  assert.equal(noteWellEra({ interim: false, date: '2019-03-05' }), '2018');
});

test('Note Well override wins over the meeting', () => {
  assert.equal(noteWellEra(ietf(124), '2018'), '2018');
  assert.equal(noteWellEra(ietf(95), '2025'), '2025');
  assert.equal(noteWellEra(ietf(123), false), false);
});

test('Note Really Well: IETF 118 to 123, interims from 2023-11-04 to 2025-10-31', () => {
  assert.equal(showNoteReallyWell(ietf(117)), false);
  assert.equal(showNoteReallyWell(ietf(118)), true);
  assert.equal(showNoteReallyWell(ietf(123)), true);
  assert.equal(showNoteReallyWell(ietf(124)), false);
  assert.equal(showNoteReallyWell(interim('2023-11-03')), false);
  assert.equal(showNoteReallyWell(interim('2023-11-04')), true);
  assert.equal(showNoteReallyWell(interim('2025-10-31')), true);
  assert.equal(showNoteReallyWell(interim('2025-11-01')), false);
  assert.equal(showNoteReallyWell(ietf(100), true), true);
  assert.equal(showNoteReallyWell(ietf(120), false), false);
});

test('Meeting Tips era: none before 116, then 116, 117-120, 121-124, 125+; none for interims', () => {
  const cases: Array<[number, string | false]> = [
    [115, false],
    [116, '116'],
    [117, '117-120'],
    [120, '117-120'],
    [121, '121-124'],
    [124, '121-124'],
    [125, '125+'],
    [130, '125+'],
  ];
  for (const [n, era] of cases) assert.equal(meetingTipsEra(ietf(n), 'auto'), era, `IETF ${n}`);
  assert.equal(meetingTipsEra(interim('2025-01-15')), false);
  assert.equal(meetingTipsEra(ietf(123), false), false);
});

test('Resources era: none before 121, 121-124, 125+; none for interims', () => {
  const cases: Array<[number, string | false]> = [
    [120, false],
    [121, '121-124'],
    [124, '121-124'],
    [125, '125+'],
  ];
  for (const [n, era] of cases) assert.equal(resourcesEra(ietf(n), 'auto'), era, `IETF ${n}`);
  assert.equal(resourcesEra(interim('2025-01-15')), false);
  assert.equal(resourcesEra(ietf(123), false), false);
});

test('recorded: IETF 108 on, interims from 2020-07-01', () => {
  assert.equal(recordedByDefault(ietf(107)), false);
  assert.equal(recordedByDefault(ietf(108)), true);
  assert.equal(recordedByDefault(interim('2020-06-30')), false);
  assert.equal(recordedByDefault(interim('2020-07-01')), true);
  assert.equal(recordedByDefault(ietf(123), false), false);
  assert.equal(recordedByDefault(ietf(101), true), true);
});

test('bluesheets: datatracker from IETF 116 (interims from 2023-03-01), paper before', () => {
  assert.equal(bluesheetsMode(ietf(115)), 'paper');
  assert.equal(bluesheetsMode(ietf(116)), 'datatracker');
  assert.equal(bluesheetsMode(interim('2023-02-28')), 'paper');
  assert.equal(bluesheetsMode(interim('2023-03-01')), 'datatracker');
  assert.equal(bluesheetsMode(ietf(120), 'paper'), 'paper');
  assert.equal(bluesheetsMode(ietf(120), false), false);
});
