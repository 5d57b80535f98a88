import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import type { BrowserPool } from '../browser/pool.js';
import type { BuildOptions, BuildResult } from '../build.js';
import { deckFiles } from '../deck/files.js';
import { E, WgdeckError } from '../errors.js';
import { parse, QUIET, templatesOption, type CliOptions } from './args.js';
import { commandPool } from './pool.js';
import { errorText, warningLines } from '../errors-text.js';
import { progress, silent } from './progress.js';

export const help = `Usage: wgdeck build <deck.yaml|folder>... [options]

Builds each deck to HTML (for the screen) and PDF (for the proceedings), named after the deck file.
A folder builds every .yaml/.yml deck in it. Many decks are built several at a time with one
browser; a deck that fails does not stop the others, and the summary names each failure.

Options:
      --html             HTML only (needs no browser)
      --pdf              PDF only
  -o, --out DIR          write outputs to DIR (default: next to each deck)
  -t, --templates DIR    template overrides: DIR/<kind>.hbs replaces or adds a slide kind
      --notes            put speaker notes into the PDF as annotations
      --all              also write the session agenda and the notes page as Markdown
                         (<deck>-agenda.md, <deck>-notes.md; see wgdeck agenda, wgdeck notes)
      --pptx             also write PowerPoint (.pptx): each slide a picture, speaker notes as notes
      --proceedings      name the PDF (and PPTX) as the datatracker does, slides-<num>-<acronym>-chairs-slides-00,
                         the next revision (-01, -02, ...) when one exists; interims:
                         slides-interim-<date>-<acronym>-chairs-slides-00. Check it with wgdeck check.
      --browser-path PATH
                         the Chrome/Chromium/Edge to print with (or set CHROME_PATH)
  -j, --jobs N           decks in progress at once (default: cores + 1, so this process renders
                         the next deck while the browser prints the ones before it)
  -w, --watch            build again whenever a deck, an image, a template or a theme changes;
                         a failed build keeps the last good outputs (Ctrl-C stops)
  -q, --quiet            print errors only (no progress, no summary, no warnings)
  -h, --help             this help

Exit codes: 0 built, 1 invalid input (a deck, a path, an option), 2 environment (no browser, unwritable output).`;

