// `new --datatracker`, `update`, and `new` offline, run as a chair would, against the fixture server,
// in a time zone other than the meeting's and with the clock set where "next meeting" matters.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { pdfText, tempDir, wgdeck, type Run } from '../helpers/cli.js';
import { deadUrl, startFixtureServer, type FixtureServer } from '../helpers/datatracker-server.js';
import { atInstant } from '../helpers/fake-clock.js';
import { joined } from '../helpers/regex.js';

let server: FixtureServer;
before(async () => (server = await startFixtureServer()));
after(() => server.close());

/** wgdeck with its own cache, in Los Angeles, on 2026-07-01 unless told otherwise. */
function run(
  args: string[],
  opts: { cwd: string; cache?: string; now?: string; env?: NodeJS.ProcessEnv },
): Promise<Run> {
  return atInstant(opts.now ?? '2026-07-01T18:00:00Z', () =>
    wgdeck(args, {
      cwd: opts.cwd,
      env: {
        TZ: 'America/Los_Angeles',
        WGDECK_CACHE_DIR: opts.cache ?? join(opts.cwd, '.cache'),
        WGDECK_DATATRACKER_URL: '',
        ...opts.env,
      },
    }),
  );
}

test(
  'new --datatracker writes a deck that builds with ' + 'the chairs, milestones, drafts and local session time',
  async () => {
    const dir = tempDir();
    const r = await run(['new', 'quic', '--meeting', '126', '--datatracker', server.url], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const file = join(dir, 'quic-ietf126.yaml');
    const text = readFileSync(file, 'utf8');
    assert.match(text, /start: "16:00"/, 'the session in Vienna time, not UTC or Los Angeles');
    assert.match(text, /date: 2026-07-22/);
    assert.match(text, /session: Session IV/);
    assert.match(text, /room: Hall C/);
    assert.match(text, /city: Vienna/);
    assert.match(text, /- name: Lucas Pardue\n\s+email: lucas@lucaspardue.com/);
    assert.match(text, /meetecho: https:\/\/meetings.conf.meetecho.com\/ietf126\/\?session=36011/);
    assert.match(text, /Welcome, Administrivia, and Agenda Bashing/);
    assert.match(text, /\$schema=https:\/\//, 'a schema reference that is no path into this machine');
    const b = await run(['build', file, '--pdf'], { cwd: dir });
    assert.equal(b.code, 0, b.stderr);
    const pdf = pdfText(join(dir, 'quic-ietf126.pdf'));
    for (const shown of [
      'Lucas Pardue',
      'Matt Joras',
      'Gorry Fairhurst',
      '16:00',
      'Session IV',
      'Submit multipath extension',
      'draft-ietf-quic-multipath',
      'AD Evaluation',
      'RFC Ed Queue (EDIT)',
    ]) {
      assert.ok(pdf.includes(shown), `the slides show ${shown}`);
    }
  },
);

test("update after a changed fixture refreshes the facts and keeps the chair's comment and agenda item", async () => {
  const dir = tempDir();
  assert.equal((await run(['new', 'quic', '--meeting', '126', '--datatracker', server.url], { cwd: dir })).code, 0);
  const file = join(dir, 'quic-ietf126.yaml');
  const chairs = readFileSync(file, 'utf8')
    .replace(
      'agenda:\n  items:\n',
      'agenda:\n  items:\n    # qlog first: Robin has to leave early\n    - { topic: qlog ' +
        'status, presenter: Robin Marx, minutes: 15, drafts: [draft-ietf-quic-qlog-main-schema] }\n',
    )
    .replace(/(documents:\n(?:.*\n)*?.*draft-ietf-quic-qlog-main-schema.*?)\}/, '$1, on_agenda: true }');
  writeFileSync(file, chairs);
  // The datatracker moves the session and marks a milestone done.
  const agendaData = join(server.dir, 'api_meeting_126_agenda-data.json');
  const original = readFileSync(agendaData, 'utf8');
  const milestonesFile = join(server.dir, 'api_v1_group_groupmilestone__group=2161&state=active.json');
  const milestones = readFileSync(milestonesFile, 'utf8');
  try {
    writeFileSync(
      agendaData,
      original.replace('2026-07-22T14:00:00+00:00', '2026-07-23T07:30:00+00:00').replace('"Hall C"', '"Hall D"'),
    );
    writeFileSync(
      milestonesFile,
      milestones.replace(
        joined(
          /("desc": "Submit multipath[^"]*",\n\s*"docs": \[[^\]]*\],\n\s*"due": "[^"]*",\n)/,
          /((?:\s*"[a-z_]+": [^\n]*\n)*?\s*"resolved": )""/,
        ),
        '$1$2"Done"',
      ),
    );
    assert.notEqual(readFileSync(milestonesFile, 'utf8'), milestones, 'the fixture changed');

    const dry = await run(['update', file, '--refresh', '--datatracker', server.url], { cwd: dir, env: {} });
    assert.equal(dry.code, 0, dry.stderr);
    const updated = readFileSync(file, 'utf8');
    assert.match(updated, /# qlog first: Robin has to leave early\n {4}- \{ topic: qlog status, presenter: Robin Marx/);
    assert.match(updated, /start: "09:30"/);
    assert.match(updated, /date: 2026-07-23/);
    assert.match(updated, /room: Hall D/);
    assert.match(
      updated,
      /\{ due: 2025-11, text: Submit multipath extension to the IESG as a Proposed Standard, status: done \}/,
    );
    assert.match(updated, /name: draft-ietf-quic-qlog-main-schema,.*on_agenda: true \}/, "the chair's mark stays");
    assert.equal(updated.split('\n').length, chairs.split('\n').length, 'nothing else added or lost');
    // Up to date now: a second run changes nothing.
    const again = await run(['update', file, '--dry-run', '--datatracker', server.url], { cwd: dir });
    assert.match(again.stdout, /up to date/);
  } finally {
    writeFileSync(agendaData, original);
    writeFileSync(milestonesFile, milestones);
  }
});

test('update --dry-run prints a diff and writes nothing', async () => {
  const dir = tempDir();
  assert.equal((await run(['new', 'quic', '--meeting', '126', '--datatracker', server.url], { cwd: dir })).code, 0);
  const file = join(dir, 'quic-ietf126.yaml');
  const before = readFileSync(file, 'utf8').replace('room: Hall C', 'room: Somewhere Else # asked for a bigger room');
  writeFileSync(file, before);
  const r = await run(['update', file, '--dry-run', '--datatracker', server.url], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^--- .*quic-ietf126\.yaml\n\+\+\+ /);
  assert.match(
    r.stdout,
    /\n- {2}room: Somewhere Else # asked for a bigger room\n\+ {2}room: Hall C # asked for a bigger room\n/,
  );
  assert.equal(readFileSync(file, 'utf8'), before);
});

test('offline without a cache: exit 2 and nothing written; after one run online, offline works', async () => {
  const dir = tempDir();
  const dead = await deadUrl();
  const r = await run(['new', 'quic', '--meeting', '126', '--datatracker', dead, '--out', 'decks/126/'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Cannot reach the datatracker[\s\S]*hint: /);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  assert.deepEqual(
    readdirSync(dir).filter((f) => f !== '.cache'),
    [],
    'no deck, no folder',
  );
  // The same server URL answers once, then goes away: the cache carries the next run.
  const cache = tempDir('wgdeck-cache-');
  assert.equal(
    (await run(['new', 'quic', '--meeting', '126', '--datatracker', server.url], { cwd: dir, cache })).code,
    0,
  );
  const requests = server.requests.length;
  const offline = await run(['new', 'quic', '--meeting', '126', '--datatracker', server.url, '--out', 'again.yaml'], {
    cwd: dir,
    cache,
  });
  assert.equal(offline.code, 0, offline.stderr);
  assert.equal(server.requests.length, requests, 'no request: all from the cache');
  assert.equal(
    readFileSync(join(dir, 'again.yaml'), 'utf8'),
    readFileSync(join(dir, 'quic-ietf126.yaml'), 'utf8').replace(/quic-ietf126\.yaml/g, 'again.yaml'),
  );
});

test('an unknown acronym exits 1 and writes nothing; a group without a session gets a deck and a warning', async () => {
  const dir = tempDir();
  const r = await run(['new', 'quicx', '--meeting', '126', '--datatracker', server.url], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /No such group in the datatracker[\s\S]*"quicx"/);
  assert.ok(!existsSync(join(dir, 'quicx-ietf126.yaml')));
  const none = await run(['new', 'quic', '--meeting', '124', '--datatracker', server.url], { cwd: dir });
  assert.equal(none.code, 0, none.stderr);
  assert.match(none.stderr, /warning: quic has no session scheduled at IETF 124/);
  const file = join(dir, 'quic-ietf124.yaml');
  assert.match(readFileSync(file, 'utf8'), /date: 2025-11-01/);
  assert.equal((await run(['validate', file], { cwd: dir })).code, 0);
});

test('--session 2 makes the deck of the second session; a third one does not exist', async () => {
  const dir = tempDir();
  const r = await run(['new', 'quic', '--meeting', '125', '--datatracker', server.url, '--session', '2'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const text = readFileSync(join(dir, 'quic-ietf125-2.yaml'), 'utf8');
  assert.match(text, /start: "13:00"/);
  assert.match(text, /session: Session II/);
  const bad = await run(['new', 'quic', '--meeting', '125', '--datatracker', server.url, '--session', '3'], {
    cwd: dir,
  });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /quic has 2 sessions at IETF 125, so there is no session 3/);
});

test(
  'new without --datatracker: the next IETF meeting, acronyms ' +
    'in lower case, --out folders made, comments about that meeting',
  async () => {
    const dir = tempDir();
    // 2026-03-21 in Los Angeles: IETF 125 (Shenzhen) ended the day before, so the next is 126 Vienna.
    const r = await run(['new', 'TLS', '--out', 'decks/tls/'], { cwd: dir, now: '2026-03-21T20:00:00Z' });
    assert.equal(r.code, 0, r.stderr);
    const file = join(dir, 'decks', 'tls', 'tls-ietf126.yaml');
    const text = readFileSync(file, 'utf8');
    assert.match(text, /number: 126\n\s+date: 2026-07-18 .*IETF 126 runs 2026-07-18 to 2026-07-24/);
    assert.match(text, /city: Vienna\n\s+timezone: Europe\/Vienna/);
    assert.match(text, /acronym: tls\n/);
    assert.doesNotMatch(text, /interim|Madrid|Padang/);
    assert.doesNotMatch(text, /\$schema=\//, 'no absolute path into the clone');
    // Valid but for the starter's placeholders, which are errors until the chair replaces them.
    const v = await run(['validate', file], { cwd: dir });
    assert.equal(v.code, 1);
    assert.deepEqual(
      v.stderr
        .split('\n')
        .filter((l) => /^ {2}\S+: /.test(l))
        .map((l) => /is a placeholder of the starter deck/.test(l)),
      Array(6).fill(true),
      v.stderr,
    );
  },
);

test('update: an interim deck is refused, and offline without a cache the deck stays as it was (exit 2)', async () => {
  const dir = tempDir();
  const interim = join(packageRoot, 'decks', 'secdispatch-interim-2019.yaml');
  const r = await run(['update', interim, '--datatracker', server.url], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /names no IETF meeting/);
  const file = join(dir, 'quic.yaml');
  const deck = readFileSync(join(packageRoot, 'decks', 'quic-ietf125.yaml'), 'utf8');
  writeFileSync(file, deck);
  const offline = await run(['update', file, '--datatracker', await deadUrl()], { cwd: dir });
  assert.equal(offline.code, 2);
  assert.match(offline.stderr, /Cannot reach the datatracker/);
  assert.equal(readFileSync(file, 'utf8'), deck);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f !== '.cache'),
    ['quic.yaml'],
  );
});
