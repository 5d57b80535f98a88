import { agendaMarkdown } from '../export/agenda.js';
import { runMarkdown } from './markdown.js';

export const help = `Usage: wgdeck agenda <deck.yaml>... [--out DIR [--proceedings]]

Writes the session agenda as Markdown, ready to upload to the datatracker: the title, the Meetecho,
notes and chat links, the date and slot ("16:00-18:00 Wednesday, Session IV"), and each item as
"15 min - Topic - Presenter" with its drafts linked, under the deck's agenda sections.

Options:
  --out DIR              write <deck>-agenda.md into DIR (default: print to stdout)
  --proceedings          name it as the datatracker does: agenda-<num>-<acronym>-NN.md, the next revision
  -h, --help             this help`;

export const run = (argv: string[]) => runMarkdown({ name: 'agenda', render: agendaMarkdown }, argv, help);
