import type { Deck, StandardSlide } from '../deck/types.js';
import { meetingTipsEra, noteWellEra, resourcesEra, showNoteReallyWell } from '../ietf/eras.js';
import { administrivia } from './administrivia.js';
import { agenda } from './agenda.js';
import { meetingTips, noteReallyWell, noteWell, resources } from './boilerplate.js';
import { documents } from './documents.js';
import { columns, discussion, markdown, section, table } from './free.js';
import { image } from './image.js';
import { milestones } from './milestones.js';
import { title } from './title.js';
import type { SlideBuilder } from './types.js';

/** Every built-in slide kind and its builder; a kind's template is templates/<kind>.hbs. */
export const BUILDERS: Record<string, SlideBuilder> = {
  title,
  'note-well': noteWell,
  'note-really-well': noteReallyWell,
  'meeting-tips': meetingTips,
  resources,
  administrivia,
  agenda,
  milestones,
  documents,
  discussion,
  markdown,
  table,
  image,
  columns,
  section,
};

/**
 * Whether a standard slide (as the standard order has it, without options) shows for a deck, decided
 * as its builder decides but without building it: resolveDeck asks this for every standard slide a
 * deck's own `slides` list leaves out. test/slides/shows.test.ts holds each answer to its builder's.
 */
export const SHOWS: Record<StandardSlide, (deck: Deck) => boolean> = {
  title: () => true,
  'note-well': (d) => noteWellEra(d.meeting, d.boilerplate.note_well) !== false,
  'note-really-well': (d) => showNoteReallyWell(d.meeting, d.boilerplate.note_really_well),
  'meeting-tips': (d) =>
    d.meeting.number !== undefined && meetingTipsEra(d.meeting, d.boilerplate.meeting_tips) !== false,
  resources: (d) => d.meeting.number !== undefined && resourcesEra(d.meeting, d.boilerplate.resources) !== false,
  administrivia: (d) => d.administrivia !== false,
  agenda: () => true,
  milestones: (d) => (d.milestones?.items.length ?? 0) > 0,
  documents: (d) => d.documents.length > 0,
};
