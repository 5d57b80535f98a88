// The name the datatracker gives chair slides in the proceedings, slides-{num}-{acronym}-chairs-slides-{rev},
// so the file a chair uploads already carries it. Each --proceedings build is a new revision: an
// existing -00 (PDF or PPTX) makes the next one -01, so an uploaded revision is never overwritten.
// Interims have no meeting number, and their datatracker name holds a sequence number wgdeck cannot
// know (slides-interim-2019-secdispatch-01-...): they are named by date instead,
// slides-interim-{YYYY-MM-DD}-{acronym}-chairs-slides-{rev}.
import { readdirSync } from 'node:fs';

/** The outputs that carry the material name (the datatracker takes these, not HTML). */
export const MATERIAL_EXTENSIONS = ['pdf', 'pptx'] as const;

export function materialBase(deck: { meeting: { number?: number; date: string }; group: { acronym: string } }): string {
  const meeting = deck.meeting.number !== undefined ? String(deck.meeting.number) : `interim-${deck.meeting.date}`;
  return `slides-${meeting}-${deck.group.acronym}-chairs-slides`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** base-NN with NN one above the highest revision of base already in dir (00 when there is none). */
export function nextRevision(dir: string, base: string): string {
  const pattern = new RegExp(`^${escapeRegExp(base)}-(\\d{2,})\\.(?:${MATERIAL_EXTENSIONS.join('|')})$`);
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
