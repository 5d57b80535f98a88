// What the agenda and the notes page both say about a session: its name, its date and slot line,
// its links, and the agenda items with their drafts, read from the deck once.
import type { AgendaTopic, Deck } from '../deck/types.js';
import { addMinutes } from '../slides/agenda-time.js';
import { longDate } from '../ietf/dates.js';
import { draftUrl, sessionLinks } from '../ietf/links.js';

const KIND: Record<string, string> = { wg: 'WG', rg: 'RG', bof: 'BoF' };

/** "QUIC WG", "CFRG RG", "SECDISPATCH" */
export function groupLabel(deck: Deck): string {
  const kind = KIND[deck.group.type];
  return `${deck.group.acronym.toUpperCase()}${kind ? ` ${kind}` : ''}`;
}

/** "IETF-126 QUIC WG Agenda" (as chairs title their agendas), "SECDISPATCH Interim Meeting Agenda". */
export function pageTitle(deck: Deck, what: string, sep = '-'): string {
  const m = deck.meeting;
  return !m.interim && m.number !== undefined
    ? `IETF${sep}${m.number} ${groupLabel(deck)} ${what}`
    : `${groupLabel(deck)} Interim Meeting ${what}`;
}

export function weekday(date: string): string {
  return longDate(date).split(',')[0];
}

/** "Wednesday, July 22 2026", the date heading of quicwg's agendas. */
export function dateHeading(date: string): string {
  const [day, monthDay, year] = longDate(date).split(', ');
  return `${day}, ${monthDay} ${year}`;
}

/** "16:00-18:00", or the start alone, or nothing. */
export function timeRange(deck: Deck): string {
  const m = deck.meeting;
  return m.start ? `${m.start}${m.duration ? `-${addMinutes(m.start, m.duration)}` : ''}` : '';
}

/** "Wednesday, Session IV"; a deck whose session text names the day already ("Tuesday Session I") keeps it. */
export function daySession(deck: Deck): string {
  const { date, session } = deck.meeting;
  const day = weekday(date);
  if (!session) return day;
  return session.toLowerCase().startsWith(day.toLowerCase()) ? session : `${day}, ${session}`;
}

/** "16:00-18:00 Wednesday, Session IV": start and end when known, the weekday, the slot. */
export function slotLine(deck: Deck): string {
  return [timeRange(deck), daySession(deck)].filter(Boolean).join(' ');
}

export interface Links {
  meetecho?: string;
  notes?: string;
  chat?: string;
}

/** Meetecho from the deck (the datatracker gives the session's), else the group's room at an IETF meeting. */
export function links(deck: Deck): Links {
  const derived = sessionLinks(deck.meeting, deck.group, deck.links);
  const n = deck.meeting.interim ? undefined : deck.meeting.number;
  const meetecho =
    derived.meetecho ??
    (n !== undefined
      ? `https://meetings.conf.meetecho.com/ietf${n}/?group=${encodeURIComponent(deck.group.acronym)}`
      : undefined);
  return { meetecho, notes: derived.notes, chat: derived.chat };
}

export function draftLink(name: string): string {
  return `[${name}](${draftUrl(name)})`;
}

/** "15 min - Topic - Presenter" */
export function itemLine(item: AgendaTopic): string {
  return [item.minutes !== undefined ? `${item.minutes} min` : undefined, item.topic, item.presenter]
    .filter(Boolean)
    .join(' - ');
}

export interface Part {
  /** the section heading, absent for the items outside any section */
  section?: string;
  items: AgendaTopic[];
}

/** The agenda as runs of items: those between sections, and each section's. */
export function agendaParts(deck: Deck): Part[] {
  const parts: Part[] = [];
  for (const entry of deck.agenda.items) {
    if ('section' in entry) parts.push({ section: entry.section, items: entry.items });
    else if (parts.length && parts[parts.length - 1].section === undefined) parts[parts.length - 1].items.push(entry);
    else parts.push({ items: [entry] });
  }
  return parts;
}
