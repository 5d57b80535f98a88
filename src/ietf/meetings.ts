// The weeks of the IETF meetings wgdeck knows the dates of: each runs seven days from its first
// day (Saturday). Only dates with a source are listed, and a meeting not listed is not checked:
// guessing a week would refuse a right date. Sources: the era boundaries in ietf-facts.md (IETF
// 101 London, 118 Prague, 124 Montreal) and the datatracker's meeting record of IETF 125 Shenzhen
// (../shared/datatracker/fixtures, date 2026-03-14, 7 days).
const FIRST_DAY: Record<number, string> = {
  101: '2018-03-17',
  118: '2023-11-04',
  124: '2025-11-01',
  125: '2026-03-14',
};

const DAYS = 7;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first and last day of an IETF meeting, when wgdeck knows them. */
export function meetingWeek(number: number): { first: string; last: string } | undefined {
  const first = Object.hasOwn(FIRST_DAY, number) ? FIRST_DAY[number] : undefined;
  return first === undefined ? undefined : { first, last: addDays(first, DAYS - 1) };
}

/** Why a session date cannot be at this IETF meeting, or undefined (right, or unknown meeting). */
export function meetingDateProblem(number: number | undefined, date: string): string | undefined {
  const week = number === undefined ? undefined : meetingWeek(number);
  if (week === undefined || (date >= week.first && date <= week.last)) return undefined;
  return `${date} is not during IETF ${number}, which runs from ${week.first} to ${week.last}; check the date, or the meeting number`;
}
