import { endOfPeriod, shortDate } from '../resolve/dates.js';
import { paginate, pagedSlides, type SlideBuilder } from './types.js';

const ROWS_PER_SLIDE = 7;

export const milestones: SlideBuilder = ({ deck }, entry) => {
  const m = deck.milestones;
  if (!m || m.items.length === 0) return [];
  const rows = m.items.map((item) => ({
    due: shortDate(item.due),
    text: item.text,
    status: item.status,
    done: item.status === 'done',
    // Overdue: still pending after the last day it was due, as of the meeting.
    overdue: item.status === 'pending' && endOfPeriod(item.due) < deck.meeting.date,
  }));
  return pagedSlides(
    { kind: 'milestones', title: m.title, classes: [], paginate: true, notes: entry.options.speaker_notes },
    paginate(rows, ROWS_PER_SLIDE),
    (page, title) => ({ heading: title, note: m.note ?? null, rows: page }),
  );
};
