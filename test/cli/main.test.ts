import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPages, tempDir, wgdeck } from '../helpers/cli.js';

const BROKEN = `meeting:
  number: 101
  date: 2018-02-30
group:
  acronym: teep
  nme: TEEP
  chairs: [Dave Thaler]
agenda:
  items:
    - topic: Agenda bashing
      minutes: five
`;

/** Replaces the starter deck's placeholders, as a chair does. */
function fillIn(file: string): void {
  const filled = readFileSync(file, 'utf8')
    .replace('Chair One', 'Lucas Pardue').replace('Chair Two', 'Matt Joras').replace('Area Director', 'Zaheduzzaman Sarker')
    .replace('A working-group draft', 'QLOG').replace('An Author', 'Robin Marx').replace(/draft-ietf-(\w+)-example/, 'draft-ietf-$1-qlog');
  writeFileSync(file, filled);
}

test('--version and --help', () => {
  const v = wgdeck(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  const h = wgdeck(['--help']);
  assert.equal(h.code, 0);
  for (const cmd of ['build', 'validate', 'new', 'update', 'agenda', 'notes']) {
    assert.match(h.stdout, new RegExp(`\\b${cmd}\\b`));
    const sub = wgdeck([cmd, '--help']);
    assert.equal(sub.code, 0, cmd);
    assert.match(sub.stdout, new RegExp(`^Usage: wgdeck ${cmd}`));
  }
});

test('validate lists every error with file:line:col, exits 1 and writes nothing', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'teep.yaml'), BROKEN);
  const r = wgdeck(['validate', 'teep.yaml'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /meeting\.date: .*2018-02-30.* \(teep\.yaml:3:9\)/);
  assert.match(r.stderr, /group\.name: missing.* \(teep\.yaml:4:1\)/);
  assert.match(r.stderr, /group\.nme: unknown key; did you mean `name`\? \(teep\.yaml:6:3\)/);
  assert.match(r.stderr, /agenda\.items\[0\]\.minutes: expected a number of minutes, got "five" \(teep\.yaml:11:16\)/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  assert.deepEqual(readdirSync(dir), ['teep.yaml']);
});

test('build of a broken deck exits 1 and writes nothing', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'teep.yaml'), BROKEN);
  const r = wgdeck(['build', 'teep.yaml'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stdout + r.stderr, /teep\.yaml:11:16/);
  assert.deepEqual(readdirSync(dir), ['teep.yaml']);
});

test('usage errors exit 1 with a hint; a missing deck exits 1', () => {
  const r = wgdeck(['build', '--bogus']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /hint: See `wgdeck build --help`/);
  assert.equal(wgdeck(['frobnicate']).code, 1);
  const missing = wgdeck(['build', '/nonexistent/deck.yaml']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /does not exist/);
});

test('no usable browser: exit 2, the HTML is still written, and the message says how to get one', () => {
  const dir = tempDir();
  const r = wgdeck(['new', 'quic', '--meeting', '125', '--out', join(dir, 'quic.yaml')]);
  assert.equal(r.code, 0);
  fillIn(join(dir, 'quic.yaml'));
  const b = wgdeck(['build', join(dir, 'quic.yaml'), '--browser-path', join(dir, 'no-such-chrome')]);
  assert.equal(b.code, 2);
  assert.match(b.stdout + b.stderr, /no-such-chrome/);
  assert.ok(existsSync(join(dir, 'quic.html')));
  assert.ok(!existsSync(join(dir, 'quic.pdf')));
});

test('new writes a starter deck that builds; it does not overwrite', () => {
  const dir = tempDir();
  const r = wgdeck(['new', 'lake', '--meeting', '125'], { cwd: dir });
  assert.equal(r.code, 0);
  const file = join(dir, 'lake-ietf125.yaml');
  assert.match(readFileSync(file, 'utf8'), /^# yaml-language-server: \$schema=/);
  // Its placeholders are errors until replaced; its date is in the meeting's week.
  const unfilled = wgdeck(['validate', file]);
  assert.equal(unfilled.code, 1);
  assert.equal(unfilled.stderr.match(/is a placeholder of the starter deck/g)?.length, 6, unfilled.stderr);
  fillIn(file);
  assert.equal(wgdeck(['validate', file]).code, 0);
  const b = wgdeck(['build', file, '--pdf']);
  assert.equal(b.code, 0, b.stderr);
  assert.ok(pdfPages(join(dir, 'lake-ietf125.pdf')) >= 6);
  const again = wgdeck(['new', 'lake', '--meeting', '125'], { cwd: dir });
  assert.equal(again.code, 1);
  assert.match(again.stderr, /exists already/);
});
