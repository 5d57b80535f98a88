// Calendar dates as the deck gives them ("2025-07-22", "2018-03"), formatted without ever passing
// through a local-time instant, so "2018-03" is March 2018 in every time zone.
import { MONTHS } from '../deck/calendar.js';

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

// Deck dates are written out by hand, in English: the first Intl.DateTimeFormat of a process loads
// the locale's data, which cost a third of `validate`'s own time. (Time zones still need Intl.)
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

// Building an Intl.DateTimeFormat costs far more than formatting with one (toLocaleDateString builds
// one per call): each format is made once per process and reused.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  const known = formats.get(key);
  if (known) return known;
  const made = new Intl.DateTimeFormat(locale, options);
  formats.set(key, made);
  return made;
}

/** How far a time zone's clock is ahead of UTC at instant `t`, in ms (DST included). */
function zoneOffset(t: number, timeZone: string): number {
  const parts = format('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(t);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) -
    Math.floor(t / 1000) * 1000
  );
}

/**
 * The instant (ms since 1970) at which a time zone's clocks show `date` `hhmm`: ("2026-03-17", "09:30",
 * "Asia/Shanghai").
 */
export function zonedInstant(date: string, hhmm: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the first guess can differ from the one at the answer when DST changes in between.
  return wall - zoneOffset(wall - zoneOffset(wall, timeZone), timeZone);
}