/** Runs `job` on each item, at most `limit` at once, started in order. */
async function eachLimited<T>(items: T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const shown = (file: string) => relative(process.cwd(), file) || file;

/**
 * Builds the decks, each independent of the others, prints progress and a summary, and returns
 * the exit code: 0 when all were built, else the most serious of the failures.
 */
async function buildAll(
  files: string[],
  opts: BuildOptions,
  jobs: number,
  quiet: boolean,
  onBuilt?: (file: string, result: BuildResult) => void,
): Promise<number> {
  const { buildDeck } = await import('../build.js');
  const bar = quiet ? silent : progress(files.length);
  const failed = new Map<string, { text: string; exit: 1 | 2 }>();
  const started = performance.now();
  let slides = 0;
  await eachLimited(files, jobs, async (file) => {
    bar.start(file);
    try {
      const r = await buildDeck(file, opts);
      slides += r.slides;
      onBuilt?.(file, r);
      bar.done(
        file,
        [`built ${file} -> ${r.outputs.map(shown).join(', ')} (${r.slides} slides)`, ...warningLines(r.warnings)],
        true,
      );
    } catch (e) {
      const error = errorText(e);
      failed.set(file, error);
      bar.done(file, [`failed ${file}: ${error.text.split('\n')[0].replace(/^error: /, '')}`], false);
    }
  });
  bar.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (quiet) {
    for (const [file, { text }] of failed) process.stderr.write(`${file}:\n${text}\n`);
  } else if (files.length > 1 || failed.size) {
    const built = files.length - failed.size;
    console.log(
      `${built} of ${files.length} deck${files.length === 1 ? '' : 's'} ` +
        `built (${slides} slides) in ${seconds} s${failed.size ? `; ${failed.size} failed:` : ''}`,
    );
    // Decks that failed the same way (no browser, say) are listed under one copy of the error.
    const byError = new Map<string, string[]>();
    for (const [file, { text }] of failed) byError.set(text, [...(byError.get(text) ?? []), file]);
    // Errors go to stderr, like every other error wgdeck prints.
    for (const [text, names] of byError) process.stderr.write(`\n${names.join(', ')}:\n${text}\n`);
  }
  return Math.max(0, ...[...failed.values()].map((f) => f.exit));
}

const OPTIONS = {
  html: { type: 'boolean' },
  pdf: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  templates: { type: 'string', short: 't' },
  notes: { type: 'boolean' },
  pptx: { type: 'boolean' },
  all: { type: 'boolean' },
  proceedings: { type: 'boolean' },
  'browser-path': { type: 'string' },
  watch: { type: 'boolean', short: 'w' },
  jobs: { type: 'string', short: 'j' },
  ...QUIET,
} as const;
type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

export async function run(argv: string[], opts: CliOptions = {}): Promise<number> {
  const { values, positionals } = parse('build', argv, OPTIONS);
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length === 0)
    throw new WgdeckError(E.UsageError, { detail: 'Name at least one deck file or folder.', command: 'build' });
  templatesOption(values.templates);
  // Before the browser starts: a mistyped command line or a missing deck costs no second of Chromium.
  const jobs = values.jobs === undefined ? availableParallelism() + 1 : Number(values.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1))
    throw new WgdeckError(E.UsageError, {
      detail: `--jobs takes a whole number from 1, got "${values.jobs}".`,
      command: 'build',
    });
  // Each build makes a new revision: rebuilding on every save would pile them up.
  if (values.proceedings && values.watch)
    throw new WgdeckError(E.UsageError, {
      detail: '--proceedings writes a new revision each build, so it does not go with --watch.',
      command: 'build',
    });
  const files = deckFiles(positionals);
  const both = !values.html && !values.pdf;
  const { pool, own } = commandPool(opts, values['browser-path']);
  // Chromium takes a second to start: its process starts first, then Marp loads and the first decks
  // render beside it (on another core), and a page is open by the time the first deck is ready.
  // A failed start is kept by the pool and reported by the first deck that needs the browser.
  if (both || values.pdf || values.pptx) {
    pool.withPage(async () => {}).catch(() => {});
    await pool.start();
  }
  try {
    return await buildAndWatch(pool, own, files, jobs, values);
  } finally {
    if (own) await pool.close();
  }
}

async function buildAndWatch(
  pool: BrowserPool,
  own: boolean,
  files: string[],
  jobs: number,
  values: Values,
): Promise<number> {
  const both = !values.html && !values.pdf;
  let printed = 0;
  const opts: BuildOptions = {
    outDir: values.out,
    html: both || values.html,
    pdf: both || values.pdf,
    templatesDir: values.templates,
    notes: values.notes,
    pptx: values.pptx,
    pages: values.all,
    proceedings: values.proceedings,
    pool,
    // Once the last deck is printed, the browser closes while that deck's PDF is finished and written.
    onPrinted:
      values.watch || values.pptx || !own ? undefined : () => void (++printed === files.length && pool.close()),
  };
  const quiet = values.quiet === true;
  if (!values.watch) return buildAll(files, opts, jobs, quiet);
  // The watcher (and chokidar) loads only for --watch.
  const { SourceWatcher, sourceRoots } = await import('../watch.js');
  // What a watch covers per deck; refined with the deck's own templates and CSS once it has loaded.
  const roots = new Map(files.map((f) => [resolve(f), sourceRoots(f, { templatesDir: values.templates })]));
  const onBuilt = (file: string, r: BuildResult) =>
    roots.set(resolve(file), sourceRoots(file, { templatesDir: values.templates, deck: r.deck }));
  await buildAll(files, opts, jobs, quiet, onBuilt);
  const watcher = new SourceWatcher(async (changed) => {
    // An edited deck rebuilds alone; anything else (an image, a template, a theme) may be shared.
    const decks = files.filter((f) => changed.includes(resolve(f)));
    await buildAll(decks.length === changed.length ? decks : files, opts, jobs, quiet, onBuilt);
    watcher.watch([...roots.values()].flat());
  });
  watcher.watch([...roots.values()].flat());
  await watcher.ready;
  if (!quiet) console.log(`Watching ${files.length} deck${files.length === 1 ? '' : 's'} for changes (Ctrl-C stops)`);
  // Runs until Ctrl-C or SIGTERM ends the process (cli/signals.ts), whatever a rebuild is doing.
  return new Promise<never>(() => {});
}
