import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { BrowserPool } from '../browser/pool.js';
import { E, WgdeckError } from '../errors.js';
import { parse } from './args.js';
import { errorText, printWarnings } from '../errors-text.js';

export const help = `Usage: wgdeck check <file.pdf|deck.yaml>... [options]

Checks each PDF against the datatracker's rules for uploaded slides, one line per rule:
  size           at most 40,960,000 bytes
  title          a PDF Title, at most 255 characters, none above U+FFFF (no emoji)
  slide numbers  every page after the first shows its number
  16:9           every page
  text           every page has extractable text (not only pictures)
A deck (.yaml/.yml) is built to PDF first, in a temporary folder unless --out is given.
Reading the pages' text needs poppler's pdftotext (package poppler-utils).

Options:
  --out DIR              keep the PDFs built from decks in DIR
  --templates DIR        template overrides for the decks, as for build
  --browser-path PATH    the Chrome/Chromium/Edge to print decks with (or set CHROME_PATH)
  -h, --help             this help

Exit codes: 0 every rule passed, 1 a rule failed or an input is invalid, 2 environment (no browser, no pdftotext).`;

const OPTIONS = {
  out: { type: 'string' },
  templates: { type: 'string' },
  'browser-path': { type: 'string' },
} as const;

const shown = (file: string) => relative(process.cwd(), file) || file;
const isDeck = (file: string) => ['.yaml', '.yml'].includes(extname(file).toLowerCase());

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('check', argv, OPTIONS);
  if (values.help) return (console.log(help), 0);
  if (positionals.length === 0) throw new WgdeckError(E.UsageError, { detail: 'Name at least one PDF or deck file.', command: 'check' });
  const [{ readPdf }, { checkPdf }] = await Promise.all([import('../check/pdf-info.js'), import('../check/rules.js')]);
  const pool = new BrowserPool({ browserPath: values['browser-path'] });
  const temp = values.out === undefined && positionals.some(isDeck) ? await mkdtemp(join(tmpdir(), 'wgdeck-check-')) : undefined;
  let exit = 0;
  try {
    for (const input of positionals) {
      try {
        let pdf = input;
        if (isDeck(input)) {
          const { buildDeck } = await import('../build.js');
          const built = await buildDeck(input, { pdf: true, html: false, outDir: values.out ?? temp, templatesDir: values.templates, pool });
          printWarnings(built.warnings);
          pdf = built.outputs[0]!;
        }
        const results = checkPdf(await readPdf(pdf));
        console.log(pdf === input ? shown(pdf) : `${shown(input)} (built to ${values.out === undefined ? 'a temporary PDF' : shown(pdf)})`);
        const width = Math.max(...results.map((r) => r.rule.length));
        for (const r of results) console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.rule.padEnd(width)}  ${r.detail}`);
        if (results.some((r) => !r.ok)) exit = Math.max(exit, 1);
      } catch (e) {
        // One unreadable file does not hide what the others show.
        const error = errorText(e);
        process.stderr.write(`${shown(input)}:\n${error.text}\n`);
        exit = Math.max(exit, error.exit);
      }
    }
  } finally {
    await pool.close();
    if (temp !== undefined) await rm(temp, { recursive: true, force: true });
  }
  return exit;
}
