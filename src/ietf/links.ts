// Per-session links derived from the meeting number and group acronym (ietf-facts.md section 5),
// and the document URLs slides link to.

import type { Group, Meeting, SessionLinks } from '../deck/types.js';

/**
 * The session's links: derived defaults, then the deck's `links:` on top (an explicit value always
 * wins). Meetecho is never derived: its onsite link needs the datatracker session id. Interims have
 * no notes pad or materials page named after a meeting number, so they only get the chat stream.
 */
export function sessionLinks(meeting: Meeting, group: Group, overrides: SessionLinks): SessionLinks {
  const acronym = encodeURIComponent(group.acronym);
  const n = meeting.interim ? undefined : meeting.number;
  const derived: SessionLinks = {
    // A group that names its own chat room (group.links.chat) does not get the Zulip default.
    chat: group.links.chat ?? `https://zulip.ietf.org/#narrow/stream/${acronym}`,
  };
  if (n !== undefined) {
    derived.notes = `https://notes.ietf.org/notes-ietf-${n}-${acronym}`;
    // The agenda page is where each session's Meetecho and onsite-tool links are.
    derived.agenda = `https://datatracker.ietf.org/meeting/${n}/agenda`;
    derived.materials = `https://datatracker.ietf.org/meeting/${n}/session/${acronym}`;
  }
  const links: SessionLinks = { ...derived };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) links[key] = value;
  }
  return links;
}

/** The datatracker page of a draft; a revision ("-06") or ".txt" in the name is dropped. */
export function draftUrl(name: string): string {
  const base = name
    .trim()
    .replace(/\.txt$/i, '')
    .replace(/-\d{2}$/, '');
  return `https://datatracker.ietf.org/doc/${base}/`;
}

export function rfcUrl(n: number): string {
  return `https://www.rfc-editor.org/rfc/rfc${n}.html`;
}

export function bcpUrl(n: number): string {
  return `https://www.rfc-editor.org/info/bcp${n}`;
}
