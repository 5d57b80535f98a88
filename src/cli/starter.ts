// The deck `wgdeck new` writes: the datatracker's part (filled in from it, or placeholders to fill
// in by hand) and the chair's part (theme, administrivia, agenda), with comments to guide the chair.
import { Document, isMap, isSeq, type Node } from 'yaml';
import { PLACEHOLDER } from '../deck/starter.js';
import type { DatatrackerFields } from '../ietf/datatracker/map.js';
import type { IetfMeeting } from '../ietf/meetings.js';

export interface StarterOptions {
  acronym: string;
  theme: string;
  /** the value of the `$schema` comment */
  schema: string;
  /** the deck's file name, for the commands quoted in comments */
  fileName: string;
}

const FIRST_ITEM = '    - { topic: "Welcome, Administrivia, and Agenda Bashing", presenter: Chairs, minutes: 5 }';

function header(opts: StarterOptions, about: string[]): string {
  return [
    `# yaml-language-server: $schema=${opts.schema}`,
    ...about.map((line) => `# ${line}`),
    `# \`wgdeck build ${opts.fileName}\` makes the HTML and the PDF; \`wgdeck agenda\` and \`wgdeck notes\` the agenda`,
    '# and the notes page. The format: docs/deck-format.md',
  ].join('\n');
}

function chairsPart(opts: StarterOptions, agendaExample: string): string {
  return `theme: ${opts.theme}

administrivia:
  note_takers: 1          # names, or how many volunteers are still needed
  items:
    - Agenda bashing

agenda:
  items:
${FIRST_ITEM}
${agendaExample}
    - { topic: Open Mic, presenter: All, minutes: 10 }

# extra_slides:           # slides of your own, after the standard deck (or {after: agenda, slides: [...]})
#   - discussion: { title: Adoption?, questions: [Adopt draft-ietf-${opts.acronym}-example?] }
`;
}

/** One block of YAML from values, lists of records written one record a line. */
function block(value: Record<string, unknown>, opts: { quoted?: string[][] } = {}): string {
  const doc = new Document(value);
  for (const path of opts.quoted ?? []) {
    const node = doc.getIn(path, true) as { type?: string } | undefined;
    if (node) node.type = 'QUOTE_DOUBLE';
  }
  for (const key of ['milestones', 'documents']) {
    const top = doc.get(key, true) as Node | undefined;
    const seq = isMap(top) ? top.get('items', true) : top;
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

/** A deck filled from the datatracker; `wgdeck update` refreshes the keys of `fields` later. */
export function datatrackerDeck(
  opts: StarterOptions,
  fields: DatatrackerFields,
  source: { base: string; today: string },
): string {
  const m = fields.meeting;
  const where = [`IETF ${m.number}`, m.city, m.session].filter(Boolean).join(', ');
  const onAgenda = fields.documents.find((d) => d.stage === 'wg')?.name ?? `draft-ietf-${opts.acronym}-example`;
  return [
    header(opts, [
      `${fields.group.name} (${opts.acronym}) at ${where}.`,
      `Meeting, group, links, milestones and documents come from ${source.base} (${source.today});`,
      `\`wgdeck update ${opts.fileName}\` refreshes them and keeps everything else, comments included.`,
    ]),
    block({ meeting: m }, { quoted: [['meeting', 'start']] }).trimEnd(),
    // Empty lists (no secretary) are left out: the chair adds one when there is one.
    block({
      group: Object.fromEntries(Object.entries(fields.group).filter(([, v]) => !(Array.isArray(v) && v.length === 0))),
    }).trimEnd(),
    ...(Object.keys(fields.links).length ? [block({ links: fields.links }).trimEnd()] : []),
    '',
    chairsPart(
      opts,
      `    # - { topic: "A working-group draft", presenter: An Author, minutes: 20, drafts: [${onAgenda}] }`,
    ).trimEnd(),
    '',
    ...(fields.milestones.length ? [block({ milestones: { items: fields.milestones } }).trimEnd()] : []),
    ...(fields.documents.length ? [block({ documents: fields.documents }).trimEnd()] : []),
    '',
  ].join('\n');
}

/** A deck to fill in by hand, for an IETF meeting (its dates and place known) or an interim. */
export function offlineDeck(opts: StarterOptions, meeting: IetfMeeting | { interim: string }): string {
  const a = opts.acronym;
  const dates =
    'interim' in meeting
      ? ''
      : meeting.estimated
        ? `wgdeck does not know IETF ${meeting.number}'s dates yet: check ietf.org/meeting/`
        : `IETF ${meeting.number} runs ${meeting.start} to ${meeting.end}`;
  const place =
    'interim' in meeting || !meeting.city
      ? "  # city: the meeting city\n  # timezone: the venue's IANA time zone\n"
      : `  city: ${meeting.city}\n  timezone: ${meeting.timezone}\n`;
  const meetingPart =
    'interim' in meeting
      ? `meeting:
  interim: true
  date: ${meeting.interim}        # the interim's date, YYYY-MM-DD
  # start: "15:00"        # local start time: the agenda then shows clock times
  # duration: 60          # minutes; wgdeck warns when the agenda runs longer
  # timezone: UTC         # the time zone of the start time`
      : `meeting:
  number: ${meeting.number}
  date: ${meeting.start}        # the session's date: ${dates}
  # start: "09:30"        # the session's local start time: the agenda then shows clock times
  # duration: 90          # minutes; wgdeck warns when the agenda runs longer
${place}  # room: the session's room, from the meeting agenda
  # session: Session I    # the slot name on the meeting agenda`;
  const where =
    'interim' in meeting ? 'an interim meeting' : `IETF ${meeting.number}${meeting.city ? ` ${meeting.city}` : ''}`;
  const intro = [
    `${a.toUpperCase()} at ${where}: fill in the group, the agenda and the milestones.`,
    `\`wgdeck new ${a} --meeting N --datatracker\` fills most of it from the datatracker instead.`,
  ];
  const due = ('interim' in meeting ? meeting.interim : meeting.start).slice(0, 7);
  return `${header(opts, intro)}
${meetingPart}

group:
  acronym: ${a}
  name: ${a.toUpperCase()}                # the group's full name
  chairs:
    - ${PLACEHOLDER.chairs[0]}
    - { name: ${PLACEHOLDER.chairs[1]}, email: chair2@example.org }
  ads: [${PLACEHOLDER.ad}]
  list: ${a}@ietf.org

${chairsPart(
  opts,
  `    - topic: ${PLACEHOLDER.topic}
      presenter: ${PLACEHOLDER.presenter}
      minutes: 20
      drafts: [${PLACEHOLDER.draft(a)}]
      notes:
        - Open issues`,
)}
# milestones:
#   items:
#     - { due: ${due}, text: Adopt a document, status: pending }
`;
}
