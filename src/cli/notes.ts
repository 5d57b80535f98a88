import { notesMarkdown } from '../export/notes.js';
import { runMarkdown } from './markdown.js';

export const help = `Usage: wgdeck notes <deck.yaml>... [--out DIR [--proceedings]]

Writes the notes template for notes.ietf.org: title, date, chairs, note takers, then one heading per
agenda item with its presenter and drafts, and room for discussion, decisions and action items.

Options:
  --out DIR              write <deck>-notes.md into DIR (default: print to stdout)
  --proceedings          name it as the datatracker names minutes: minutes-<num>-<acronym>-NN.md
  -h, --help             this help`;

export const run = (argv: string[]) => runMarkdown({ name: 'notes', render: notesMarkdown }, argv, help);
