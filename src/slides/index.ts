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
