// Which era of each piece of IETF boilerplate a meeting gets (ietf-facts.md sections 1 to 4).
// IETF meetings are decided by their number; interims (and meetings without a number) by their
// date, compared as YYYY-MM-DD strings, which order like the calendar dates they are.

import type { Administrivia, Auto, Boilerplate, Meeting } from '../deck/types.js';

export type NoteWellEra = '2013' | '2018' | '2025';
export type MeetingTipsEra = '116' | '117-120' | '121-124' | '125+';
export type ResourcesEra = '121-124' | '125+';
export type BluesheetsMode = 'datatracker' | 'paper';

// Interim boundaries for the Note Well are the first day of the IETF meeting that introduced each
// text (IETF 101 London, IETF 124 Montreal): an interim from that day on is already in the new era.
const NOTE_WELL_2018_FROM = '2018-03-17';
const NOTE_WELL_2025_FROM = '2025-11-01';
// IETF 118 Prague began on 2023-11-04; IETF 124 (no more Note Really Well) on 2025-11-01.
const NOTE_REALLY_WELL_FROM = '2023-11-04';
const NOTE_REALLY_WELL_UNTIL = '2025-10-31';
// The first IETF meetings whose template has a Meeting Tips slide, and a Resources slide.
export const MEETING_TIPS_FROM = 116;
export const RESOURCES_FROM = 121;
// Sessions are video-recorded from IETF 108 (July 2020, the first meeting held fully online).
const RECORDED_FROM = '2020-07-01';
const DATATRACKER_BLUESHEETS_FROM = '2023-03-01';

/** The IETF meeting number, or undefined for an interim (decided by date instead). */
function ietfNumber(meeting: Meeting): number | undefined {
  return meeting.interim ? undefined : meeting.number;
}

export function noteWellEra(meeting: Meeting, override: Boilerplate['note_well'] = 'auto'): NoteWellEra | false {
  if (override !== 'auto') return override;
  const n = ietfNumber(meeting);
  if (n !== undefined) {
    // Meetings before IETF 88 (Nov 2013) predate every text we carry; they get the oldest one.
    if (n <= 100) return '2013';
    return n <= 123 ? '2018' : '2025';
  }
  // Same fallback by date: anything before NOTE_WELL_2018_FROM, including before Nov 2013, is 2013.
  if (meeting.date < NOTE_WELL_2018_FROM) return '2013';
  return meeting.date < NOTE_WELL_2025_FROM ? '2018' : '2025';
}

export function showNoteReallyWell(meeting: Meeting, override: Auto<boolean> = 'auto'): boolean {
  if (override !== 'auto') return override;
  const n = ietfNumber(meeting);
  if (n !== undefined) return n >= 118 && n <= 123;
  return meeting.date >= NOTE_REALLY_WELL_FROM && meeting.date <= NOTE_REALLY_WELL_UNTIL;
}

export function meetingTipsEra(
  meeting: Meeting,
  override: Boilerplate['meeting_tips'] = 'auto',
): MeetingTipsEra | false {
  const n = ietfNumber(meeting);
  // Tips are about the IETF meeting venue and its tools: interims get none.
  if (override === false || n === undefined || n < MEETING_TIPS_FROM) return false;
  if (n === 116) return '116';
  if (n <= 120) return '117-120';
  return n <= 124 ? '121-124' : '125+';
}

export function resourcesEra(meeting: Meeting, override: Boilerplate['resources'] = 'auto'): ResourcesEra | false {
  const n = ietfNumber(meeting);
  // The Resources slide points at the IETF meeting's agenda and venue pages: interims get none.
  if (override === false || n === undefined || n < RESOURCES_FROM) return false;
  return n <= 124 ? '121-124' : '125+';
}

/** Whether the title slide says "This session is being recorded". */
export function recordedByDefault(meeting: Meeting, override: Auto<boolean> = 'auto'): boolean {
  if (override !== 'auto') return override;
  const n = ietfNumber(meeting);
  if (n !== undefined) return n >= 108;
  return meeting.date >= RECORDED_FROM;
}

/** How attendance is recorded: the Datatracker/Meetecho sign-in from IETF 116, paper before. */
export function bluesheetsMode(
  meeting: Meeting,
  override: Administrivia['bluesheets'] = 'auto',
): BluesheetsMode | false {
  if (override !== 'auto') return override;
  const n = ietfNumber(meeting);
  if (n !== undefined) return n >= 116 ? 'datatracker' : 'paper';
  return meeting.date >= DATATRACKER_BLUESHEETS_FROM ? 'datatracker' : 'paper';
}
