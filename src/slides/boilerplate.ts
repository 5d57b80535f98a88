// The IETF's own texts (Note Well, Note Really Well, Meeting Tips, Resources): trusted Markdown
// from src/resolve/boilerplate.ts, chosen by meeting era in src/resolve/eras.ts.
import { meetingTipsEra, noteWellEra, resourcesEra, showNoteReallyWell, recordedByDefault } from '../resolve/eras.js';
import { noteWell as noteWellText, noteReallyWell as noteReallyWellText, meetingTips as tipsText, resources as resourcesText, qrCodeSvg, NOTE_WELL_QR_URL, type Block } from '../resolve/boilerplate.js';
import { trusted, type Trusted } from '../render/trusted.js';
import type { BuildContext, SlideBuilder } from './types.js';
import type { SlideEntry } from '../deck/types.js';

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

/** Whether a standard slide asked for by name applies: a bare name in `slides` forces it. */
function wanted(entry: SlideEntry): boolean {
  return entry.path.startsWith('slides');
}

export const noteWell: SlideBuilder = async ({ deck }) => {
  const era = noteWellEra(deck.meeting, deck.boilerplate.note_well);
  if (era === false) return [];
  const qr = era === '2025' ? `data:image/svg+xml;base64,${Buffer.from(await qrCodeSvg(NOTE_WELL_QR_URL)).toString('base64')}` : null;
  const recorded = recordedByDefault(deck.meeting, deck.boilerplate.recorded);
  return [
    {
      kind: 'note-well',
      title: 'Note Well',
      classes: [`era-${era}`],
      paginate: true,
      data: { era, body: blocksMarkdown(noteWellText(era, { irtf: deck.group.type === 'rg' })), qr: qr ? trusted(qr) : null, qrUrl: NOTE_WELL_QR_URL, recorded: era === '2025' && recorded },
    },
  ];
};

export const noteReallyWell: SlideBuilder = ({ deck }, entry) => {
  const show = wanted(entry) || showNoteReallyWell(deck.meeting, deck.boilerplate.note_really_well);
  if (!show) return [];
  return [{ kind: 'note-really-well', title: 'Note Really Well', classes: [], paginate: true, data: { body: blocksMarkdown(noteReallyWellText()) } }];
};

/** The first meeting whose tips slide says "This session is being recorded" (ietf-facts.md section 3). */
const RECORDED_ON_TIPS_FROM = 124;

function meetingNumber(ctx: BuildContext): number | undefined {
  return ctx.deck.meeting.number;
}

export const meetingTips: SlideBuilder = (ctx) => {
  const era = meetingTipsEra(ctx.deck.meeting, ctx.deck.boilerplate.meeting_tips);
  const n = meetingNumber(ctx);
  if (era === false || n === undefined) return [];
  const tips = tipsText(era, n);
  // From IETF 124 the template repeats the recording notice above the tips' title.
  const recorded = n >= RECORDED_ON_TIPS_FROM && recordedByDefault(ctx.deck.meeting, ctx.deck.boilerplate.recorded);
  return [{ kind: 'meeting-tips', title: tips.title, classes: [], paginate: true, data: { heading: tips.title, body: blocksMarkdown(tips.blocks), recorded } }];
};

export const resources: SlideBuilder = (ctx) => {
  const era = resourcesEra(ctx.deck.meeting, ctx.deck.boilerplate.resources);
  const n = meetingNumber(ctx);
  if (era === false || n === undefined) return [];
  const r = resourcesText(era, n, ctx.deck.meeting.city);
  return [{ kind: 'resources', title: r.title, classes: [], paginate: true, data: { heading: r.title, body: blocksMarkdown(r.blocks) } }];
};
