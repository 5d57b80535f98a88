// SIGTERM, SIGINT and kill -9 on a real `wgdeck build`: exit codes, and nothing left behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasEnded, withDescendants } from '../../src/browser/process-tree.js';
import { CLI, tempDir, wgdeckProcess } from '../helpers/cli.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url).pathname;

/**
 * The temporary folder of these runs' profiles, theirs alone: every wgdeck that starts removes the
 * profiles of ended runs, and another test's wgdeck must not remove the one a test here looks for.
 */
const tmp = tempDir('wgdeck-signals-tmp-');
const env = { ...process.env, TMPDIR: tmp };

function start(
  args: string[],
  cwd: string,
): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: string | null; at: number }>;
} {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<{ code: number | null; signal: string | null; at: number }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal, at: performance.now() })),
  );
  return { child, output: () => output, exit };
}

async function until(what: string, check: () => boolean, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 20; i++) {
    if (check()) return;
    await sleep(50);
  }
  assert.fail(`timed out waiting for ${what}`);
}

const profiles = (pid: number) => readdirSync(tmp).filter((d) => d.startsWith(`wgdeck-chromium-${pid}-`));

/** Processes whose command line names one of pid's profiles (Linux). */
function browsersOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map(Number)
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`wgdeck-chromium-${pid}-`);
      } catch {
        return false;
      }
    });
}

function deckFolder(): string {
  const dir = tempDir('wgdeck-signals-');
  copyFileSync(minimal, join(dir, 'quic.yaml'));
  return dir;
}

for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const) {
  test(
    `${signal} while the browser prints ends the build at once ` +
      `with ${code}, leaving no browser, profile or temp file`,
    async (t) => {
      if (process.platform !== 'linux') return t.skip('reads /proc');
      const dir = deckFolder();
      const run = start(['build', '--pdf', 'quic.yaml'], dir);
      const pid = run.child.pid!;
      await until('the browser', () => profiles(pid).length > 0 && browsersOf(pid).length > 0);
      // Everything wgdeck started: the browser and its helpers, some of which name no profile.
      const tree = withDescendants([pid]).filter((p) => p !== pid);
      const sent = performance.now();
      run.child.kill(signal);
      const { code: exit, at } = await run.exit;
      assert.equal(exit, code, run.output());
      // A hang guard, not a speed test: the handler waits for the work under way to yield, which on
      // a loaded machine takes seconds (about 0.1 to 0.4 s on an idle one).
      assert.ok(at - sent < 15_000, `ended ${Math.round(at - sent)} ms after the signal`);
      assert.match(run.output(), new RegExp(`stopped \\(${signal}\\)`));
      assert.doesNotMatch(run.output(), /this is a bug/);
      await until('the browser to end', () => browsersOf(pid).length === 0, 5);
      await until('every browser process to end', () => tree.every(hasEnded), 5);
      assert.deepEqual(profiles(pid), []);
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.startsWith('.')),
        [],
      );
    },
  );
}

test('build --watch ends on SIGTERM and on SIGINT', async () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    const dir = deckFolder();
    const run = start(['build', '--html', '--watch', 'quic.yaml'], dir);
    await until('the watch', () => run.output().includes('Watching'));
    run.child.kill(signal);
    assert.equal((await run.exit).code, code, run.output());
  }
});

test('after kill -9, the next run removes the profile and the partial temp file the killed one left', async (t) => {
  if (process.platform !== 'linux') return t.skip('reads /proc');
  const dir = deckFolder();
  const run = start(['build', '--pdf', 'quic.yaml'], dir);
  const pid = run.child.pid!;
  await until('the browser', () => profiles(pid).length > 0 && browsersOf(pid).length > 0);
  run.child.kill('SIGKILL');
  await run.exit;
  // What a kill in the middle of writing the PDF leaves, next to the output.
  const partial = join(dir, `.quic.pdf.${pid}.0123abcd.tmp`);
  writeFileSync(partial, '%PDF-1.7 half');
  // The browser's connection was a pipe: it ends with wgdeck; its profile stays until the next run.
  await until('the browser to end', () => browsersOf(pid).length === 0, 10);
  assert.equal(profiles(pid).length, 1);
  // A new process, as a chair runs it: the executable cleans what a killed run left.
  const next = wgdeckProcess(['build', '--pdf', 'quic.yaml'], { cwd: dir, env: { TMPDIR: tmp } });
  assert.equal(next.code, 0, next.stderr);
  assert.deepEqual(profiles(pid), []);
  assert.equal(existsSync(partial), false);
  assert.deepEqual(readdirSync(dir).sort(), ['quic.pdf', 'quic.yaml']);
});
