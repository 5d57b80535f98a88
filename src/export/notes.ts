// The notes page for notes.ietf.org: the session's facts on top, then one heading per agenda item
// with its presenter and drafts, and room for the discussion, decisions and action items.
import type { Administrivia, Deck } from '../deck/types.js';
import { agendaParts, dateHeading, daySession, draftLink, links, pageTitle, timeRange } from './session.js';

/** "Note takers: A, B", or the label alone for the names to be filled in at the session. */
function field(label: string, value: string | undefined): string {
  return value ? `* ${label}: ${value}` : `* ${label}:`;
}

function noteTakers(a: Administrivia | undefined): string | undefined {
  const takers = a?.note_takers;
  return Array.isArray(takers) ? takers.join(', ') : undefined;
}

export function notesMarkdown(deck: Deck): string {
  const m = deck.meeting;
  const l = links(deck);
  const names = (people: Array<{ name: string }>) => people.map((p) => p.name).join(', ');
  // A deck without an administrivia slide (administrivia: false) still has note takers to name.
  const admin = deck.administrivia || undefined;
  const lines = [
    `# ${pageTitle(deck, 'Notes', ' ')}`,
    '',
    field('Date', dateHeading(m.date)),
    field(
      'Session',
      [timeRange(deck) && m.timezone ? `${timeRange(deck)} (${m.timezone})` : timeRange(deck), daySession(deck)]
        .filter(Boolean)
        .join(', '),
    ),
    ...(m.room ? [field('Room', m.room)] : []),
    field('Chairs', names(deck.group.chairs)),
    field('Note takers', noteTakers(admin)),
    field('Chat scribe', admin?.chat_scribe),
  ];
  if (l.meetecho) lines.push(field('Meetecho', l.meetecho));
  if (l.chat) lines.push(field('Chat', l.chat));
  for (const part of agendaParts(deck)) {
    if (part.section) lines.push('', `## ${part.section}`);
    for (const item of part.items) {
      lines.push('', `### ${item.topic}`, '');
      if (item.presenter)
        lines.push(
          field('Presenter', `${item.presenter}${item.minutes !== undefined ? ` (${item.minutes} min)` : ''}`),
        );
      if (item.drafts.length) lines.push(field('Drafts', item.drafts.map(draftLink).join(', ')));
      lines.push('', 'Discussion:', '', '*', '', 'Decisions:', '', '*', '', 'Action items:', '', '* [ ]');
    }
  }
  return `${lines.join('\n')}\n`;
}
