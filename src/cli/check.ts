import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import type { RuleResult } from '../check/rules.js';
import { E, WgdeckError, type Problem } from '../errors.js';
import { JSON_OUTPUT, parse, QUIET, templatesOption, type CliOptions } from './args.js';
import { commandPool } from './pool.js';
import { errorJson, errorText, printWarnings, type ErrorJson } from '../errors-text.js';

export const help = `Usage: wgdeck check <file.pdf|deck.yaml>... [options]

Checks each PDF before it is uploaded to the proceedings, one line per rule. The datatracker's own
limits, which refuse an upload:
  size           at most 40,960,000 bytes
  title          a PDF Title, at most 255 characters, none above U+FFFF (no emoji)
House rules, which the datatracker does not enforce but the proceedings and the room need:
  slide numbers  every page after the first shows its number (the upload form asks for them)
  16:9           every page; other sizes pass with a warning (the room's screens are 16:9)
  text           every page has extractable text (not only pictures)
A deck (.yaml/.yml) is built to PDF first, in a temporary folder unless --out is given.
Reading the pages' text needs poppler's pdftotext (package poppler-utils).

Options:
  -o, --out DIR          keep the PDFs built from decks in DIR
  -t, --templates DIR    template overrides for the decks, as for build
      --browser-path PATH
                         the Chrome/Chromium/Edge to print decks with (or set CHROME_PATH)
  -q, --quiet            print only the rules that fail or warn, and errors
      --json             print one JSON report on stdout: { files: [{ file, pdf, ok, rules, warnings, error }] }
  -h, --help             this help

Exit codes: 0 every rule passed, 1 a rule failed or an input is invalid, 2 environment (no browser, no pdftotext).`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  templates: { type: 'string', short: 't' },
  'browser-path': { type: 'string' },
  ...QUIET,
  ...JSON_OUTPUT,
} as const;

const shown = (file: string) => relative(process.cwd(), file) || file;
const isDeck = (file: string) => ['.yaml', '.yml'].includes(extname(file).toLowerCase());

interface FileReport {
  file: string;
  /** the PDF checked: the file itself, or the one built from the deck */
  pdf?: string;
  ok: boolean;
  rules: RuleResult[];
  /** the deck's warnings, when a deck was built */
  warnings: Problem[];
  error?: ErrorJson;
}

const mark = (r: RuleResult) => (!r.ok ? 'FAIL' : r.warning ? 'warn' : 'pass');

export async function run(argv: string[], opts: CliOptions = {}): Promise<number> {
  const { values, positionals } = parse('check', argv, OPTIONS);
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length === 0)
    throw new WgdeckError(E.UsageError, { detail: 'Name at least one PDF or deck file.', command: 'check' });
  const templatesDir = templatesOption(values.templates);
  const [{ readPdf }, { checkPdf }] = await Promise.all([import('../check/pdf-info.js'), import('../check/rules.js')]);
  const { pool, own } = commandPool(opts, values['browser-path']);
  const temp =
    values.out === undefined && positionals.some(isDeck) ? await mkdtemp(join(tmpdir(), 'wgdeck-check-')) : undefined;
  const reports: FileReport[] = [];
  let exit = 0;
  try {
    for (const input of positionals) {
      const report: FileReport = { file: input, ok: false, rules: [], warnings: [] };
      reports.push(report);
      try {
        let pdf = input;
        if (isDeck(input)) {
          const { buildDeck } = await import('../build.js');
          const built = await buildDeck(input, {
            pdf: true,
            html: false,
            outDir: values.out ?? temp,
            templatesDir,
            pool,
          });
          report.warnings = built.warnings;
          if (!values.json && !values.quiet) printWarnings(built.warnings);
          pdf = built.outputs[0]!;
        }
        report.pdf = values.out === undefined && pdf !== input ? undefined : pdf;
        report.rules = checkPdf(await readPdf(pdf));
        report.ok = report.rules.every((r) => r.ok);
        if (!report.ok) exit = Math.max(exit, 1);
        if (values.json) continue;
        const listed = values.quiet ? report.rules.filter((r) => !r.ok || r.warning) : report.rules;
        if (listed.length === 0) continue;
        console.log(
          pdf === input
            ? shown(pdf)
            : `${shown(input)} (built to ${values.out === undefined ? 'a temporary PDF' : shown(pdf)})`,
        );
        const width = Math.max(...listed.map((r) => r.rule.length));
        for (const r of listed) console.log(`  ${mark(r)}  ${r.rule.padEnd(width)}  ${r.detail}`);
      } catch (e) {
        // One unreadable file does not hide what the others show.
        const error = errorText(e);
        report.error = errorJson(e);
        if (!values.json) process.stderr.write(`${shown(input)}:\n${error.text}\n`);
        exit = Math.max(exit, error.exit);
      }
    }
  } finally {
    if (own) await pool.close();
    if (temp !== undefined) await rm(temp, { recursive: true, force: true });
  }
  if (values.json) console.log(JSON.stringify({ files: reports }, null, 2));
  return exit;
}
