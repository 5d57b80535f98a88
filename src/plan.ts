// Deck -> ResolvedDeck: the slide list expanded (standard order or the deck's own), each slide's
// data computed for its template, session links derived, and soft problems collected as warnings.
import { dirname, relative } from 'node:path';
import { STANDARD_SLIDES, type Deck, type SlideEntry, type StandardSlide } from './deck/types.js';
import { E, WgdeckError, warningAt, type Problem } from './errors.js';
import { meetingDateProblem } from './ietf/meetings.js';
import { BUILDERS, SHOWS } from './slides/index.js';
import { custom } from './slides/free.js';
import { fitTitle } from './slides/title-fit.js';
import type { BuildContext, ResolvedSlide } from './slides/types.js';
import { sessionLinks } from './ietf/links.js';
import { uploadTitle } from './ietf/upload-rules.js';

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
  return STANDARD_SLIDES.map((kind) => ({ kind, options: {} }));
}

function isStandard(kind: string): kind is StandardSlide {
  return (STANDARD_SLIDES as readonly string[]).includes(kind);
}

/**
 * The entries to build: the deck's own `slides`, or the standard order with `extra_slides` in it.
 * A standard slide named there takes its standard place (and is shown even where it would not
 * apply); `after: X` entries follow X's place; the others close the deck, in their order.
 */
function slideEntries(deck: Deck): SlideEntry[] {
  if (deck.slides) return deck.slides;
  const extra = deck.extra_slides;
  const entries: SlideEntry[] = [];
  for (const standard of standardEntries()) {
    entries.push(extra.find((e) => e.kind === standard.kind && e.after === undefined) ?? standard);
    entries.push(...extra.filter((e) => e.after === standard.kind));
  }
  entries.push(...extra.filter((e) => e.after === undefined && !isStandard(e.kind)));
  return entries;
}

function documentMeta(deck: Deck): DocumentMeta {
  const { meeting: m, group: g } = deck;
  const acronym = g.acronym.toUpperCase();
  const where = m.number !== undefined ? `IETF ${m.number}` : `${acronym} interim ${m.date}`;
  return {
    // Upload-safe by construction: the datatracker refuses titles over 255 characters or above U+FFFF.
    title: uploadTitle(
      m.number !== undefined
        ? `IETF ${m.number} ${acronym} Chairs' Slides`
        : `${acronym} Interim ${m.date} Chairs' Slides`,
    ).title,
    author: g.chairs.map((c) => c.name).join(', '),
    subject: `${g.name} (${acronym}) session, ${where}, ${m.date}`,
    keywords: [g.acronym, m.number !== undefined ? `IETF ${m.number}` : 'interim', 'IETF', 'chairs slides'],
    lang: 'en',
  };
}

export function defaultFooter(deck: Deck): string {
  const acronym = deck.group.acronym.toUpperCase();
  return deck.meeting.number !== undefined
    ? `IETF ${deck.meeting.number} · ${acronym}`
    : `${acronym} Interim · ${deck.meeting.date}`;
}

/** One entry's slides, and why there are none when its builder says so. */
async function build(
  ctx: Omit<BuildContext, 'none'>,
  entry: SlideEntry,
): Promise<{ slides: ResolvedSlide[]; none?: string }> {
  let none: string | undefined;
  // A template override of a built-in kind keeps its builder; a new kind gets its options as they are.
  const builder = Object.hasOwn(BUILDERS, entry.kind) ? BUILDERS[entry.kind] : custom(entry.kind);
  const noSlides = (reason: string): ResolvedSlide[] => {
    none = reason;
    return [];
  };
  const slides = await builder({ ...ctx, none: noSlides }, entry);
  return { slides, none };
}

/**
 * `slides` replaces the standard deck: each standard slide it leaves out that would show is a warning.
 * Whether it would show is decided without building it (SHOWS): a deck's every render asks.
 */
function leftOut(ctx: Omit<BuildContext, 'none'>, listed: SlideEntry[]): void {
  for (const kind of STANDARD_SLIDES) {
    if (listed.some((e) => e.kind === kind) || !SHOWS[kind](ctx.deck)) continue;
    ctx.warn(
      'slides',
      `the list leaves out \`${kind}\`, which the standard deck of this meeting shows; list ` +
        `it, or keep the standard deck and add your slides with \`extra_slides\` instead of \`slides\``,
    );
  }
}

/** The chairs' own lines for a boilerplate slide the deck does not show would vanish too. */
function unshownLines(deck: Deck, slides: ResolvedSlide[], warn: (path: string, message: string) => void): void {
  const added: Array<[kind: string, path: string, lines: number]> = [
    ['meeting-tips', 'boilerplate.tips_extra', Object.values(deck.boilerplate.tips_extra).flat().length],
    ['resources', 'boilerplate.resources_extra', deck.boilerplate.resources_extra.length],
  ];
  for (const [kind, path, lines] of added) {
    if (lines > 0 && !slides.some((s) => s.kind === kind))
      warn(path, `these lines go on the \`${kind}\` slide, which this deck does not show`);
  }
}

/** A date the schema cannot judge: a session date outside its IETF meeting's week. */
function checkMeetingDate(deck: Deck, positions?: Map<string, { line: number; col: number }>): void {
  const message = meetingDateProblem(deck.meeting.interim ? undefined : deck.meeting.number, deck.meeting.date);
  if (message === undefined) return;
  const file = relative(process.cwd(), deck.file);
  const at = positions?.get('meeting.date') ?? { line: 1, col: 1 };
  throw new WgdeckError(E.DeckInvalid, {
    file,
    problems: [{ file, ...at, path: 'meeting.date', message, severity: 'error' }],
  });
}

export async function resolveDeck(
  deck: Deck,
  opts: { positions?: Map<string, { line: number; col: number }> } = {},
): Promise<ResolvedDeck> {
  checkMeetingDate(deck, opts.positions);
  const warnings: Problem[] = [];
  const ctx = {
    deck,
    baseDir: dirname(deck.file),
    links: sessionLinks(deck.meeting, deck.group, deck.links),
    warnings,
    warn(path: string, message: string) {
      warnings.push(warningAt(deck.file, opts.positions?.get(path) ?? { line: 1, col: 1 }, path, message));
    },
  };
  const slides: ResolvedSlide[] = [];
  for (const entry of slideEntries(deck)) {
    const built = await build(ctx, entry);
    // A slide the deck names and that shows nothing would vanish without a word.
    if (built.slides.length === 0 && entry.path !== undefined)
      ctx.warn(entry.path, `no \`${entry.kind}\` slide: ${built.none ?? 'it has nothing to show'}`);
    // Any entry may carry speaker notes; a slide that continues on several pages has them on each.
    const notes = entry.options.speaker_notes;
    // A title too long for the band is a warning at the entry's line (the standard order's own: the kind's key).
    const fitted = built.slides.map((s) =>
      fitTitle(s, { logo: !!deck.style.logo, warn: (message) => ctx.warn(entry.path ?? entry.kind, message) }),
    );
    slides.push(...fitted.map((s) => ({ ...s, source: entry.path, ...(notes === undefined ? {} : { notes }) })));
  }
  if (deck.slides) leftOut(ctx, deck.slides);
  unshownLines(deck, slides, ctx.warn);
  return { deck, slides, meta: documentMeta(deck), footer: deck.style.footer ?? defaultFooter(deck), warnings };
}
