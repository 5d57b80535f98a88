import { existsSync } from 'node:fs';
import { PLACEHOLDER } from '../deck/starter.js';
import { addDays, meetingWeek } from '../ietf/meetings.js';
import { E, WgdeckError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { schemaPath } from '../paths.js';
import { builtinThemes } from '../render/themes.js';
import { parse } from './args.js';

export const help = `Usage: wgdeck new <acronym> [--meeting N] [--theme NAME] [--out FILE] [--force]

Writes a starter deck for the group: meeting, group, chairs, agenda and milestones to fill in.
Its placeholders (Chair One, draft-ietf-<acronym>-example, ...) are errors until replaced.
Default output: <acronym>-ietf<N>.yaml (or <acronym>-interim.yaml). --force overwrites an existing file.`;

export function starterDeck(acronym: string, meeting: number | undefined, theme: string): string {
  // The meeting's Monday when wgdeck knows its week, else today: either way a date to correct.
  const week = meeting === undefined ? undefined : meetingWeek(meeting);
  const date = week ? addDays(week.first, 2) : new Date().toISOString().slice(0, 10);
  return `# yaml-language-server: $schema=${schemaPath}
# A wgdeck deck: \`wgdeck build ${acronym}.yaml\` makes the HTML and the PDF. Format: docs/deck-format.md
meeting:
${meeting !== undefined ? `  number: ${meeting}\n` : '  interim: true\n'}  date: ${date}        # the session's date, YYYY-MM-DD
  # start: "09:30"        # local start time: the agenda then shows clock times
  # duration: 90          # minutes; wgdeck warns when the agenda runs longer
  # timezone: Europe/Madrid
  # city: Madrid
  # room: Padang

group:
  acronym: ${acronym}
  name: ${acronym.toUpperCase()} Working Group   # the group's full name
  chairs:
    - ${PLACEHOLDER.chairs[0]}
    - { name: ${PLACEHOLDER.chairs[1]}, email: chair2@example.org }
  ads: [${PLACEHOLDER.ad}]
  list: ${acronym}@ietf.org

theme: ${theme}

administrivia:
  note_takers: 1          # names, or how many volunteers are still needed
  items:
    - Agenda bashing

agenda:
  items:
    - { topic: "Welcome, Administrivia, and Agenda Bashing", presenter: Chairs, minutes: 5 }
    - topic: ${PLACEHOLDER.topic}
      presenter: ${PLACEHOLDER.presenter}
      minutes: 20
      drafts: [${PLACEHOLDER.draft(acronym)}]
      notes:
        - Open issues
    - { topic: Open Mic, presenter: All, minutes: 10 }

# milestones:
#   items:
#     - { due: 2026-03, text: Adopt a document, status: pending }

# extra_slides:           # slides of your own, after the standard deck (or {after: agenda, slides: [...]})
#   - discussion: { title: Adoption?, questions: [Adopt draft-ietf-${acronym}-example?] }
`;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('new', argv, { meeting: { type: 'string' }, theme: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
  if (values.help) return (console.log(help), 0);
  const acronym = positionals[0];
  if (!acronym || positionals.length > 1 || !/^[a-z][a-z0-9-]*$/.test(acronym)) {
    throw new WgdeckError(E.UsageError, { detail: 'Give one group acronym in lower case, as in the datatracker (e.g. `wgdeck new quic --meeting 125`).', command: 'new' });
  }
  const meeting = values.meeting === undefined ? undefined : Number(values.meeting);
  if (meeting !== undefined && !(Number.isInteger(meeting) && meeting > 0)) {
    throw new WgdeckError(E.UsageError, { detail: `--meeting takes an IETF meeting number, got "${values.meeting}".`, command: 'new' });
  }
  const theme = values.theme ?? 'ietf';
  const themes = builtinThemes().map((t) => t.name);
  if (!themes.includes(theme)) throw new WgdeckError(E.ThemeNotFound, { theme, known: themes });
  const out = values.out ?? `${acronym}-${meeting !== undefined ? `ietf${meeting}` : 'interim'}.yaml`;
  if (existsSync(out) && !values.force) {
    throw new WgdeckError(E.UsageError, { detail: `${out} exists already; wgdeck new does not overwrite it.`, command: 'new' });
  }
  await writeFileAtomic(out, starterDeck(acronym, meeting, theme));
  console.log(`wrote ${out}: fill it in, then run \`wgdeck build ${out}\``);
  return 0;
}
