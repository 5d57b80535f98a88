// Deck -> ResolvedDeck: the slide list expanded (standard order or the deck's own), each slide's
// data computed for its template, session links derived, and soft problems collected as warnings.
import { dirname, relative } from 'node:path';
import { STANDARD_SLIDES, type Deck, type SlideEntry } from '../deck/types.js';
import { E, WgdeckError, type Problem } from '../errors.js';
import { meetingDateProblem } from '../ietf/meetings.js';
import { BUILDERS } from '../slides/index.js';
import { custom } from '../slides/free.js';
import type { BuildContext, ResolvedSlide } from '../slides/types.js';
import { sessionLinks } from './session-links.js';
import { uploadTitle } from '../check/rules.js';

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
}

export interface ResolvedDeck {
  deck: Deck;
  slides: ResolvedSlide[];
  meta: DocumentMeta;
  footer: string;
  warnings: Problem[];
}

/** The standard order, each slide only where it applies (its builder returns none otherwise). */
function standardEntries(): SlideEntry[] {
  return STANDARD_SLIDES.map((kind) => ({ kind, options: {}, path: kind }));
}

function documentMeta(deck: Deck): DocumentMeta {
  const { meeting: m, group: g } = deck;
  const acronym = g.acronym.toUpperCase();
  const where = m.number !== undefined ? `IETF ${m.number}` : `${acronym} interim ${m.date}`;
  return {
    // Upload-safe by construction: the datatracker refuses titles over 255 characters or above U+FFFF.
    title: uploadTitle(m.number !== undefined ? `IETF ${m.number} ${acronym} Chairs' Slides` : `${acronym} Interim ${m.date} Chairs' Slides`).title,
    author: g.chairs.map((c) => c.name).join(', '),
    subject: `${g.name} (${acronym}) session, ${where}, ${m.date}`,
    keywords: [g.acronym, m.number !== undefined ? `IETF ${m.number}` : 'interim', 'IETF', 'chairs slides'],
    lang: 'en',
  };
}

export function defaultFooter(deck: Deck): string {
  const acronym = deck.group.acronym.toUpperCase();
  return deck.meeting.number !== undefined ? `IETF ${deck.meeting.number} · ${acronym}` : `${acronym} Interim · ${deck.meeting.date}`;
}

/** A date the schema cannot judge: a session date outside its IETF meeting's week. */
function checkMeetingDate(deck: Deck, positions?: Map<string, { line: number; col: number }>): void {
  const message = meetingDateProblem(deck.meeting.interim ? undefined : deck.meeting.number, deck.meeting.date);
  if (message === undefined) return;
  const file = relative(process.cwd(), deck.file);
  const at = positions?.get('meeting.date') ?? { line: 1, col: 1 };
  throw new WgdeckError(E.DeckInvalid, { file, problems: [{ file, ...at, path: 'meeting.date', message, severity: 'error' }] });
}

export async function resolveDeck(deck: Deck, opts: { positions?: Map<string, { line: number; col: number }> } = {}): Promise<ResolvedDeck> {
  checkMeetingDate(deck, opts.positions);
  const warnings: Problem[] = [];
  const ctx: BuildContext = {
    deck,
    baseDir: dirname(deck.file),
    links: sessionLinks(deck.meeting, deck.group, deck.links),
    warnings,
    warn(path, message) {
      const pos = opts.positions?.get(path) ?? { line: 1, col: 1 };
      warnings.push({ file: relative(process.cwd(), deck.file), line: pos.line, col: pos.col, path, message, severity: 'warning' });
    },
  };
  const slides: ResolvedSlide[] = [];
  for (const entry of deck.slides ?? standardEntries()) {
    // A template override of a built-in kind keeps its builder; a new kind gets its options as they are.
    const builder = Object.hasOwn(BUILDERS, entry.kind) ? BUILDERS[entry.kind] : custom(entry.kind);
    const built = await builder(ctx, entry);
    // Any entry may carry speaker notes; a slide that continues on several pages has them on each.
    const notes = entry.options.speaker_notes;
    slides.push(...built.map((s) => (notes === undefined ? s : { ...s, notes })));
  }
  return { deck, slides, meta: documentMeta(deck), footer: deck.style.footer ?? defaultFooter(deck), warnings };
}
