// `wgdeck build` over a folder: every good deck is built with one browser even when another deck
// is broken; the exit code and the summary say which one failed, and why.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pdfPages, tempDir, wgdeck } from '../helpers/cli.js';

const decks = new URL('../../../decks/', import.meta.url);

test('a batch builds the good decks, names the broken one with its error, and exits 1', async () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  copyFileSync(new URL('minimal.yaml', decks), join(dir, 'a-minimal.yaml'));
  copyFileSync(new URL('minimal.yaml', decks), join(dir, 'c-copy.yml'));
  // The third line's minutes are not a number.
  writeFileSync(
    join(dir, 'b-broken.yaml'),
    readFileSync(new URL('minimal.yaml', decks), 'utf8').replace('minutes: 20', 'minutes: twenty'),
  );

  const r = await wgdeck(['build', dir, '--out', out]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  for (const name of ['a-minimal', 'c-copy']) {
    assert.ok(existsSync(join(out, `${name}.html`)), `${name}.html`);
    const pdf = join(out, `${name}.pdf`);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdfPages(pdf) >= 5, `${name}.pdf has its slides`);
  }
  assert.ok(!existsSync(join(out, 'b-broken.pdf')));
  assert.match(r.stdout, /2 of 3 decks built .*1 failed/);
  // The summary names the deck and gives the error with file:line:col.
  assert.match(r.stderr, /b-broken\.yaml:\n.*Invalid deck[\s\S]*minutes.*b-broken\.yaml:\d+:\d+/);
  // Not a terminal: one plain line per deck, as a CI log shows it.
  assert.match(r.stderr, /\[\d\/3\] built .*a-minimal\.yaml/);
  assert.match(r.stderr, /\[\d\/3\] failed .*b-broken\.yaml: Invalid deck/);
  assert.ok(!r.stderr.includes('\x1b['), 'no terminal escape codes');
});

test('a batch of good decks exits 0', async () => {
  const dir = tempDir();
  copyFileSync(new URL('minimal.yaml', decks), join(dir, 'one.yaml'));
  copyFileSync(new URL('minimal.yaml', decks), join(dir, 'two.yaml'));
  const r = await wgdeck(['build', '--html', dir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /2 of 2 decks built/);
  assert.ok(existsSync(join(dir, 'one.html')) && existsSync(join(dir, 'two.html')));
});
