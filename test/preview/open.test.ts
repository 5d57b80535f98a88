// `wgdeck preview --open` as a user runs it: the system's opener gets the preview's address; with
// no opener on the machine the preview still runs. A stub opener stands in for the desktop's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, tempDir } from '../helpers/cli.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url);

/** Runs the preview with `PATH` as given until `ready` says so, then stops it with Ctrl-C. */
async function preview(
  path: string,
  ready: (stdout: string, stderr: string) => boolean,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = tempDir();
  const deck = join(dir, 'deck.yaml');
  copyFileSync(minimal, deck);
  const child = spawn(process.execPath, [CLI, 'preview', deck, '--port', '0', '--open'], {
    env: { ...process.env, PATH: path },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 60_000;
  while (!ready(stdout, stderr) && Date.now() < deadline && child.exitCode === null)
    await new Promise((r) => setTimeout(r, 100));
  child.kill('SIGINT');
  const code = await new Promise<number | null>((done) =>
    child.exitCode !== null ? done(child.exitCode) : child.once('exit', (c) => done(c)),
  );
  return { code, stdout, stderr };
}

test('--open hands the preview address to the system opener', { skip: process.platform !== 'linux' }, async () => {
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  const opened = join(bin, 'opened.txt');
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  const r = await preview(bin, () => existsSync(opened) && readFileSync(opened, 'utf8').length > 0);
  const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(r.stdout)?.[1];
  assert.ok(url, r.stdout + r.stderr);
  assert.equal(readFileSync(opened, 'utf8'), url);
  assert.equal(r.code, 130, 'Ctrl-C ends the preview with 130 (src/cli/signals.ts)');
});

test('--open without any opener on the machine still previews, and says so', {
  skip: process.platform !== 'linux',
}, async () => {
  const empty = join(tempDir(), 'empty');
  mkdirSync(empty);
  const r = await preview(empty, (_, stderr) => stderr.includes('Could not open a browser'));
  assert.match(r.stdout, /Preview of .*deck\.yaml at http:\/\/127\.0\.0\.1:\d+\//);
  assert.match(r.stderr, /Could not open a browser; open http:\/\/127\.0\.0\.1:\d+\/ yourself/);
  assert.equal(r.code, 130);
});
