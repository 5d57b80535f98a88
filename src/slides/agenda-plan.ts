// The agenda as the presenter view keeps it: each item's planned start and end, the session's end,
// and the meeting's date and time zone, from which the browser finds the instant the session starts
// (src/render/viewer/client.ts), to follow the meeting's clock whatever the laptop's time zone.
import type { Deck } from '../deck/types.js';
import { addMinutes, offsets, totalMinutes } from './agenda-time.js';
import { topics } from './agenda.js';

export interface PlannedItem {
  topic: string;
  presenter?: string;
  /** the section heading, on the first item of a section */
  section?: string;
  minutes?: number;
  /** minutes from the session's start; absent after an item without minutes */
  offset?: number;
  /** "09:30", meeting time, when the deck has meeting.start */
  start?: string;
  end?: string;
}

export interface AgendaPlan {
  items: PlannedItem[];
  /** meeting.start, "09:30" */
  start?: string;
  /** the session's end, "11:30": start + meeting.duration, else the agenda's end */
  end?: string;
  /** minutes: meeting.duration, else the agenda's total when every item has minutes */
  duration?: number;
  /** the meeting's time zone: with `start`, the real clock leads the agenda */
  timezone?: string;
  /** the session's day, "2026-03-17" */
  date: string;
}

export function agendaPlan(deck: Deck): AgendaPlan {
  const { start, timezone, date } = deck.meeting;
  const all = topics(deck.agenda.items);
  const minutes = all.map((t) => t.minutes);
  const offs = offsets(minutes);
  const sections = new Map(
    deck.agenda.items.flatMap((e) => ('section' in e && e.items.length ? [[e.items[0], e.section] as const] : [])),
  );
  const items = all.map((t, i): PlannedItem => {
    const offset = offs[i];
    const m = minutes[i];
    return {
      topic: t.topic,
      presenter: t.presenter,
      section: sections.get(t),
      minutes: m,
      offset,
      start: start !== undefined && offset !== undefined ? addMinutes(start, offset) : undefined,
      end: start !== undefined && offset !== undefined && m !== undefined ? addMinutes(start, offset + m) : undefined,
    };
  });
  const duration = deck.meeting.duration ?? (minutes.every((m) => m !== undefined) ? totalMinutes(minutes) : undefined);
  return {
    items,
    start,
    end: start !== undefined && duration !== undefined ? addMinutes(start, duration) : undefined,
    duration,
    timezone,
    date,
  };
}
