// Calendar dates as the deck gives them ("2025-07-22", "2018-03"), formatted without ever passing
// through a local-time instant, so "2018-03" is March 2018 in every time zone.
import { MONTHS } from '../deck/calendar.js';

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

// Deck dates are written out by hand, in English: the first Intl.DateTimeFormat of a process loads
// the locale's data, which cost a third of `validate`'s own time. (The viewer turns the meeting's time
// zone into instants in the browser, whose Intl is loaded anyway: src/render/viewer/client.ts.)
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** "Tuesday, March 5, 2019" */
export function longDate(date: string): string {
  const day = utc(date);
  return `${WEEKDAYS[day.getUTCDay()]}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
}

/** "19 March 2026": day, month, year, as the IETF template's title slide writes the date */
export function titleDate(date: string): string {
  const day = utc(date);
  return `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** "Mar 2018" for "2018-03", "Mar 5, 2018" for "2018-03-05" */
export function shortDate(date: string): string {
  const day = utc(date);
  const month = MONTHS[day.getUTCMonth()].slice(0, 3);
  return date.split('-').length === 3
    ? `${month} ${day.getUTCDate()}, ${day.getUTCFullYear()}`
    : `${month} ${day.getUTCFullYear()}`;
}

/** The last calendar day a due date covers: "2018-03" is due until 2018-03-31. */
export function endOfPeriod(date: string): string {
  const parts = date.split('-').map(Number);
  if (parts.length === 3) return date;
  const last = new Date(Date.UTC(parts[0], parts[1], 0));
  return last.toISOString().slice(0, 10);
}

export function year(date: string): number {
  return Number(date.slice(0, 4));
}
