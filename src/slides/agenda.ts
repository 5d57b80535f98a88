import type { AgendaEntry, AgendaTopic, NestedList } from '../deck/types.js';
import { schedule, totalMinutes, addMinutes } from './agenda-time.js';
import { draftUrl } from '../ietf/links.js';
import { link } from '../text/escape.js';
import { trusted } from '../text/trusted.js';
import {
  BODY_HEIGHT,
  FIT_SIZES,
  fitPages,
  listMargins,
  listPitch,
  pagedSlides,
  tableFont,
  tableRowHeights,
  wrappedLines,
  type SlideBuilder,
} from './types.js';

type Row =
  | { section: string }
  | {
      section: null;
      inSection: string | null;
      number: number;
      time: string | null;
      topic: string;
      presenter: string | null;
      minutes: string | null;
      sub: unknown[];
      subFlat: unknown[];
      subText: string[];
    };

// Sizes in em of the body size the agenda fits at (items 1 em, sub-items 0.9 em, section headings
// 0.93 em with their margins), as the ietf theme sets them.
const SUB_EM = 0.9;
const SECTION_EM = 0.93 * (1.2 + 0.45);
/** "All times are ..." under the last page. */
const NOTE_EM = 0.8 * 1.35 + 0.6 * 0.8 + 0.4;
/** Width of an item's text: the body less the list's indent (and a sub-list's). */
const ITEM_WIDTH = 1080;
const SUB_WIDTH = 1040;

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
    ctx.warn(
      'agenda.items',
      `the items add up to ${total} minutes, ${total - deck.meeting.duration} ` +
        `more than the ${deck.meeting.duration}-minute session`,
    );
  }
  if (style === 'timed' && !deck.meeting.start)
    ctx.warn('agenda.style', 'a timed agenda needs meeting.start (HH:MM); showing durations only');

  let n = 0;
  const rows: Row[] = a.items.flatMap((e): Row[] => {
    const row = (t: AgendaTopic, inSection: string | null): Row => {
      const i = n++;
      return {
        section: null,
        inSection,
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
    return 'section' in e ? [{ section: e.section }, ...e.items.map((t) => row(t, e.section))] : [row(e, null)];
  });
  const end = timed && minutes.every((m) => m !== undefined) ? addMinutes(deck.meeting.start!, total) : null;
  const cells = (r: Row) =>
    r.section !== null
      ? ['', r.section, '', '']
      : [r.time ?? String(r.number), r.topic, r.presenter ?? '', r.minutes ?? ''];
  const tableHeights = new Map(
    FIT_SIZES.map((px) => [
      px,
      style === 'table'
        ? tableRowHeights([['Time', 'Topic', 'Presenter', 'Minutes'], ...rows.map(cells)], tableFont(px))
        : [],
    ]),
  );
  /** Whether a page starting at this row repeats its section's heading, "Other (cont.)". */
  const continues = (r: Row, page: Row[]) => page.length === 0 && r.section === null && r.inSection !== null;
  const weight = (r: Row, page: Row[], px: number): number => {
    if (style === 'table') {
      const heights = tableHeights.get(px)!;
      const i = rows.indexOf(r);
      const header = page.length === 0 ? heights[0] : 0;
      return (
        header +
        heights[i + 1] +
        (r.section === null ? r.subText.length * tableFont(px) * 1.35 : 0) +
        (continues(r, page) ? heights[0] : 0)
      );
    }
    const section = SECTION_EM * px + listMargins(px);
    if (r.section !== null) return section;
    // A timed item shows its clock time and its duration.
    const line = [r.time, r.minutes, r.topic, r.presenter].filter(Boolean).join(' — ');
    return (
      (continues(r, page) ? section : 0) +
      (page.length === 0 || page.at(-1)!.section !== null ? listMargins(px) : 0) +
      wrappedLines(line, ITEM_WIDTH, px) * listPitch(px) * px +
      r.subText.reduce((h, sub) => h + wrappedLines(sub, SUB_WIDTH, px * SUB_EM) * listPitch(px) * px * SUB_EM, 0)
    );
  };
  const note = end || (timed && deck.meeting.timezone) ? NOTE_EM : 0;
  // A page had best end with a section, or with a heading, which moves to the next page (below).
  const sectionBreak = (before: Row, after: Row) => after.section !== null || before.section !== null;
  const { pages, classes } = fitPages(rows, BODY_HEIGHT, weight, note * FIT_SIZES[0], sectionBreak);
  // A section's heading never ends a page: it moves to the next, which had room for a "(cont.)" heading.
  for (let i = 0; i < pages.length - 1; i++) {
    while (pages[i].length > 1 && pages[i].at(-1)!.section !== null) pages[i + 1].unshift(pages[i].pop()!);
  }
  // A page that starts inside a section repeats its heading.
  const shown = pages.map((page) =>
    continues(page[0], [])
      ? [{ section: `${(page[0] as { inSection: string }).inSection} (cont.)` } as Row, ...page]
      : page,
  );
  const slides = pagedSlides(
    { kind: 'agenda', title: a.title, classes: [`agenda-${style}`, ...classes], paginate: true },
    shown,
    (page, title) => ({
      heading: title,
      style,
      // A list agenda is numbered, as chairs number their items ("(1) Opening", "1. Agenda bashing").
      numbered: style === 'list' || !timed,
      // The first column of a table holds clock times when the agenda is timed, on every page.
      timed,
      rows: page,
      timezone: null as string | null,
      end: null as string | null,
    }),
  );
  // The time zone and end time close the agenda, on its last slide.
  const last = slides[slides.length - 1].data;
  last.timezone = timed && deck.meeting.timezone ? deck.meeting.timezone : null;
  last.end = end;
  return slides;
};
