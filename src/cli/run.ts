// The `wgdeck` command line: one module per subcommand, each with its own --help. The tests run it
// in process; src/cli/main.ts is the executable.
import { suggest } from '../deck/validate.js';
import { E, WgdeckError } from '../errors.js';
import { version } from '../paths.js';
import { printError } from '../errors-text.js';
import type { CliOptions } from './args.js';
import { COMMANDS } from './commands.js';

const HELP =
  `wgdeck ${version}: IETF working-group session decks from one YAML file.

Usage: wgdeck <command> [options]

Commands:
  build <deck.yaml|folder>...   build HTML and PDF
  validate <deck.yaml>...       check decks, list every problem with file:line:col
  check <file.pdf|deck.yaml>... check PDFs for upload: the datatracker's limits and house rules
  preview <deck.yaml>           serve the deck, reloading as you edit it
  new <acronym>                 write a starter deck (--datatracker: filled from the datatracker)
  update <deck.yaml>            refresh what the deck took from the datatracker, keep the rest
  agenda <deck.yaml>...         write the session agenda as Markdown (for the datatracker)
  notes <deck.yaml>...          write the notes template (for notes.ietf.org)
  themes                        list the built-in themes

wgdeck <command> --help (-h) shows a command's options. wgdeck --version (-v) prints the version.
Exit codes: 0 success, 1 invalid input, 2 environment (no browser, ` +
  'unwritable output), 130 and 143 stopped by Ctrl-C or SIGTERM.';

async function dispatch(argv: string[], opts: CliOptions): Promise<number> {
  const [command, ...rest] = argv;
  // No command is a mistake (as for git): the help, on stderr, and a failing exit for scripts.
  if (command === undefined) {
    process.stderr.write(`${HELP}\n`);
    return 1;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(version);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    const close = suggest(command, Object.keys(COMMANDS));
    const detail = close
      ? `Unknown command "${command}"; did you mean "${close}"?`
      : `Unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.`;
    throw new WgdeckError(E.UsageError, { detail, command: '' });
  }
  return (await load()).run(rest, opts);
}

/** Runs the command line `argv` (without node and the script) and returns the exit code; errors are printed. */
export function runCli(argv: string[], opts: CliOptions = {}): Promise<number> {
  return dispatch(argv, opts).catch((e: unknown) => printError(e));
}
