import { endOfPeriod, shortDate } from '../ietf/dates.js';
import {
  BODY_HEIGHT,
  FIT_SIZES,
  fitPages,
  pagedSlides,
  tableFont,
  tableRowHeights,
  type SlideBuilder,
} from './types.js';

/** What the note under the title and the table's margins take from the body, in px. */
const NOTE_HEIGHT = 44;
const TABLE_MARGINS = 16;

export const milestones: SlideBuilder = ({ deck, none }) => {
  const m = deck.milestones;
  if (!m || m.items.length === 0) return none('the deck lists no `milestones`');
  const rows = m.items.map(({ due, text, status }) => ({
    due: due === undefined ? '' : shortDate(due),
    text,
    status,
    done: status === 'done',
    // Overdue: still pending after the last day it was due, as of the meeting.
    overdue: status === 'pending' && due !== undefined && endOfPeriod(due) < deck.meeting.date,
  }));
  // A group that does not date its milestones (the datatracker lets it) gets no empty Due column.
  const dated = m.items.some((item) => item.due !== undefined);
  const cells = [
    [...(dated ? ['Due'] : []), 'Milestone', 'Status'],
    ...rows.map((r) => [...(dated ? [r.due] : []), r.text, r.done ? '✓ Done' : r.overdue ? 'Overdue' : r.status]),
  ];
  const tables = new Map(FIT_SIZES.map((px) => [px, tableRowHeights(cells, tableFont(px))]));
  const capacity = BODY_HEIGHT - TABLE_MARGINS - (m.note ? NOTE_HEIGHT : 0);
  // Every page repeats the header row.
  const { pages, classes } = fitPages(rows, capacity, (r, page, px) => {
    const [header, ...heights] = tables.get(px)!;
    return heights[rows.indexOf(r)] + (page.length === 0 ? header : 0);
  });
  return pagedSlides({ kind: 'milestones', title: m.title, classes, paginate: true }, pages, (page, title) => ({
    heading: title,
    note: m.note ?? null,
    dated,
    rows: page,
  }));
};
