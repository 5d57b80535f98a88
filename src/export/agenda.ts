// The session agenda as Markdown for the datatracker upload, in the form chairs already use
// (quicwg/wg-materials ietfNNN/agenda.md): title, links, date and slot, then the items.
import type { Deck, NestedList } from '../deck/types.js';
import { agendaParts, dateHeading, draftLink, itemLine, links, pageTitle, slotLine } from './session.js';

function nested(list: NestedList, depth: number): string[] {
  return list.flatMap((entry) =>
    typeof entry === 'string' ? [`${'  '.repeat(depth)}* ${entry}`] : nested(entry, depth + 1),
  );
}

export function agendaMarkdown(deck: Deck): string {
  const m = deck.meeting;
  const l = links(deck);
  const lines = [`# ${pageTitle(deck, 'Agenda')}`, ''];
  if (l.meetecho) lines.push(`* [Meetecho](${l.meetecho}) remote participation`);
  if (l.notes) lines.push(`* [Notes](${l.notes})`);
  if (l.chat) lines.push(`* [Meeting chat](${l.chat})`);
  lines.push('', `## ${dateHeading(m.date)}`, '', slotLine(deck));
  if (m.room) lines.push('', `Room: ${m.room}`);
  for (const part of agendaParts(deck)) {
    lines.push('');
    if (part.section) lines.push(`### ${part.section}`, '');
    for (const item of part.items) {
      lines.push(`* ${itemLine(item)}`);
      lines.push(...item.drafts.map((d) => `  * ${draftLink(d)}`));
      lines.push(...nested(item.notes, 1));
    }
  }
  return `${lines.join('\n')}\n`;
}
