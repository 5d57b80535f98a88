// The IETF's own texts (Note Well, Note Really Well, Meeting Tips, Resources): trusted Markdown
// from src/ietf/texts.ts, chosen by meeting era in src/ietf/eras.ts, plus the lines the chairs add
// to Meeting Tips and Resources (`boilerplate.tips_extra`, `resources_extra`).
import {
  meetingTipsEra,
  noteWellEra,
  resourcesEra,
  showNoteReallyWell,
  recordedByDefault,
  MEETING_TIPS_FROM,
  RESOURCES_FROM,
} from '../ietf/eras.js';
import {
  noteWell as noteWellText,
  noteReallyWell as noteReallyWellText,
  meetingTips as tipsText,
  resources as resourcesText,
  qrCodeSvg,
  NOTE_WELL_QR_URL,
  TIPS_SECTIONS,
  type Block,
} from '../ietf/texts.js';
import { md } from '../text/escape.js';
import { trusted, type Trusted } from '../text/trusted.js';
import type { BuildContext, ResolvedSlide, SlideBuilder } from './types.js';
import type { NestedList, SlideEntry, TipsExtra } from '../deck/types.js';

type Nested = string | Nested[];

function list(items: Nested[], depth = 0): string {
  return items
    .map((item) => (Array.isArray(item) ? list(item, depth + 1) : `${'  '.repeat(depth)}- ${item}`))
    .join('\n');
}

/** Boilerplate blocks as one trusted Markdown body. */
export function blocksMarkdown(blocks: Block[]): Trusted {
  return trusted(
    blocks
      .map((b) => (b.kind === 'ul' ? list(b.items as Nested[]) : b.kind === 'h' ? `### ${b.md}` : b.md))
      .join('\n\n'),
  );
}

/** Whether the deck names this slide (in `slides` or `extra_slides`): that forces Note Really Well. */
function named(entry: SlideEntry): boolean {
  return entry.path !== undefined;
}

/** The chairs' own lines: inline Markdown, escaped like any Markdown field, then trusted as such. */
function chairLines(items: NestedList): NestedList {
  return items.map((item) => (Array.isArray(item) ? chairLines(item) : md(item)));
}

/** `lines` added at the end of a section's list, or as a new section at the end. */
function addToSection(blocks: Block[], heading: string, lines: NestedList): Block[] {
  if (lines.length === 0) return blocks;
  const at = blocks.findIndex((b) => b.kind === 'h' && b.md === heading);
  const list = blocks[at + 1];
  if (at < 0 || list?.kind !== 'ul')
    return [...blocks, { kind: 'h', md: heading }, { kind: 'ul', items: chairLines(lines) }];
  return blocks.map((b, i) => (i === at + 1 ? { kind: 'ul', items: [...list.items, ...chairLines(lines)] } : b));
}

export const noteWell: SlideBuilder = async ({ deck, none }) => {
  const era = noteWellEra(deck.meeting, deck.boilerplate.note_well);
  if (era === false) return none('`boilerplate.note_well` is false');
  const qr =
    era === '2025'
      ? `data:image/svg+xml;base64,${Buffer.from(await qrCodeSvg(NOTE_WELL_QR_URL)).toString('base64')}`
      : null;
  const recorded = recordedByDefault(deck.meeting, deck.boilerplate.recorded);
  return [
    {
      kind: 'note-well',
      title: 'Note Well',
      classes: [`era-${era}`],
      paginate: true,
      data: {
        era,
        body: blocksMarkdown(noteWellText(era, { irtf: deck.group.type === 'rg' })),
        qr: qr ? trusted(qr) : null,
        qrUrl: NOTE_WELL_QR_URL,
        recorded: era === '2025' && recorded,
      },
    },
  ];
};

export const noteReallyWell: SlideBuilder = ({ deck }, entry) => {
  const show = named(entry) || showNoteReallyWell(deck.meeting, deck.boilerplate.note_really_well);
  if (!show) return [];
  return [
    {
      kind: 'note-really-well',
      title: 'Note Really Well',
      classes: [],
      paginate: true,
      data: { body: blocksMarkdown(noteReallyWellText()) },
    },
  ];
};

/** The first meeting whose tips slide says "This session is being recorded" (ietf-facts.md section 3). */
const RECORDED_ON_TIPS_FROM = 124;

/** Why an IETF-meeting slide of the template is not in this deck. */
function notInEra(ctx: BuildContext, key: 'meeting_tips' | 'resources', from: number): ResolvedSlide[] {
  const n = ctx.deck.meeting.number;
  if (ctx.deck.boilerplate[key] === false) return ctx.none(`\`boilerplate.${key}\` is false`);
  if (ctx.deck.meeting.interim || n === undefined)
    return ctx.none('the template has it for IETF meetings only, not interims');
  return ctx.none(`the template has it from IETF ${from} on, and this is IETF ${n}`);
}

export const meetingTips: SlideBuilder = (ctx) => {
  const era = meetingTipsEra(ctx.deck.meeting, ctx.deck.boilerplate.meeting_tips);
  const n = ctx.deck.meeting.number;
  if (era === false || n === undefined) return notInEra(ctx, 'meeting_tips', MEETING_TIPS_FROM);
  const tips = tipsText(era, n);
  const extra = ctx.deck.boilerplate.tips_extra;
  const blocks = (Object.keys(TIPS_SECTIONS) as Array<keyof TipsExtra>).reduce(
    (b, key) => addToSection(b, TIPS_SECTIONS[key], extra[key] ?? []),
    tips.blocks,
  );
  // From IETF 124 the template repeats the recording notice above the tips' title.
  const recorded = n >= RECORDED_ON_TIPS_FROM && recordedByDefault(ctx.deck.meeting, ctx.deck.boilerplate.recorded);
  return [
    {
      kind: 'meeting-tips',
      title: tips.title,
      classes: [],
      paginate: true,
      data: { heading: tips.title, body: blocksMarkdown(blocks), recorded },
    },
  ];
};

export const resources: SlideBuilder = (ctx) => {
  const era = resourcesEra(ctx.deck.meeting, ctx.deck.boilerplate.resources);
  const n = ctx.deck.meeting.number;
  if (era === false || n === undefined) return notInEra(ctx, 'resources', RESOURCES_FROM);
  const r = resourcesText(era, n, ctx.deck.meeting.city);
  // The text is one list: the chairs' lines follow its last item.
  const extra = chairLines(ctx.deck.boilerplate.resources_extra);
  const blocks = r.blocks.map((b): Block => (b.kind === 'ul' ? { kind: 'ul', items: [...b.items, ...extra] } : b));
  return [
    {
      kind: 'resources',
      title: r.title,
      classes: [],
      paginate: true,
      data: { heading: r.title, body: blocksMarkdown(blocks) },
    },
  ];
};
