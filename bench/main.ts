// `npm run bench`: wgdeck's command (the bundled bin, as installed) against marp-cli on the same
// Markdown, in one run on one machine, with the four targets of issue 13 reported as met or not:
//   validate   one deck, cold: at most 0.2 s
//   html       `build --html` of one deck, cold: at most 0.6 of `marp --html`
//   pdf        `build --pdf` of one deck, cold: at most 0.7 of `marp --pdf`
//   batch      `build --pdf` of a folder: at most 0.3 of one `marp --pdf --input-dir` over it
// marp-cli prints with the browser wgdeck prints with, in the same mode; where that is a headless shell,
// the PDF figures are also given against marp-cli as it runs by default (a full Chromium, which is what
// it finds: it never looks for a headless shell).
// Cold figures are medians of --reps runs, wgdeck and marp alternating so that a busy moment of the
// machine favours neither. Memory comes from one more run of each, sampled (bench/measure.ts).
// Figures go to the screen and to bench/results.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { findBrowser } from '../src/browser/find.js';
import { loadDeck } from '../src/deck/load.js';
import { packageRoot, themesDir } from '../src/paths.js';
import { renderDeck } from '../src/render/render.js';
import { writeBenchDecks } from './decks.js';
import { peakMemory, timeCommand, type Timed } from './measure.js';

const TARGETS = { validateSeconds: 0.2, html: 0.6, pdf: 0.7, batch: 0.3 };

const { values } = parseArgs({
  options: {
    decks: { type: 'string', default: '20' },
    reps: { type: 'string', default: '5' },
    // a smoke run (the test) leaves marp-cli out: wgdeck's own figures, no ratios
    'skip-marp': { type: 'boolean', default: false },
    'skip-memory': { type: 'boolean', default: false },
    // the test measures the unbundled CLI it has just compiled
    cli: { type: 'string', default: join(packageRoot, 'dist', 'bin', 'wgdeck.js') },
    results: { type: 'string', default: join(packageRoot, 'bench', 'results.json') },
  },
});
const N = Number(values.decks);
const REPS = Number(values.reps);
if (!(N >= 1 && REPS >= 1))
  throw new Error('usage: bench [--decks N] [--reps R] [--skip-marp] [--skip-memory] [--cli FILE] [--results FILE]');

const wgdeckBin = values.cli;
if (!existsSync(wgdeckBin)) throw new Error(`${wgdeckBin} is missing: run \`npm run build\` first`);
const browser = findBrowser();
const chrome = browser.path;
// marp-cli prints with the same browser, in the same mode (a headless shell runs only as 'shell').
const env = {
  ...process.env,
  CHROME_PATH: chrome,
  ...(browser.headlessShell ? { PUPPETEER_HEADLESS_MODE: 'shell' } : {}),
};
/** A full browser for marp-cli's default mode, when wgdeck prints with a headless shell and one is found. */
function fullBrowser(): string | undefined {
  if (!browser.headlessShell) return undefined;
  try {
    return findBrowser({ headlessShell: false, env: { ...process.env, CHROME_PATH: '' } }).path;
  } catch {
    return undefined;
  }
}
const fullChrome = values['skip-marp'] ? undefined : fullBrowser();
const defaultEnv: NodeJS.ProcessEnv = { ...process.env, CHROME_PATH: fullChrome };
delete defaultEnv.PUPPETEER_HEADLESS_MODE;
const tmp = mkdtempSync(join(tmpdir(), 'wgdeck-bench-'));
const themes = join(tmp, 'themes');
const out = (name: string) => join(tmp, 'out', name);

type Command = [string, string[], NodeJS.ProcessEnv];
const wgdeck = (...args: string[]): Command => [process.execPath, [wgdeckBin, ...args], env];
// marp-cli leaves a folder in the temporary directory at each run: its own, inside the bench's.
const marpTmp = join(tmp, 'marp-tmp');
mkdirSync(marpTmp);
const marpCli = (commandEnv: NodeJS.ProcessEnv, args: string[]): Command => {
  const cli = createRequire(import.meta.url).resolve('@marp-team/marp-cli/marp-cli.js');
  const cliArgs = [cli, '--html', '--allow-local-files', '--theme-set', themes, ...args];
  return [process.execPath, cliArgs, { ...commandEnv, TMPDIR: marpTmp }];
};
const marp = (...args: string[]) => marpCli(env, args);
/** marp-cli in its default mode, with a full browser: none when there is no such comparison to make */
const marpDefault = (...args: string[]): Command[] => (fullChrome ? [marpCli(defaultEnv, args)] : []);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (x: number | null | undefined) => (x == null ? '-' : `${Math.round(x)} MB`);

