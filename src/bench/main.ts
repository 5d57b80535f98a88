// `npm run bench`: wgdeck against Marp run by hand, on the same generated decks, in one run on one
// machine. (a) wgdeck's batch build to PDF; (b) one `marp --pdf` per deck; (c) one `marp` over all
// the decks; (d) YAML to HTML in process, warm; (e) one deck, cold, wgdeck's CLI against marp's.
// Figures go to the screen and to bench/results.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findBrowser } from '../browser/find.js';
import { loadDeck } from '../deck/load.js';
import { packageRoot, themesDir } from '../paths.js';
import { renderDeck } from '../render/render.js';
import { writeBenchDecks } from './decks.js';
import { measureCommand, measureHere, type Measured } from './measure.js';

const TARGETS = { aPerDeck: 0.5, aOverB: 0.25, dPerDeckMs: 30, e: 1.05 };

const { values } = parseArgs({
  options: {
    decks: { type: 'string', default: '30' },
    reps: { type: 'string', default: '3' },
    // the Marp side takes most of the time; a smoke run may leave (b), (c) and (e) out
    'skip-marp': { type: 'boolean', default: false },
    results: { type: 'string', default: join(packageRoot, 'bench', 'results.json') },
  },
});
const N = Number(values.decks);
const REPS = Number(values.reps);
if (!(N >= 1 && REPS >= 1)) throw new Error('usage: bench [--decks N] [--reps R] [--skip-marp] [--results FILE]');

const wgdeckCli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const marpCli = createRequire(import.meta.url).resolve('@marp-team/marp-cli/marp-cli.js');
const chrome = findBrowser().path;
const env = { ...process.env, CHROME_PATH: chrome };
const wgdeck = (args: string[]) => measureCommand(process.execPath, [wgdeckCli, ...args], env);
const marp = (args: string[]) => measureCommand(process.execPath, [marpCli, '--pdf', '--html', '--allow-local-files', '--theme-set', themes, ...args], env);

// (the Debian wrapper script chatters on stderr)
const browserVersion = execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const tmp = mkdtempSync(join(tmpdir(), 'wgdeck-bench-'));
const decksDir = join(tmp, 'decks');
const themes = join(tmp, 'themes');
const out = (name: string) => join(tmp, 'out', name);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pdfsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pdf')).length;

function check(dir: string, expected: number): void {
  if (pdfsIn(dir) !== expected) throw new Error(`${dir}: ${pdfsIn(dir)} PDFs, expected ${expected}`);
}

