// `wgdeck build`'s command line: what it refuses, it refuses before starting a browser.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, wgdeck } from '../helpers/cli.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url).pathname;

test('a usage error or a missing deck is reported before any browser starts', async (t) => {
  if (process.platform === 'win32') return t.skip('uses a shell script as the browser');
  const dir = tempDir();
  // A "browser" that leaves a mark when started: no mark, no second spent starting Chromium.
  const mark = join(dir, 'started');
  const browser = join(dir, 'chrome');
  writeFileSync(browser, `#!/bin/sh\ntouch '${mark}'\nexit 1\n`, { mode: 0o755 });
  for (const [args, error] of [
    [[minimal, '--jobs', '0'], /--jobs takes a whole number from 1, got "0"/],
    [[minimal, '--proceedings', '--watch'], /--proceedings writes a new revision each build/],
    [[join(dir, 'missing.yaml')], /missing\.yaml/],
  ] as const) {
    const r = await wgdeck(['build', ...args, '--pdf', '--browser-path', browser]);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.match(r.stderr, error);
    assert.equal(existsSync(mark), false, `${args.join(' ')}: the browser was started`);
  }
  // The mark does show a start: a good command line does start it.
  const r = await wgdeck(['build', minimal, '--pdf', '--out', dir, '--browser-path', browser]);
  assert.notEqual(r.code, 0);
  assert.equal(existsSync(mark), true);
});
