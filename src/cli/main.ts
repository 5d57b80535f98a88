#!/usr/bin/env node
// The `wgdeck` command: one module per subcommand, each with its own --help.
import { E, WgdeckError } from '../errors.js';
import { version } from '../paths.js';
import { printError } from '../errors-text.js';
import { exitOnSignals } from './signals.js';
import { cleanLeftovers } from '../browser/leftovers.js';
type Command = { run: (argv: string[]) => Promise<number>; help: string };

// Each command is loaded when it runs: Marp, puppeteer and pdf-lib take about a second to import,
// which `--version`, `--help` or `new` should not pay.
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: () => import('./build.js'),
  validate: () => import('./validate.js'),
  new: () => import('./new.js'),
  update: () => import('./update.js'),
  agenda: () => import('./agenda.js'),
  notes: () => import('./notes.js'),
  themes: () => import('./themes.js'),
  preview: () => import('./preview.js'),
  check: () => import('./check.js'),
};

const HELP = `wgdeck ${version}: IETF working-group session decks from one YAML file.

Usage: wgdeck <command> [options]

Commands:
  build <deck.yaml|folder>...   build HTML and PDF
  validate <deck.yaml>...       check decks, list every problem with file:line:col
  check <file.pdf|deck.yaml>... check PDFs against the datatracker's upload rules
  preview <deck.yaml>           serve the deck, reloading as you edit it
  new <acronym>                 write a starter deck (--datatracker: filled from the datatracker)
  update <deck.yaml>            refresh what the deck took from the datatracker, keep the rest
  agenda <deck.yaml>...         write the session agenda as Markdown (for the datatracker)
  notes <deck.yaml>...          write the notes template (for notes.ietf.org)
  themes                        list the built-in themes

wgdeck <command> --help shows a command's options. wgdeck --version prints the version.
Exit codes: 0 success, 1 invalid input, 2 environment (no browser, unwritable output).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return (console.log(HELP), 0);
  if (command === '--version' || command === '-v') return (console.log(version), 0);
  const load = COMMANDS[command];
  if (!load) throw new WgdeckError(E.UsageError, { detail: `Unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.`, command: '' });
  return (await load()).run(rest);
}

exitOnSignals();
// What a wgdeck ended by kill -9 or out of memory left: its browser and the browser's profile.
cleanLeftovers();
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => process.exit(printError(e)),
);