/** Median wall times of the commands, run in turn `reps` times; one more run each for memory. */
async function compare(
  reps: number,
  ...commands: Command[]
): Promise<Array<{ seconds: number; cpuSeconds: number; peakMB: number | null }>> {
  const times: Timed[][] = commands.map(() => []);
  for (let r = 0; r < reps; r++)
    for (const [i, [cmd, args, cmdEnv]] of commands.entries()) times[i]!.push(await timeCommand(cmd, args, cmdEnv));
  const peaks: Array<number | null> = [];
  for (const [cmd, args, cmdEnv] of commands)
    peaks.push(values['skip-memory'] ? null : await peakMemory(cmd, args, cmdEnv));
  return times.map((t, i) => ({
    seconds: median(t.map((x) => x.seconds)),
    cpuSeconds: median(t.map((x) => x.cpuSeconds)),
    peakMB: peaks[i] ?? null,
  }));
}

try {
  const decksDir = join(tmp, 'decks');
  const files = writeBenchDecks(decksDir, N);
  // marp-cli gets the Markdown wgdeck renders (images inlined, as wgdeck does), in a folder of its
  // own for --input-dir, and the themes.
  mkdirSync(themes);
  for (const f of readdirSync(themesDir).filter((f) => f.endsWith('.css')))
    copyFileSync(join(themesDir, f), join(themes, f));
  const mdDir = join(tmp, 'markdown');
  mkdirSync(mdDir);
  const slides: number[] = [];
  const markdown: string[] = [];
  for (const file of files) {
    const { deck, positions } = await loadDeck(file);
    const rendered = await renderDeck(deck, { positions });
    slides.push(rendered.slides.length);
    const md = join(mdDir, `${basename(file, '.yaml')}.md`);
    writeFileSync(md, rendered.markdown);
    markdown.push(md);
  }

  const browserVersion = execFileSync(chrome, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const loadBefore = loadavg()[0]!;
  console.log(
    `wgdeck benchmark: ${N} decks of ${Math.min(...slides)} to ${Math.max(...slides)} ` +
      `slides, ${availableParallelism()} cores, ${browserVersion}, Node ${process.version}`,
  );
  console.log(
    `load average before: ${loadBefore.toFixed(1)} (other work on ` +
      'the machine slows every figure; ratios are fairer than seconds)',
  );

  const [deck0, md0] = [files[0]!, markdown[0]!];
  const skipMarp = values['skip-marp'];
  const [validate] = await compare(REPS, wgdeck('validate', deck0));
  const run = (r: NonNullable<typeof validate>, per = 1) =>
    `${(r.seconds / per).toFixed(3)} s (cpu ${(r.cpuSeconds / per).toFixed(3)} s, peak ${mb(r.peakMB)})`;
  console.log(`validate, one deck, cold          wgdeck ${run(validate!)}`);

  const html = await compare(
    REPS,
    wgdeck('build', '--html', deck0, '-o', out('html')),
    ...(skipMarp ? [] : [marp(md0, '-o', join(out('html'), 'marp.html'))]),
  );
  const pdf = await compare(
    REPS,
    wgdeck('build', '--pdf', deck0, '-o', out('pdf')),
    ...(skipMarp ? [] : [marp('--pdf', md0, '-o', join(out('pdf'), 'marp.pdf'))]),
    ...marpDefault('--pdf', md0, '-o', join(out('pdf'), 'marp-default.pdf')),
  );
  const batch = await compare(
    1,
    wgdeck('build', '--pdf', decksDir, '-o', out('batch')),
    ...(skipMarp ? [] : [marp('--pdf', '--input-dir', mdDir, '-o', out('batch-marp'))]),
    ...marpDefault('--pdf', '--input-dir', mdDir, '-o', out('batch-marp-default')),
  );
  for (const [name, dir] of [
    ['batch', out('batch')],
    ['batch-marp', out('batch-marp')],
    ['batch-marp-default', out('batch-marp-default')],
  ] as const) {
    const pdfs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).length : N;
    if (pdfs !== N) throw new Error(`${name}: ${pdfs} PDFs, expected ${N}`);
  }
  const versus = (ours: (typeof html)[number], theirs: (typeof html)[number], per: number) =>
    `${run(theirs!, per)}, ratio ${(ours!.seconds / theirs!.seconds).toFixed(2)} ` +
    `(cpu ${(ours!.cpuSeconds / theirs!.cpuSeconds).toFixed(2)})`;
  const line = (what: string, [ours, theirs, theirsByDefault]: typeof html, per = 1) =>
    console.log(
      `${what.padEnd(34)} wgdeck ${run(ours!, per)}` +
        (theirs ? `, marp ${versus(ours, theirs, per)}` : '') +
        (theirsByDefault ? `\n${''.padEnd(34)} marp in its default mode ${versus(ours, theirsByDefault, per)}` : ''),
    );
  line('build --html, one deck, cold', html);
  line('build --pdf, one deck, cold', pdf);
  line(`build --pdf, ${N} decks (per deck)`, batch, N);

  const ratio = (pair: typeof html, i = 1) => (pair[i] ? pair[0]!.seconds / pair[i].seconds : undefined);
  const figures = { validateSeconds: validate!.seconds, html: ratio(html), pdf: ratio(pdf), batch: ratio(batch) };
  // Against marp-cli in its default mode (a full Chromium), where wgdeck prints with a headless shell.
  const byDefault = fullChrome ? { pdf: ratio(pdf, 2), batch: ratio(batch, 2) } : null;
  // The same ratios in CPU time: on a machine other work keeps busy, closer to what an idle one shows.
  const cpuRatio = (pair: typeof html) => (pair[1] ? pair[0]!.cpuSeconds / pair[1].cpuSeconds : undefined);
  const cpuFigures = {
    validateSeconds: validate!.cpuSeconds,
    html: cpuRatio(html),
    pdf: cpuRatio(pdf),
    batch: cpuRatio(batch),
  };
  const meets = (k: keyof typeof TARGETS, figure: number | undefined) =>
    figure === undefined ? null : figure <= TARGETS[k];
  const met = Object.fromEntries(
    Object.keys(TARGETS).map((k) => [k, meets(k as keyof typeof TARGETS, figures[k as keyof typeof figures])]),
  ) as Record<keyof typeof TARGETS, boolean | null>;
  const metByDefault = byDefault && { pdf: meets('pdf', byDefault.pdf), batch: meets('batch', byDefault.batch) };
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');
  /** A PDF target's verdict; where wgdeck prints with a headless shell, against marp-cli in both modes. */
  const pdfVerdict = (k: 'pdf' | 'batch') =>
    `${figures[k]?.toFixed(2) ?? '-'}, ${verdict(met[k])}` +
    (byDefault
      ? ` (marp-cli on the same headless shell); ${byDefault[k]?.toFixed(2)}, ${verdict(metByDefault![k])} ` +
        '(marp-cli in its default mode, full Chromium)'
      : '');
  const loadAfter = loadavg()[0]!;
  const validateSeconds = figures.validateSeconds.toFixed(3);
  const cpu = [cpuFigures.validateSeconds, cpuFigures.html, cpuFigures.pdf, cpuFigures.batch].map(
    (f) => f?.toFixed(2) ?? '-',
  );
  console.log(`load average after: ${loadAfter.toFixed(1)}
\ntargets (wall time; in CPU time: ${cpu.join(', ')}):
  validate cold <= ${TARGETS.validateSeconds} s:           ${validateSeconds} s, ${verdict(met.validateSeconds)}
  build --html cold <= ${TARGETS.html} x marp --html:  ${figures.html?.toFixed(2) ?? '-'}, ${verdict(met.html)}
  build --pdf cold <= ${TARGETS.pdf} x marp --pdf:     ${pdfVerdict('pdf')}
  batch <= ${TARGETS.batch} x marp --input-dir:        ${pdfVerdict('batch')}`);

  const pair = (p: typeof html) => ({ wgdeck: p[0], marp: p[1] ?? null, ...(p[2] ? { marpDefaultMode: p[2] } : {}) });
  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: availableParallelism(),
      loadAverage: { before: loadBefore, after: loadAfter },
      cpu: cpus()[0]?.model,
      node: process.version,
      browser: browserVersion,
      // the full browser marp-cli ran in its default mode, if any
      fullBrowser: fullChrome ?? null,
    },
    decks: N,
    reps: REPS,
    slides: { min: Math.min(...slides), max: Math.max(...slides), total: slides.reduce((x, y) => x + y, 0) },
    // seconds (medians) and peak MB (PSS of the process tree)
    runs: { validate: validate, html: pair(html), pdf: pair(pdf), batch: pair(batch) },
    figures,
    cpuFigures,
    targets: TARGETS,
    met,
    // the PDF targets against marp-cli in its default mode (null when wgdeck's browser is not a headless shell)
    figuresByDefault: byDefault,
    metByDefault,
  };
  mkdirSync(dirname(values.results), { recursive: true });
  writeFileSync(values.results, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${values.results}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
