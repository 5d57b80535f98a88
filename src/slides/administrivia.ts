import { bluesheetsMode } from '../ietf/eras.js';
import type { SlideBuilder } from './types.js';

const LABELS = { notes: 'Notes', chat: 'Chat', meetecho: 'Meetecho', agenda: 'Agenda' };

/** A link's label; older meetings' tools keep their names (Jabber chat rooms, Etherpad notes). */
function linkLabel(key: keyof typeof LABELS, href: string): string {
  if (key === 'chat' && href.startsWith('xmpp:')) return 'Jabber';
  if (key === 'notes' && href.includes('etherpad')) return 'Etherpad';
  return LABELS[key];
}

export const administrivia: SlideBuilder = ({ deck, links, none }) => {
  const a = deck.administrivia;
  if (a === false) return none('`administrivia` is false');
  const mode = bluesheetsMode(deck.meeting, a?.bluesheets);
  const takers = a?.note_takers;
  const noteTakers =
    takers === undefined
      ? null
      : typeof takers === 'number'
        ? { wanted: `${takers} note taker${takers === 1 ? '' : 's'} needed`, names: null }
        : { wanted: null, names: takers.join(', ') };
  const sessionLinks = (['notes', 'chat', 'meetecho', 'agenda'] as const)
    .filter((k) => links[k])
    .map((k) => ({ label: linkLabel(k, links[k]!), href: links[k]! }));
  return [
    {
      kind: 'administrivia',
      title: 'Administrivia',
      classes: [],
      paginate: true,
      notes: a?.speaker_notes,
      data: {
        bluesheets:
          mode === 'datatracker'
            ? 'Sign in to the session via the Datatracker agenda or the QR code in the room'
            : mode === 'paper'
              ? 'Blue sheets: please sign in'
              : null,
        noteTakers,
        chatScribe: a?.chat_scribe ?? null,
        links: sessionLinks,
        items: a?.items ?? [],
      },
    },
  ];
};
