import type { AgendaEntry, AgendaTopic, NestedList } from '../deck/types.js';
import { schedule, totalMinutes, addMinutes } from './agenda-time.js';
import { draftUrl } from '../ietf/links.js';
import { link } from '../text/escape.js';
import { trusted } from '../text/trusted.js';
import { BODY_HEIGHT, paginate, pagedSlides, tableRowHeights, wrappedLines, type SlideBuilder } from './types.js';

type Row =
  | { section: string }
  | { section: null; number: number; time: string | null; topic: string; presenter: string | null; minutes: string | null; sub: unknown[]; subFlat: unknown[]; subText: string[] };

// Heights in px at the ietf theme's agenda sizes (28 px items, 25 px sub-items, 26 px section headings).
const ITEM_LINE = 40;
const SUB_LINE = 36;
const SECTION = 43;
/** A list's own margins: each section starts a new list. */
const LIST_MARGINS = 11;
/** "All times are ..." under the last page. */
const NOTE = 44;
/** Width of an item's text: the body less the list's indent (and a sub-list's). */
const ITEM_WIDTH = 1100;
const SUB_WIDTH = 1060;
const TABLE_LINE = 24 * 1.35;

function flatten(list: NestedList): string[] {
  return list.flatMap((item) => (typeof item === 'string' ? [item] : flatten(item)));
}

export function topics(items: AgendaEntry[]): AgendaTopic[] {
  return items.flatMap((e) => ('section' in e ? e.items : [e]));
}

export const agenda: SlideBuilder = (ctx) => {
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
        // A table cell has no nested list: its notes one under the other.
        subFlat: [...t.drafts.map((d) => trusted(link(draftUrl(d), d))), ...flatten(t.notes)],
        subText: [...t.drafts, ...flatten(t.notes)],
      };
    };
    return 'section' in e ? [{ section: e.section }, ...e.items.map(row)] : [row(e)];
  });
  const end = timed && minutes.every((m) => m !== undefined) ? addMinutes(deck.meeting.start!, total) : null;
  const tableHeights = style === 'table' ? tableRowHeights([['Time', 'Topic', 'Presenter', 'Minutes'], ...rows.map((r) => (r.section !== null ? ['', r.section, '', ''] : [r.time ?? String(r.number), r.topic, r.presenter ?? '', r.minutes ?? '']))]) : [];
  const weight = (r: Row, page: Row[]): number => {
    if (style === 'table') {
      const i = rows.indexOf(r);
      return tableHeights[i + 1] + (r.section === null ? r.subText.length * TABLE_LINE : 0) + (page.length === 0 ? tableHeights[0] : 0);
    }
    if (r.section !== null) return SECTION + LIST_MARGINS;
    const line = [r.time, r.topic, r.presenter, r.minutes].filter(Boolean).join(' — ');
    return (
      (page.length === 0 || page.at(-1)!.section !== null ? LIST_MARGINS : 0) +
      wrappedLines(line, ITEM_WIDTH, 28) * ITEM_LINE +
      r.subText.reduce((h, sub) => h + wrappedLines(sub, SUB_WIDTH, 25) * SUB_LINE, 0)
    );
  };
  const pages = paginate(rows, BODY_HEIGHT - (end || (timed && deck.meeting.timezone) ? NOTE : 0), weight);
  const slides = pagedSlides({ kind: 'agenda', title: a.title, classes: [`agenda-${style}`], paginate: true }, pages, (page, title) => ({
    heading: title,
    style,
    // A list agenda is numbered, as chairs number their items ("(1) Opening", "1. Agenda bashing").
    numbered: style === 'list' || !timed,
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
