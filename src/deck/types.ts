// The validated deck: what `validate` returns once the YAML matches schema/deck.schema.json.
// Defaults are applied by the validator, so later stages never re-check presence.
// Dates stay strings ("2018-03", "2025-07-22"): they are calendar dates, not instants.

/** A nested list of inline-Markdown or text lines: a string is a line, an array nests one level. */
export type NestedList = Array<string | NestedList>;

export interface Person {
  name: string;
  email?: string;
  remote?: boolean;
}

export interface Meeting {
  number?: number;
  interim: boolean;
  city?: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, local time */
  start?: string;
  /** minutes */
  duration?: number;
  timezone?: string;
  room?: string;
  session?: string;
}

export type GroupType = 'wg' | 'rg' | 'bof' | 'area' | 'dispatch' | 'other';

export interface Group {
  acronym: string;
  name: string;
  type: GroupType;
  chairs: Person[];
  ads: Person[];
  ad_label?: string;
  secretary: Person[];
  list?: string;
  links: Record<string, string>;
}

export interface TitleOptions {
  text?: string;
  subtitle?: string;
  lines: string[];
}

export interface StyleOptions {
  colors?: { primary?: string; accent?: string; background?: string; text?: string };
  font?: string;
  logo?: string;
  footer?: string;
  slide_numbers?: string;
}

export type Auto<T> = 'auto' | T;

/** The chairs' own lines on the Meeting Tips slide, by section (inline Markdown). */
export interface TipsExtra {
  in_person?: NestedList;
  remote?: NestedList;
  all?: NestedList;
}

export interface Boilerplate {
  note_well: Auto<'2013' | '2018' | '2025' | false>;
  note_really_well: Auto<boolean>;
  meeting_tips: Auto<false>;
  resources: Auto<false>;
  recorded: Auto<boolean>;
  /** added after the template's lines of each section; a list in the deck file means in_person */
  tips_extra: TipsExtra;
  /** added after the template's lines (inline Markdown) */
  resources_extra: NestedList;
}

export interface SessionLinks {
  notes?: string;
  chat?: string;
  meetecho?: string;
  agenda?: string;
  [key: string]: string | undefined;
}

export interface Administrivia {
  /** names, or a number of note takers still wanted */
  note_takers?: string[] | number;
  chat_scribe?: string;
  bluesheets: Auto<'datatracker' | 'paper' | false>;
  /** inline Markdown lines */
  items: string[];
  speaker_notes?: string;
}

export interface AgendaTopic {
  topic: string;
  presenter?: string;
  minutes?: number;
  drafts: string[];
  notes: NestedList;
}

export interface AgendaSection {
  section: string;
  items: AgendaTopic[];
}

export type AgendaEntry = AgendaTopic | AgendaSection;

export interface Agenda {
  title: string;
  style: 'auto' | 'list' | 'timed' | 'table';
  items: AgendaEntry[];
}

export type MilestoneStatus = 'pending' | 'done' | 'revised';

export interface Milestone {
  /** YYYY-MM or YYYY-MM-DD; absent for a group that does not date its milestones (the datatracker's choice) */
  due?: string;
  text: string;
  status: MilestoneStatus;
}

export interface Milestones {
  title: string;
  note?: string;
  items: Milestone[];
}

export type DocumentStage = 'publication' | 'iesg' | 'last-call' | 'post-wglc' | 'wg' | 'individual' | 'expired';

export interface DocumentEntry {
  name: string;
  stage: DocumentStage;
  status?: string;
  shepherd?: string;
  ad?: string;
  on_agenda: boolean;
}

/** The standard slides a bare name in `slides` places. */
export const STANDARD_SLIDES = [
  'title',
  'note-well',
  'note-really-well',
  'meeting-tips',
  'resources',
  'administrivia',
  'agenda',
  'milestones',
  'documents',
] as const;
export type StandardSlide = (typeof STANDARD_SLIDES)[number];

/** Options every slide entry may carry. */
export interface SlideCommon {
  speaker_notes?: string;
}

export interface DiscussionSlide extends SlideCommon {
  title: string;
  questions: NestedList;
}
export interface MarkdownSlide extends SlideCommon {
  /** free Marp Markdown for one slide (sanitized: no slide breaks, directives or HTML) */
  markdown: string;
}
export interface TableSlide extends SlideCommon {
  title: string;
  columns: string[];
  rows: string[][];
}
export interface ImageSlide extends SlideCommon {
  title?: string;
  src: string;
  alt: string;
}
export interface ColumnsSlide extends SlideCommon {
  title: string;
  lists: NestedList[];
}
export interface SectionSlide extends SlideCommon {
  title: string;
  subtitle?: string;
}

/**
 * One entry of `slides`, normalized: `kind` is the slide kind ("agenda", "discussion", a custom
 * template's name...), `options` what the entry carried (empty for a bare name).
 */
export interface SlideEntry {
  kind: string;
  options: Record<string, unknown> & SlideCommon;
  /** the path of this entry in the deck, for messages: "slides[3]"; none for the standard order's own */
  path?: string;
  /** an `extra_slides` entry placed after this standard slide */
  after?: StandardSlide;
}

export interface Deck {
  /** absolute path of the deck file */
  file: string;
  meeting: Meeting;
  group: Group;
  title: TitleOptions;
  theme: string;
  style: StyleOptions;
  boilerplate: Boilerplate;
  links: SessionLinks;
  /** false: no Administrivia slide */
  administrivia?: Administrivia | false;
  agenda: Agenda;
  milestones?: Milestones;
  documents: DocumentEntry[];
  /** absent: the standard order */
  slides?: SlideEntry[];
  /** slides added to the standard deck (never together with `slides`) */
  extra_slides: SlideEntry[];
  /** folder of template overrides, relative to the deck file */
  templates?: string;
}
