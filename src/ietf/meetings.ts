// IETF meetings by number: where and when, so a deck for "the next meeting" needs no network.
// Dates from ietf.org/meeting/ (first day is the Saturday of the hackathon; last day the Friday).
// Past the last announced meeting, three a year (March, July, November) are assumed.

export interface IetfMeeting {
  number: number;
  city?: string;
  /** IANA time zone of the venue */
  timezone?: string;
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD */
  end: string;
  /** true: not announced yet, the month is a guess from the usual rhythm */
  estimated?: boolean;
}

const KNOWN: IetfMeeting[] = [
  { number: 116, city: 'Yokohama', timezone: 'Asia/Tokyo', start: '2023-03-25', end: '2023-03-31' },
  { number: 117, city: 'San Francisco', timezone: 'America/Los_Angeles', start: '2023-07-22', end: '2023-07-28' },
  { number: 118, city: 'Prague', timezone: 'Europe/Prague', start: '2023-11-04', end: '2023-11-10' },
  { number: 119, city: 'Brisbane', timezone: 'Australia/Brisbane', start: '2024-03-16', end: '2024-03-22' },
  { number: 120, city: 'Vancouver', timezone: 'America/Vancouver', start: '2024-07-20', end: '2024-07-26' },
  { number: 121, city: 'Dublin', timezone: 'Europe/Dublin', start: '2024-11-02', end: '2024-11-08' },
  { number: 122, city: 'Bangkok', timezone: 'Asia/Bangkok', start: '2025-03-15', end: '2025-03-21' },
  { number: 123, city: 'Madrid', timezone: 'Europe/Madrid', start: '2025-07-19', end: '2025-07-25' },
  { number: 124, city: 'Montreal', timezone: 'America/Toronto', start: '2025-11-01', end: '2025-11-07' },
  { number: 125, city: 'Shenzhen', timezone: 'Asia/Shanghai', start: '2026-03-14', end: '2026-03-20' },
  { number: 126, city: 'Vienna', timezone: 'Europe/Vienna', start: '2026-07-18', end: '2026-07-24' },
  { number: 127, city: 'San Francisco', timezone: 'America/Los_Angeles', start: '2026-11-14', end: '2026-11-20' },
];
const LAST = KNOWN[KNOWN.length - 1];
const MONTHS = ['03', '07', '11'];

/** The meeting of that number: as announced, or estimated from the rhythm (month only). */
export function ietfMeeting(number: number): IetfMeeting | undefined {
  const known = KNOWN.find((m) => m.number === number);
  if (known || number < KNOWN[0].number) return known;
  const step = number - LAST.number;
  const index = MONTHS.indexOf(LAST.start.slice(5, 7)) + step;
  const year = Number(LAST.start.slice(0, 4)) + Math.floor(index / 3);
  const month = MONTHS[index % 3];
  return { number, start: `${year}-${month}-01`, end: `${year}-${month}-01`, estimated: true };
}

/** The first IETF meeting not over yet on `today` (YYYY-MM-DD): the one a chair prepares for. */
export function nextMeeting(today: string): IetfMeeting {
  for (let n = KNOWN[0].number; ; n++) {
    const m = ietfMeeting(n)!;
    // An estimate holds only a month: the meeting is "next" until that month is over.
    const over = m.estimated ? `${m.end.slice(0, 7)}-31` : m.end;
    if (over >= today) return m;
  }
}

/** Today's date, YYYY-MM-DD, in UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Why a session date cannot be at this IETF meeting, or undefined: the date is in the meeting's
 * week, or wgdeck knows no dates for it (an estimate is not checked against: no guessing).
 */
export function meetingDateProblem(number: number | undefined, date: string): string | undefined {
  const m = number === undefined ? undefined : ietfMeeting(number);
  if (m === undefined || m.estimated || (date >= m.start && date <= m.end)) return undefined;
  return (
    `${date} is not during IETF ${number}, which runs from ${m.start} ` +
    `to ${m.end}; check the date, or the meeting number`
  );
}
