// The name the datatracker gives chair slides in the proceedings, slides-{num}-{acronym}-chairs-slides-{rev},
// so the file a chair uploads already carries it. A group with two sessions at one meeting has two
// chair decks: the datatracker names a session's slides apart with a token (sessa, sessb, ...), so
// the second deck of a group and meeting in one folder is slides-{num}-{acronym}-sessb-chairs-slides,
// the third sessc. Interims have no meeting number, and their datatracker name holds a sequence
// number wgdeck cannot know (slides-interim-2019-secdispatch-01-...): they are named by date instead,
// slides-interim-{YYYY-MM-DD}-{acronym}-chairs-slides-{rev}.
//
// Each PDF carries a stamp: the deck file it was built from and a digest of what it shows. A build
// continues the revisions its own deck file started (an unchanged deck reuses its latest revision),
// and a deck file that owns none takes the first name no file uses. Names are taken by exclusive
// create, so two builds at once (one batch, or two processes) never get, or overwrite, one name.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { E, WgdeckError } from '../errors.js';
import { writeFileExclusive } from '../fs/atomic.js';

/** The outputs that carry the material name (the datatracker takes these, not HTML). */
export const MATERIAL_EXTENSIONS = ['pdf', 'pptx'] as const;
export type MaterialExtension = (typeof MATERIAL_EXTENSIONS)[number];

/** Where a PDF says which deck file it was built from and what it shows. */
export interface MaterialStamp {
  source: string;
  digest: string;
}

interface MaterialDeck {
  meeting: { number?: number; date: string };
  group: { acronym: string };
}

function meetingPart(deck: MaterialDeck): string {
  return deck.meeting.number !== undefined ? String(deck.meeting.number) : `interim-${deck.meeting.date}`;
}

/** The name without its revision; session 0 is the first deck (no token), 1 is sessb, 2 sessc. */
export function materialBase(deck: MaterialDeck, session = 0): string {
  const token = session === 0 ? '' : `-sess${String.fromCharCode('a'.charCodeAt(0) + session)}`;
  return `slides-${meetingPart(deck)}-${deck.group.acronym}${token}-chairs-slides`;
}

/** The digest a stamp records: the page as printed and the options that change the PDF. */
export function materialDigest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** agenda-126-quic, minutes-126-quic: the datatracker's names of a session's agenda and minutes. */
export function sessionMaterialBase(kind: 'agenda' | 'minutes', deck: MaterialDeck): string {
  return `${kind}-${meetingPart(deck)}-${deck.group.acronym}`;
}

/** base-NN with NN one above the highest revision of base already in dir (00 when there is none). */
export function nextRevision(dir: string, base: string, extensions: readonly string[]): string {
  const pattern = new RegExp(`^${escapeRegExp(base)}-(\\d{2,})\\.(?:${extensions.join('|')})$`);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    files = []; // a folder --out has yet to create
  }
  const revisions = files
    .map((f) => pattern.exec(f)?.[1])
    .filter((r) => r !== undefined)
    .map(Number);
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
  deck: MaterialDeck,
  dir: string,
  proceedings?: boolean,
): string {
  if (!proceedings) return `${basename(file, extname(file))}-${page}.md`;
  return `${nextRevision(dir, sessionMaterialBase(page === 'agenda' ? 'agenda' : 'minutes', deck), ['md'])}.md`;
}

/** The revisions in dir of each session's material: session -> revision -> extensions. */
function revisions(dir: string, deck: MaterialDeck): Map<number, Map<number, string[]>> {
  const pattern = new RegExp(
    `^slides-${escapeRegExp(meetingPart(deck))}-${escapeRegExp(deck.group.acronym)}` +
      `(?:-sess([b-z]))?-chairs-slides-(\\d{2,})\\.(${MATERIAL_EXTENSIONS.join('|')})$`,
  );
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    files = []; // a folder --out has yet to create
  }
  const out = new Map<number, Map<number, string[]>>();
  for (const f of files) {
    const m = pattern.exec(f);
    if (!m) continue;
    const session = m[1] === undefined ? 0 : m[1].charCodeAt(0) - 'a'.charCodeAt(0);
    const revs = out.get(session) ?? new Map<number, string[]>();
    revs.set(Number(m[2]), [...(revs.get(Number(m[2])) ?? []), m[3]]);
    out.set(session, revs);
  }
  return out;
}

function revisionName(deck: MaterialDeck, session: number, revision: number): string {
  return `${materialBase(deck, session)}-${String(revision).padStart(2, '0')}`;
}

/**
 * What a build should write: `name` (base and revision), or `reuse`, the name of an existing
 * revision of this deck that shows the same (then nothing is written).
 */
export async function planRevision(
  dir: string,
  deck: MaterialDeck,
  stamp: MaterialStamp | undefined,
  exts: readonly string[],
): Promise<{ name: string; reuse: boolean }> {
  const all = revisions(dir, deck);
  let firstFree = 0;
  while (all.has(firstFree)) firstFree++;
  for (const [session, revs] of [...all].sort((a, b) => a[0] - b[0])) {
    const latest = Math.max(...revs.keys());
    const owner = revs.get(latest)!.includes('pdf')
      ? await (await import('./pdf-stamp.js')).readStamp(join(dir, `${revisionName(deck, session, latest)}.pdf`))
      : undefined;
    // A revision without a stamp (an older wgdeck's, a PPTX alone) is continued by whichever deck
    // comes: a new revision, never an overwrite.
    if (owner !== undefined && stamp !== undefined && owner.source !== stamp.source) continue;
    const whole = exts.every((e) => revs.get(latest)!.includes(e));
    if (owner !== undefined && stamp !== undefined && owner.digest === stamp.digest && whole)
      return { name: revisionName(deck, session, latest), reuse: true };
    return { name: revisionName(deck, session, latest + 1), reuse: false };
  }
  return { name: revisionName(deck, firstFree, 0), reuse: false };
}

/**
 * Writes a build's material files (PDF first: it carries the stamp) under the next name of its deck
 * and returns their paths. A name another build took meanwhile is passed over for the next one.
 */
export async function writeMaterial(
  dir: string,
  deck: MaterialDeck,
  stamp: MaterialStamp | undefined,
  files: Array<{ ext: MaterialExtension; data: Uint8Array }>,
): Promise<{ paths: string[]; reused: boolean }> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { name, reuse } = await planRevision(
      dir,
      deck,
      stamp,
      files.map((f) => f.ext),
    );
    const paths = files.map((f) => join(dir, `${name}.${f.ext}`));
    if (reuse) return { paths, reused: true };
    const [first, ...rest] = files;
    if (!(await writeFileExclusive(paths[0], first.data))) continue;
    for (const [i, f] of rest.entries()) {
      if (!(await writeFileExclusive(paths[i + 1], f.data)))
        throw new WgdeckError(E.OutputNotWritable, {
          file: paths[i + 1],
          detail: 'another build wrote this revision meanwhile',
        });
    }
    return { paths, reused: false };
  }
  throw new WgdeckError(E.OutputNotWritable, {
    file: join(dir, materialBase(deck)),
    detail: 'no free revision name after 100 attempts (other builds keep taking them)',
  });
}
