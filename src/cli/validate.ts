import { deckFiles } from '../build.js';
import { loadDeck } from '../deck/load.js';
import { E, isWgdeckError, WgdeckError, type Problem } from '../errors.js';
import { renderDeck } from '../render/render.js';
import { JSON_OUTPUT, parse, QUIET, templatesOption } from './args.js';
import { errorJson, errorText, printWarnings, type ErrorJson } from '../errors-text.js';

export const help = `Usage: wgdeck validate <deck.yaml|folder>... [options]

Checks each deck against the deck format and lists every problem with file:line:col. Writes nothing.

Options:
  -t, --templates DIR    template overrides, as for build
  -q, --quiet            print errors only (no "valid" lines, no warnings)
      --json             print one JSON report on stdout: { decks: [{ file, valid, slides, problems, error }] }
  -h, --help             this help

Exit codes: 0 valid, 1 any deck invalid.`;

interface DeckReport {
  file: string;
  valid: boolean;
  slides?: number;
  /** every problem located in the deck, errors and warnings */
  problems: Problem[];
  /** an error not located in the deck (a template error, an unreadable image) */
  error?: ErrorJson;
}

async function validateOne(
  file: string,
  templatesDir: string | undefined,
): Promise<{ report: DeckReport; caught?: unknown }> {
  try {
    const { deck, warnings, positions } = await loadDeck(file, { templatesDir });
    // Rendering in memory finds what the schema cannot: missing images, agenda overruns, template
    // errors, and what a chair's Markdown may not do (decided on markdown-it's tokens, inside Marp).
    const rendered = await renderDeck(deck, { templatesDir, positions });
    return {
      report: { file, valid: true, slides: rendered.slides.length, problems: [...warnings, ...rendered.warnings] },
    };
  } catch (e) {
    const problems = isWgdeckError(e) && e.code === 'deck-invalid' ? (e.args as { problems: Problem[] }).problems : [];
    return {
      report: { file, valid: false, problems, ...(problems.length === 0 && { error: errorJson(e) }) },
      caught: e,
    };
  }
}

/** Each error names its deck, so a folder's report says which file to open. */
function printDeckError(file: string, e: unknown): 1 | 2 {
  const { text, exit } = errorText(e);
  process.stderr.write(text.includes(file) ? `${text}\n` : `${file}:\n${text}\n`);
  return exit;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('validate', argv, {
    templates: { type: 'string', short: 't' },
    ...QUIET,
    ...JSON_OUTPUT,
  });
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length === 0)
    throw new WgdeckError(E.UsageError, { detail: 'Name at least one deck file or folder.', command: 'validate' });
  const templatesDir = templatesOption(values.templates);
  const reports: DeckReport[] = [];
  let exit = 0;
  for (const file of deckFiles(positionals)) {
    const { report, caught } = await validateOne(file, templatesDir);
    reports.push(report);
    if (caught !== undefined)
      exit = Math.max(exit, values.json ? errorText(caught).exit : printDeckError(file, caught));
    else if (!values.json && !values.quiet) {
      printWarnings(report.problems);
      console.log(`valid ${file} (${report.slides} slides)`);
    }
  }
  if (values.json) console.log(JSON.stringify({ decks: reports }, null, 2));
  return exit;
}
