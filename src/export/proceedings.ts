// The name the datatracker gives chair slides in the proceedings, slides-{num}-{acronym}-chairs-slides-{rev},
// so the file a chair uploads already carries it. Each --proceedings build is a new revision: an
// existing -00 (PDF or PPTX) makes the next one -01, so an uploaded revision is never overwritten.
// Interims have no meeting number, and their datatracker name holds a sequence number wgdeck cannot
// know (slides-interim-2019-secdispatch-01-...): they are named by date instead,
// slides-interim-{YYYY-MM-DD}-{acronym}-chairs-slides-{rev}.
import { readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';

/** The outputs that carry the material name (the datatracker takes these, not HTML). */
export const MATERIAL_EXTENSIONS = ['pdf', 'pptx'] as const;

export function materialBase(deck: { meeting: { number?: number; date: string }; group: { acronym: string } }): string {
  return `slides-${meetingPart(deck)}-${deck.group.acronym}-chairs-slides`;
}

function meetingPart(deck: { meeting: { number?: number; date: string } }): string {
  return deck.meeting.number !== undefined ? String(deck.meeting.number) : `interim-${deck.meeting.date}`;
}

/** agenda-126-quic, minutes-126-quic: the datatracker's names of a session's agenda and minutes. */
export function sessionMaterialBase(kind: 'agenda' | 'minutes', deck: { meeting: { number?: number; date: string }; group: { acronym: string } }): string {
  return `${kind}-${meetingPart(deck)}-${deck.group.acronym}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** base-NN with NN one above the highest revision of base already in dir (00 when there is none). */
export function nextRevision(dir: string, base: string, extensions: readonly string[] = MATERIAL_EXTENSIONS): string {
  const pattern = new RegExp(`^${escapeRegExp(base)}-(\\d{2,})\\.(?:${extensions.join('|')})$`);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    files = []; // a folder --out has yet to create
  }
  const revisions = files.map((f) => pattern.exec(f)?.[1]).filter((r) => r !== undefined).map(Number);
  const next = revisions.length === 0 ? 0 : Math.max(...revisions) + 1;
  return `${base}-${String(next).padStart(2, '0')}`;
}

/**
 * The file name of a deck's agenda or notes page in `dir`: <deck>-agenda.md, or with `proceedings`
 * the datatracker's name at its next revision (agenda-126-quic-00.md, minutes-126-quic-00.md).
 */
export function sessionPageName(
  page: 'agenda' | 'notes',
  file: string,
  deck: { meeting: { number?: number; date: string }; group: { acronym: string } },
  dir: string,
  proceedings?: boolean,
): string {
  if (!proceedings) return `${basename(file, extname(file))}-${page}.md`;
  return `${nextRevision(dir, sessionMaterialBase(page === 'agenda' ? 'agenda' : 'minutes', deck), ['md'])}.md`;
}