try {
  const files = writeBenchDecks(decksDir, N);
  // Marp gets the Markdown wgdeck renders (next to the decks, as a chair would keep it) and the themes.
  mkdirSync(themes);
  for (const f of readdirSync(themesDir).filter((f) => f.endsWith('.css'))) copyFileSync(join(themesDir, f), join(themes, f));
  const slides: number[] = [];
  const markdownFiles: string[] = [];
  for (const file of files) {
    const { deck, positions } = await loadDeck(file);
    const rendered = await renderDeck(deck, { positions });
    slides.push(rendered.slides.length);
    const md = join(dirname(file), `${basename(file, '.yaml')}.md`);
    writeFileSync(md, rendered.markdown);
    markdownFiles.push(md);
  }
  const loadBefore = loadavg()[0];
  console.log(`load average before: ${loadBefore.toFixed(1)} (other work on the machine slows every figure)`);
  console.log(`wgdeck benchmark: ${N} decks of ${Math.min(...slides)} to ${Math.max(...slides)} slides (${slides.reduce((a, b) => a + b, 0)} in all), ${availableParallelism()} cores, ${browserVersion}, Node ${process.version}`);

  // (d) first, in this process, warm: the pass above compiled the templates and themes and the
  // timed passes let the JIT settle; the median pass counts.
  const passes: Measured[] = [];
  for (let r = 0; r < REPS; r++) {
    passes.push(
      await measureHere(async (sample) => {
        for (const file of files) {
          const { deck, positions } = await loadDeck(file);
          await renderDeck(deck, { positions });
          sample();
        }
      }),
    );
  }
  const d = { seconds: median(passes.map((p) => p.seconds)), peakMB: Math.max(...passes.map((p) => p.peakMB ?? 0)) };
  report('d', `wgdeck YAML -> HTML, in process, warm`, d, `${((d.seconds / N) * 1000).toFixed(1)} ms/deck`);

  const a = await wgdeck(['build', '--pdf', decksDir, '--out', out('a')]);
  check(out('a'), N);
  report('a', `wgdeck build --pdf, all decks, one browser`, a, `${(a.seconds / N).toFixed(3)} s/deck`);

  let b: Measured | undefined, c: Measured | undefined, e: { wgdeck: number; marp: number; wgdeckMB: number | null; marpMB: number | null } | undefined;
  if (!values['skip-marp']) {
    const runs: Measured[] = [];
    for (const md of markdownFiles) runs.push(await marp(['-o', join(out('b'), `${basename(md, '.md')}.pdf`), md]));
    check(out('b'), N);
    b = { seconds: runs.reduce((s, r) => s + r.seconds, 0), peakMB: Math.max(...runs.map((r) => r.peakMB ?? 0)) };
    report('b', `marp --pdf, one call per deck`, b, `${(b.seconds / N).toFixed(3)} s/deck`);

    c = await marp(['--input-dir', decksDir, '-o', out('c')]);
    check(out('c'), N);
    report('c', `marp --pdf --input-dir, one call for all`, c, `${(c.seconds / N).toFixed(3)} s/deck`);

    // (e) alternates the two, so a slow moment of the machine does not favour either.
    const ours: Measured[] = [];
    const theirs: Measured[] = [];
    for (let r = 0; r < REPS; r++) {
      ours.push(await wgdeck(['build', '--pdf', files[0], '--out', out(`e${r}`)]));
      theirs.push(await marp(['-o', join(out(`e${r}`), 'marp.pdf'), markdownFiles[0]]));
    }
    const peak = (ms: Measured[]) => Math.max(...ms.map((m) => m.peakMB ?? 0));
    e = { wgdeck: median(ours.map((m) => m.seconds)), marp: median(theirs.map((m) => m.seconds)), wgdeckMB: peak(ours), marpMB: peak(theirs) };
    console.log(`(e) one deck, cold (median of ${REPS}): wgdeck build --pdf ${e.wgdeck.toFixed(2)} s (peak ${mb(e.wgdeckMB)}), marp --pdf ${e.marp.toFixed(2)} s (peak ${mb(e.marpMB)})`);
  }

  const perDeck = { a: a.seconds / N, b: b && b.seconds / N, c: c && c.seconds / N, dMs: (d.seconds / N) * 1000 };
  const ratios = { aOverB: b && a.seconds / b.seconds, aOverC: c && a.seconds / c.seconds, e: e && e.wgdeck / e.marp };
  const met = {
    aPerDeck: perDeck.a <= TARGETS.aPerDeck,
    aOverB: ratios.aOverB === undefined ? null : ratios.aOverB <= TARGETS.aOverB,
    dPerDeck: perDeck.dMs <= TARGETS.dPerDeckMs,
    e: ratios.e === undefined ? null : ratios.e <= TARGETS.e,
  };
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');
  const loadAfter = loadavg()[0];
  console.log(`load average after: ${loadAfter.toFixed(1)}`);
  console.log(`\ntargets:
  (a) <= ${TARGETS.aPerDeck} s/deck: ${perDeck.a.toFixed(3)} s, ${verdict(met.aPerDeck)}
  a/b <= ${TARGETS.aOverB}: ${ratios.aOverB?.toFixed(3) ?? '-'}, ${verdict(met.aOverB)}   (a/c: ${ratios.aOverC?.toFixed(3) ?? '-'})
  (d) <= ${TARGETS.dPerDeckMs} ms/deck: ${perDeck.dMs.toFixed(1)} ms, ${verdict(met.dPerDeck)}
  (e) wgdeck/marp <= ${TARGETS.e}: ${ratios.e?.toFixed(3) ?? '-'}, ${verdict(met.e)}`);

  const results = {
    date: new Date().toISOString(),
    machine: { cores: availableParallelism(), loadAverage: { before: loadBefore, after: loadAfter }, cpu: cpus()[0]?.model, node: process.version, browser: browserVersion },
    decks: N,
    slides: { min: Math.min(...slides), max: Math.max(...slides), total: slides.reduce((x, y) => x + y, 0) },
    seconds: { a: a.seconds, b: b?.seconds, c: c?.seconds, d: d.seconds, eWgdeck: e?.wgdeck, eMarp: e?.marp },
    perDeck,
    ratios,
    // child runs: PSS summed over the process tree (node and browser); (d): this process's RSS
    peakMB: { a: a.peakMB, b: b?.peakMB, c: c?.peakMB, d: d.peakMB, eWgdeck: e?.wgdeckMB, eMarp: e?.marpMB },
    targets: TARGETS,
    met,
  };
  mkdirSync(dirname(values.results), { recursive: true });
  writeFileSync(values.results, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${values.results}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function mb(x: number | null | undefined): string {
  return x == null ? '-' : `${Math.round(x)} MB`;
}

function report(key: string, what: string, m: Measured, rate: string): void {
  console.log(`(${key}) ${what.padEnd(44)} ${m.seconds.toFixed(2).padStart(7)} s  ${rate.padStart(15)}  peak ${mb(m.peakMB)}`);
}
