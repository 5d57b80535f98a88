import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { BrowserPool } from '../browser/pool.js';
import { buildDeck, deckFiles, type BuildResult } from '../build.js';
import { E, WgdeckError, isWgdeckError } from '../errors.js';
import { parse } from './args.js';
import { printError, printWarnings } from './output.js';

export const help = `Usage: wgdeck build <deck.yaml|folder>... [options]

Builds each deck to HTML (for the screen) and PDF (for the proceedings), named after the deck file.
A folder builds every .yaml/.yml deck in it, all with one browser.

Options:
  --html                 HTML only (needs no browser)
  --pdf                  PDF only
  --out DIR              write outputs to DIR (default: next to each deck)
  --templates DIR        template overrides: DIR/<kind>.hbs replaces or adds a slide kind
  --notes                put speaker notes into the PDF as annotations
  --browser-path PATH    the Chrome/Chromium/Edge to print with (or set CHROME_PATH)
  -h, --help             this help

Exit codes: 0 built, 1 invalid input (a deck, a path, an option), 2 environment (no browser, unwritable output).`;

/** Runs `jobs` with at most `limit` at once, in order of start. */
async function eachLimited<T>(items: T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('build', argv, {
    html: { type: 'boolean' },
    pdf: { type: 'boolean' },
    out: { type: 'string' },
    templates: { type: 'string' },
    notes: { type: 'boolean' },
    'browser-path': { type: 'string' },
  });
  if (values.help) return (console.log(help), 0);
  if (positionals.length === 0) throw new WgdeckError(E.UsageError, { detail: 'Name at least one deck file or folder.', command: 'build' });
  const files = deckFiles(positionals);
  const both = !values.html && !values.pdf;
  const pool = new BrowserPool({ browserPath: values['browser-path'] });
  const failed: Array<{ file: string; exit: 1 | 2 }> = [];
  const started = Date.now();
  let slides = 0;
  try {
    await eachLimited(files, availableParallelism(), async (file) => {
      try {
        const r: BuildResult = await buildDeck(file, {
          outDir: values.out,
          html: both || values.html,
          pdf: both || values.pdf,
          templatesDir: values.templates,
          notes: values.notes,
          pool,
        });
        slides += r.slides;
        printWarnings(r.warnings);
        console.log(`built ${file} -> ${r.outputs.map((o) => relative(process.cwd(), o) || o).join(', ')} (${r.slides} slides)`);
      } catch (e) {
        process.stderr.write(`failed ${file}\n`);
        failed.push({ file, exit: printError(e) });
        // Without a browser no other deck's PDF can be made either.
        if (isWgdeckError(e) && e.code === 'browser-not-found') throw e;
      }
    });
  } catch {
    // already reported
  } finally {
    await pool.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (files.length > 1 || failed.length) {
    console.log(`${files.length - failed.length} of ${files.length} decks built (${slides} slides) in ${seconds} s${failed.length ? `; failed: ${failed.map((f) => f.file).join(', ')}` : ''}`);
  }
  return failed.length === 0 ? 0 : Math.max(...failed.map((f) => f.exit));
}
