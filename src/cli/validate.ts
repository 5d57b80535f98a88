import { deckFiles } from '../build.js';
import { loadDeck } from '../deck/load.js';
import { E, WgdeckError } from '../errors.js';
import { renderDeck } from '../render/render.js';
import { parse } from './args.js';
import { errorText, printWarnings } from '../errors-text.js';

export const help = `Usage: wgdeck validate <deck.yaml|folder>... [--templates DIR]

Checks each deck against the deck format and lists every problem with file:line:col. Writes nothing.
Exit codes: 0 valid, 1 any deck invalid.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('validate', argv, { templates: { type: 'string' } });
  if (values.help) return (console.log(help), 0);
  if (positionals.length === 0) throw new WgdeckError(E.UsageError, { detail: 'Name at least one deck file or folder.', command: 'validate' });
  let exit = 0;
  for (const file of deckFiles(positionals)) {
    try {
      const { deck, warnings, positions } = await loadDeck(file, { templatesDir: values.templates });
      // Rendering in memory finds what the schema cannot: missing images, agenda overruns, template errors.
      const rendered = await renderDeck(deck, { templatesDir: values.templates, positions });
      printWarnings([...warnings, ...rendered.warnings]);
      console.log(`valid ${file} (${rendered.slides.length} slides)`);
    } catch (e) {
      // Each error names its deck, so a folder's report says which file to open.
      const { text, exit: code } = errorText(e);
      process.stderr.write(text.includes(file) ? `${text}\n` : `${file}:\n${text}\n`);
      exit = Math.max(exit, code);
    }
  }
  return exit;
}
