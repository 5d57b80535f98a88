// `npm test`: the whole suite in about a minute's CPU rather than five.
// - esbuild writes dist-test/ (src, test, bench) in a second; tsc checks the types and Biome lints
//   (`npm run lint`) meanwhile, in parallel with the tests, and a type error, a lint warning or a
//   formatting difference fails the run as a failing test does.
// - Test files share processes (shards) instead of one process each: every process would load Marp
//   and puppeteer again, and launch Chromium again. Node's test runner runs the shards in parallel;
//   each takes the next file from a queue when it has run the last (scripts/test-shard.mjs), and runs
//   a file's tests one after another, as they would run alone, in a suite named after the file.
// `node scripts/test.mjs dist-test/test/x.test.js ...` runs only those files (each in its own
// process, as `node --test` does), after the same build.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist-test');
/** The test files still to run, in dist-test/ (scripts/test-shard.mjs) */
const queue = join(out, 'queue');

/**
 * Files that run in a process of their own: they set something process-wide for all their tests
 * (the time zone), which must not leak into other files' tests.
 */
const ALONE = ['test/ietf/datatracker/map.test.js'];

/**
 * Seconds of CPU each costly file takes alone, its browsers and child processes included, less the
 * second any file costs to start (which a shard pays once): the queue holds the costliest first, so
 * that no long file starts last; files not listed cost about a fifth of a second in a shard. Measured
 * with `/usr/bin/time node --test <file>`; only the order depends on these figures, never a result.
 */
const COST = {
  'test/render/hostile.test.js': 13.0,
  'test/render/untrusted.test.js': 4.8,
  'test/render/viewer/client.test.js': 4.5,
  'test/render/themes.test.js': 3.6,
  'test/export/pdf.test.js': 3.1,
  'test/export/proceedings.test.js': 2.9,
  'test/preview/server.test.js': 2.6,
  'test/cli/check.test.js': 2.4,
  'test/render/markdown-check.test.js': 2.4,
  'test/render/page.test.js': 2.4,
  'test/bench/bench.test.js': 2.3,
  'test/deck/types.test.js': 2.1,
  'test/export/pptx.test.js': 2.0,
  'test/build.test.js': 1.9,
  'test/cli/datatracker.test.js': 1.8,
  'test/cli/bundles.test.js': 1.7,
  'test/deck/load.test.js': 1.7,
  'test/cli/main.test.js': 1.6,
  'test/cli/signals.test.js': 1.5,
  'test/decks/seeds.test.js': 1.5,
  'test/export/requests.test.js': 1.4,
  'test/cli/code-cache.test.js': 1.3,
  'test/check/rules.test.js': 1.2,
  'test/index.test.js': 1.2,
  'test/slides/overflow.test.js': 1.2,
  'test/slides/title-fit.test.js': 1.1,
  'test/cli/batch.test.js': 1.0,
  'test/export/pdf-update.test.js': 0.9,
};

/**
 * Files that view the HTML in a full browser (test/helpers/pool.ts's viewerPool) besides the headless
 * shell that prints: in one shard, they launch that second browser once, not once per shard.
 */
const TOGETHER = [
  'test/export/pdf.test.js',
  'test/preview/server.test.js',
  'test/render/page.test.js',
  'test/render/viewer/client.test.js',
];

/** Shards run at once: one per core and one more, since a shard waits for Chromium part of the time. */
const SHARDS = Math.max(2, availableParallelism() + 1);

function sources(dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

function run(cmd, args) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (text += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (text += d));
    child.on('close', (code) => done({ code: code ?? 1, text }));
  });
}

function runShown(cmd, args, env) {
  return new Promise((done) => {
    spawn(cmd, args, { cwd: root, stdio: 'inherit', env }).on('close', (code) => done(code ?? 1));
  });
}

/** The units of work (a file, or TOGETHER's files), costliest first: the order the shards take them in. */
function units(files) {
  const all = [
    files.filter((f) => TOGETHER.includes(f)),
    ...files.filter((f) => !TOGETHER.includes(f)).map((f) => [f]),
  ];
  const cost = (unit) => unit.reduce((sum, f) => sum + (COST[f] ?? 0.2), 0);
  return all.filter((u) => u.length > 0).sort((a, b) => cost(b) - cost(a) || a[0].localeCompare(b[0]));
}

// The type check reads the sources, not dist-test: it runs beside the build and the tests.
const typecheck = run(process.execPath, [
  join(root, 'node_modules/typescript/bin/tsc'),
  '-p',
  'tsconfig.test.json',
  '--noEmit',
  // What it learnt last time (kept outside dist-test) makes a second run check only what changed.
  '--incremental',
  '--tsBuildInfoFile',
  join(root, 'dist-test.tsbuildinfo'),
]);
const lint = run(join(root, 'node_modules/.bin/biome'), ['ci', '--error-on-warnings', '--colors=off', '.']);
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: ['src', 'test', 'bench'].flatMap(sources),
  outdir: out,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
// The command as installed (scripts/bundle.mjs), from the sources just compiled, for the tests that
// need a process of its own: a bundled start costs a fraction of loading dist-test/src module by module.
// Its caches are trained on one deck, not all: the tests need them taken, not complete, and the
// training runs before any test.
const bundled = await run(process.execPath, [
  join(root, 'scripts/bundle.mjs'),
  'dist-test/src',
  'dist-test/bin',
  'decks/minimal.yaml',
]);
if (bundled.code !== 0) {
  process.stderr.write(bundled.text);
  process.exit(bundled.code);
}

let files = process.argv.slice(2);
if (files.length === 0) {
  const all = readdirSync(join(out, 'test'), { recursive: true })
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => `test/${f}`);
  // The work waits in a queue folder, one file a unit, named in the order to take them; each shard takes
  // the next unit when it has finished the last (scripts/test-shard.mjs): no shard idles while another
  // still has a list of its own to work through, as with lists made in advance from estimated costs.
  mkdirSync(queue);
  for (const [i, unit] of units(all.filter((f) => !ALONE.includes(f))).entries())
    writeFileSync(join(queue, String(i).padStart(4, '0')), JSON.stringify(unit));
  const dir = join(out, 'shards');
  mkdirSync(dir);
  const shard = relative(dir, join(root, 'scripts/test-shard.mjs'));
  files = Array.from({ length: SHARDS }, (_, i) => {
    const file = join(dir, `shard-${i + 1}.js`);
    writeFileSync(file, `import ${JSON.stringify(shard)};\n`);
    return file;
  });
  files.push(...all.filter((f) => ALONE.includes(f)).map((f) => join(out, f)));
}

// The tests' temporary folders (theirs, the commands' and Chromium's) in one folder of the run's own,
// removed when it ends, however the tests ended.
const temp = mkdtempSync(join(tmpdir(), 'wgdeck-tests-'));
const tests = await runShown(process.execPath, ['--test', `--test-concurrency=${SHARDS}`, ...files], {
  ...process.env,
  TMPDIR: temp,
  WGDECK_TEST_CLI: join(out, 'bin/wgdeck.js'),
  WGDECK_TEST_QUEUE: queue,
});
rmSync(temp, { recursive: true, force: true });
const types = await typecheck;
if (types.code !== 0) process.stderr.write(`\ntsc -p tsconfig.test.json found type errors:\n${types.text}`);
const linted = await lint;
if (linted.code !== 0) process.stderr.write(`\nbiome ci found lint or formatting problems:\n${linted.text}`);
process.exitCode = tests || types.code || linted.code;
