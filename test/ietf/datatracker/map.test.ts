// Run in a time zone other than the meeting's: local times must come from the meeting's zone.
process.env.TZ = 'America/Los_Angeles';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DatatrackerClient } from '../../../src/ietf/datatracker/client.js';
import { fetchGroupFacts } from '../../../src/ietf/datatracker/api.js';
import { localTime, mapFacts } from '../../../src/ietf/datatracker/map.js';
import { tempDir } from '../../helpers/cli.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/datatracker-server.js';

let server: FixtureServer;
before(async () => (server = await startFixtureServer()));
after(() => server.close());
const facts = (meeting: number) =>
  fetchGroupFacts(new DatatrackerClient({ baseUrl: server.url, cacheDir: tempDir('wgdeck-cache-') }), 'quic', meeting);

test('UTC instants on the meeting wall clock', () => {
  assert.deepEqual(localTime('2026-03-17T01:30:00+00:00', 'Asia/Shanghai'), { date: '2026-03-17', time: '09:30' });
  // Just after midnight local time: the date is the local one, not UTC's.
  assert.deepEqual(localTime('2026-07-21T22:30:00Z', 'Europe/Vienna'), { date: '2026-07-22', time: '00:30' });
});

test("a group that does not date its milestones keeps them all, in the datatracker's order", async () => {
  const f = await facts(125);
  // As the datatracker gives them for a group with uses_milestone_dates=false: no due, an order.
  const dateless = { ...f, milestones: f.milestones.map((m, i) => ({ ...m, due: null, order: i + 1 })) };
  const { fields, warnings } = mapFacts(dateless);
  assert.ok(f.milestones.length > 1);
  assert.deepEqual(
    fields.milestones,
    f.milestones.map((m) => ({ text: m.desc, status: m.resolved ? 'done' : 'pending' })),
  );
  assert.doesNotMatch(warnings.join('\n'), /milestone/);
});

test('people, session, milestones and drafts of QUIC at IETF 125', async () => {
  const { fields, warnings } = mapFacts(await facts(125));
  assert.deepEqual(fields.group.chairs, [
    { name: 'Lucas Pardue', email: 'lucas@lucaspardue.com' },
    { name: 'Matt Joras', email: 'matt.joras@gmail.com' },
  ]);
  assert.deepEqual(fields.group.ads, [{ name: 'Gorry Fairhurst', email: 'gorry@erg.abdn.ac.uk' }]);
  assert.deepEqual(fields.group.secretary, []);
  assert.equal(fields.group.list, 'quic@ietf.org');
  assert.equal(fields.group.type, 'wg');
  assert.deepEqual(fields.meeting, {
    number: 125,
    city: 'Shenzhen',
    date: '2026-03-17',
    start: '09:30',
    duration: 120,
    timezone: 'Asia/Shanghai',
    room: 'Lotus Hall',
    session: 'Session I',
  });
  assert.equal(fields.links.meetecho, 'https://meetings.conf.meetecho.com/ietf125/?session=35211');
  assert.match(warnings.join('\n'), /2 sessions at IETF 125.*--session 2/);
  assert.deepEqual(fields.milestones.slice(0, 3), [
    { due: '2025-03', text: 'Submit ACK frequency extension to the IESG as a Proposed Standard', status: 'done' },
    { due: '2025-07', text: 'Adopt a document on QUIC streams over reliable byte streams (QMux)', status: 'done' },
    { due: '2025-11', text: 'Submit multipath extension to the IESG as a Proposed Standard', status: 'pending' },
  ]);
  const byName = Object.fromEntries(fields.documents.map((d) => [d.name, d]));
  assert.deepEqual(byName['draft-ietf-quic-ack-frequency'], {
    name: 'draft-ietf-quic-ack-frequency',
    stage: 'publication',
    status: 'RFC Ed Queue (EDIT)',
    shepherd: 'Matt Joras',
    ad: 'Gorry Fairhurst',
  });
  assert.deepEqual(byName['draft-ietf-quic-multipath'], {
    name: 'draft-ietf-quic-multipath',
    stage: 'iesg',
    status: 'AD Evaluation',
    shepherd: 'Matt Joras',
    ad: 'Gorry Fairhurst',
  });
  assert.equal(byName['draft-ietf-quic-qlog-main-schema'].status, 'In WG Last Call');
  assert.equal(byName['draft-ietf-quic-qlog-main-schema'].shepherd, 'Lucas Pardue');
  assert.equal(byName['draft-ietf-quic-reliable-stream-reset'].stage, 'post-wglc');
  assert.equal(byName['draft-ietf-quic-receive-ts'].stage, 'wg');
  assert.equal(byName['draft-ietf-quic-receive-ts'].status, 'WG Document');
});

test('--session 2 takes the second session', async () => {
  const { fields, warnings } = mapFacts(await facts(125), 2);
  assert.deepEqual(
    [fields.meeting.date, fields.meeting.start, fields.meeting.duration, fields.meeting.room, fields.meeting.session],
    ['2026-03-19', '13:00', 90, 'Orchid 2', 'Session II'],
  );
  assert.deepEqual(warnings, []);
});

test('a group without a session still gets its facts, dated on the first day, with a warning', async () => {
  const f = await facts(124);
  assert.equal(f.sessions.length, 0);
  const { fields, warnings } = mapFacts(f);
  assert.deepEqual(fields.meeting, { number: 124, city: 'Montreal', date: '2025-11-01', timezone: 'America/Toronto' });
  assert.equal(fields.group.chairs.length, 2);
  assert.match(warnings.join('\n'), /no session scheduled at IETF 124/);
});
