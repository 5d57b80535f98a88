// Deck dates are written out by hand (src/ietf/dates.ts, to spare validate the load of Intl's locale
// data): here Intl, in English and in UTC, is the reference they must match, day after day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endOfPeriod, longDate, shortDate, titleDate } from '../../src/ietf/dates.js';

const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
const LONG = intl('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
const TITLE = intl('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = intl('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const SHORT_MONTH = intl('en-US', { month: 'short', year: 'numeric' });

test('every third day from 1990 to 2039 reads as Intl writes it in English', () => {
  for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 3 * 86_400_000) {
    const day = new Date(t);
    const iso = day.toISOString().slice(0, 10);
    assert.equal(longDate(iso), LONG.format(day), iso);
    assert.equal(titleDate(iso), TITLE.format(day), iso);
    assert.equal(shortDate(iso), SHORT_DAY.format(day), iso);
    assert.equal(shortDate(iso.slice(0, 7)), SHORT_MONTH.format(day), iso);
  }
});

test('a month is its first day to write, and due until its last', () => {
  assert.equal(titleDate('2018-03'), '1 March 2018');
  assert.equal(endOfPeriod('2024-02'), '2024-02-29');
  assert.equal(endOfPeriod('2018-03-05'), '2018-03-05');
});
