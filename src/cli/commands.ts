// The commands of `wgdeck`, each a module of its own (src/cli/<name>.ts) with `run` and `help`.
// scripts/bundle.mjs replaces this table in a bundle made for one command (`validate`), so that
// bundle holds that command's modules only.
import type { CliOptions } from './args.js';

export type Command = { run: (argv: string[], opts: CliOptions) => Promise<number>; help: string };

// Each command is loaded when it runs: Marp, puppeteer and pdf-lib take about a second to import,
// which `--version`, `--help` or `new` should not pay.
export const COMMANDS: Record<string, () => Promise<Command>> = {
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
