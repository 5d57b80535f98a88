import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPages, tempDir, wgdeck, wgdeckProcess } from '../helpers/cli.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url).pathname;

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
    .replace('Chair One', 'Lucas Pardue')
    .replace('Chair Two', 'Matt Joras')
    .replace('Area Director', 'Zaheduzzaman Sarker')
    .replace('A working-group draft', 'QLOG')
    .replace('An Author', 'Robin Marx')
    .replace(/draft-ietf-(\w+)-example/, 'draft-ietf-$1-qlog');
  writeFileSync(file, filled);
}

test('--version and --help', async () => {
  const v = await wgdeck(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  const h = await wgdeck(['--help']);
  assert.equal(h.code, 0);
  for (const cmd of ['build', 'validate', 'new', 'update', 'agenda', 'notes']) {
    assert.match(h.stdout, new RegExp(`\\b${cmd}\\b`));
    const sub = await wgdeck([cmd, '--help']);
    assert.equal(sub.code, 0, cmd);
    assert.match(sub.stdout, new RegExp(`^Usage: wgdeck ${cmd}`));
  }
});

test("the executable: its exit code is the command's; bare `wgdeck` prints the help on stderr and fails", async () => {
  const v = wgdeckProcess(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  const bare = wgdeckProcess([]);
  assert.equal(bare.code, 1);
  assert.equal(bare.stdout, '');
  assert.match(bare.stderr, /^wgdeck \d+\.\d+\.\d+: .*\n\nUsage: wgdeck <command>/);
});

test("an unknown option or command: a did-you-mean, not Node's parser message", async () => {
  const option = await wgdeck(['build', '--wacth', 'deck.yaml']);
  assert.equal(option.code, 1);
  assert.match(
    option.stderr,
    /^error: Wrong command line\nUnknown option --wacth; did you mean --watch\?\nhint: See `wgdeck build --help`/,
  );
  assert.doesNotMatch(option.stderr, /positional argument|To specify/);
  const far = await wgdeck(['validate', '--zzz', 'deck.yaml']);
  assert.match(far.stderr, /Unknown option --zzz\. Options: --templates, --quiet, --json, --help\./);
  const command = await wgdeck(['chek', 'x.pdf']);
  assert.equal(command.code, 1);
  assert.match(command.stderr, /Unknown command "chek"; did you mean "check"\?/);
});

test('short aliases: -o, -t, -q, -h', async () => {
  const dir = tempDir();
  const templates = join(dir, 'templates');
  mkdirSync(templates);
  writeFileSync(join(templates, 'agenda.hbs'), '# Our own agenda\n');
  const r = await wgdeck(['build', '--html', '-q', '-o', join(dir, 'out'), '-t', templates, minimal]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout + r.stderr, '', '--quiet prints nothing when all goes well');
  assert.match(readFileSync(join(dir, 'out', 'minimal.html'), 'utf8'), /Our own agenda/);
  assert.match((await wgdeck(['check', '-h'])).stdout, /^Usage: wgdeck check/);
});

test('--templates naming a folder that does not exist is an error, not the built-in templates', async () => {
  for (const command of ['build', 'validate']) {
    const r = await wgdeck([command, '--templates', '/nonexistent/templates', minimal]);
    assert.equal(r.code, 1, command);
    assert.match(
      r.stderr,
      /error: Templates folder not found\n--templates names \/nonexistent\/templates, which is not a folder/,
    );
  }
});

test('validate --json: one report for CI and editors, problems with file, line and column', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'teep.yaml'), BROKEN);
  const r = await wgdeck(['validate', '--json', minimal, join(dir, 'teep.yaml')]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  const { decks } = JSON.parse(r.stdout);
  assert.deepEqual(
    decks.map((d: { valid: boolean }) => d.valid),
    [true, false],
  );
  assert.equal(decks[0].slides, 6);
  const minutes = decks[1].problems.find((p: { path: string }) => p.path === 'agenda.items[0].minutes');
  assert.deepEqual(
    { line: minutes.line, col: minutes.col, severity: minutes.severity },
    { line: 11, col: 16, severity: 'error' },
  );
  const quiet = await wgdeck(['validate', '--quiet', minimal]);
  assert.deepEqual([quiet.code, quiet.stdout, quiet.stderr], [0, '', '']);
});

test('validate lists every error with file:line:col, exits 1 and writes nothing', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'teep.yaml'), BROKEN);
  const r = await wgdeck(['validate', 'teep.yaml'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /meeting\.date: .*2018-02-30.* \(teep\.yaml:3:9\)/);
  assert.match(r.stderr, /group\.name: missing.* \(teep\.yaml:4:1\)/);
  assert.match(r.stderr, /group\.nme: unknown key; did you mean `name`\? \(teep\.yaml:6:3\)/);
  assert.match(r.stderr, /agenda\.items\[0\]\.minutes: expected a number of minutes, got "five" \(teep\.yaml:11:16\)/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  assert.deepEqual(readdirSync(dir), ['teep.yaml']);
});

test('build of a broken deck exits 1 and writes nothing', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'teep.yaml'), BROKEN);
  const r = await wgdeck(['build', 'teep.yaml'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stdout + r.stderr, /teep\.yaml:11:16/);
  assert.deepEqual(readdirSync(dir), ['teep.yaml']);
});

test('usage errors exit 1 with a hint; a missing deck exits 1', async () => {
  const r = await wgdeck(['build', '--bogus']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /hint: See `wgdeck build --help`/);
  assert.equal((await wgdeck(['frobnicate'])).code, 1);
  const missing = await wgdeck(['build', '/nonexistent/deck.yaml']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /does not exist/);
});

test('no usable browser: exit 2, the HTML is still written, and the message says how to get one', async () => {
  const dir = tempDir();
  const r = await wgdeck(['new', 'quic', '--meeting', '125', '--out', join(dir, 'quic.yaml')]);
  assert.equal(r.code, 0);
  fillIn(join(dir, 'quic.yaml'));
  const b = await wgdeck(['build', join(dir, 'quic.yaml'), '--browser-path', join(dir, 'no-such-chrome')]);
  assert.equal(b.code, 2);
  assert.match(b.stdout + b.stderr, /no-such-chrome/);
  assert.ok(existsSync(join(dir, 'quic.html')));
  assert.ok(!existsSync(join(dir, 'quic.pdf')));
});

test('new writes a starter deck that builds; it does not overwrite', async () => {
  const dir = tempDir();
  const r = await wgdeck(['new', 'lake', '--meeting', '125'], { cwd: dir });
  assert.equal(r.code, 0);
  const file = join(dir, 'lake-ietf125.yaml');
  assert.match(readFileSync(file, 'utf8'), /^# yaml-language-server: \$schema=/);
  // Its placeholders are errors until replaced; its date is in the meeting's week.
  const unfilled = await wgdeck(['validate', file]);
  assert.equal(unfilled.code, 1);
  assert.equal(unfilled.stderr.match(/is a placeholder of the starter deck/g)?.length, 6, unfilled.stderr);
  fillIn(file);
  assert.equal((await wgdeck(['validate', file])).code, 0);
  const b = await wgdeck(['build', file, '--pdf']);
  assert.equal(b.code, 0, b.stderr);
  assert.ok(pdfPages(join(dir, 'lake-ietf125.pdf')) >= 6);
  const again = await wgdeck(['new', 'lake', '--meeting', '125'], { cwd: dir });
  assert.equal(again.code, 1);
  assert.match(again.stderr, /exists already/);
});
