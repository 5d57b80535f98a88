import type { AgendaEntry, AgendaTopic } from '../deck/types.js';
import { schedule, totalMinutes, addMinutes } from '../resolve/agenda-time.js';
import { draftUrl } from '../resolve/session-links.js';
import { link } from '../render/escape.js';
import { trusted } from '../render/trusted.js';
import { paginate, pagedSlides, type SlideBuilder } from './types.js';

type Row =
  | { section: string }
  | { section: null; number: number; time: string | null; topic: string; presenter: string | null; minutes: string | null; sub: unknown[] };

/** How many list lines (items, drafts, notes, section headings) fit on one agenda slide. */
const LINES_PER_SLIDE = { list: 10, timed: 10, table: 8 } as const;

function topics(items: AgendaEntry[]): AgendaTopic[] {
  return items.flatMap((e) => ('section' in e ? e.items : [e]));
}

export const agenda: SlideBuilder = (ctx, entry) => {
  const { deck } = ctx;
  const a = deck.agenda;
  const style = a.style === 'auto' ? (deck.meeting.start ? 'timed' : 'list') : a.style;
  const all = topics(a.items);
  const minutes = all.map((t) => t.minutes);
  const timed = style !== 'list' && deck.meeting.start !== undefined;
  const slots = timed ? schedule(deck.meeting.start!, minutes) : [];
  const total = totalMinutes(minutes);
  if (deck.meeting.duration !== undefined && total > deck.meeting.duration) {
    ctx.warn('agenda.items', `the items add up to ${total} minutes, ${total - deck.meeting.duration} more than the ${deck.meeting.duration}-minute session`);
  }
  if (style === 'timed' && !deck.meeting.start) ctx.warn('agenda.style', 'a timed agenda needs meeting.start (HH:MM); showing durations only');

  let n = 0;
  const rows: Row[] = a.items.flatMap((e): Row[] => {
    const row = (t: AgendaTopic): Row => {
      const i = n++;
      return {
        section: null,
        number: i + 1,
        time: slots[i]?.time ?? null,
        topic: t.topic,
        presenter: t.presenter ?? null,
        minutes: t.minutes === undefined ? '??' : `${t.minutes} min`,
        sub: [...t.drafts.map((d) => trusted(link(draftUrl(d), d))), ...t.notes],
      };
    };
    return 'section' in e ? [{ section: e.section }, ...e.items.map(row)] : [row(e)];
  });
  const weight = (r: Row) => (r.section !== null ? 1 : 1 + (style === 'table' ? 0 : r.sub.length));
  const pages = paginate(rows, LINES_PER_SLIDE[style], weight);
  const end = timed && minutes.every((m) => m !== undefined) ? addMinutes(deck.meeting.start!, total) : null;
  const slides = pagedSlides({ kind: 'agenda', title: a.title, classes: [`agenda-${style}`], paginate: true, notes: entry.options.speaker_notes }, pages, (page, title) => ({
    heading: title,
    style,
    rows: page,
    timezone: null as string | null,
    end: null as string | null,
  }));
  // The time zone and end time close the agenda, on its last slide.
  const last = slides[slides.length - 1].data;
  last.timezone = timed && deck.meeting.timezone ? deck.meeting.timezone : null;
  last.end = end;
  return slides;
};
