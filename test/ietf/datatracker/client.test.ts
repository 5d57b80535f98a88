import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatatrackerClient, datatrackerUrl } from '../../../src/ietf/datatracker/client.js';
import { fetchGroupFacts } from '../../../src/ietf/datatracker/api.js';
import { responseFileName } from '../../../src/ietf/datatracker/names.js';
import { E, type WgdeckError } from '../../../src/errors.js';
import { tempDir } from '../../helpers/cli.js';
import { deadUrl, startFixtureServer, type FixtureServer } from '../../helpers/datatracker-server.js';

let server: FixtureServer;
before(async () => (server = await startFixtureServer()));
after(() => server.close());

const GROUP = 'api_v1_group_group__acronym=quic.json';
/** A client with its own empty cache; 429 waits capped at 5 ms so the tests stay fast. */
const client = (
  opts: {
    attempts?: number;
    cacheDir?: string;
    refresh?: boolean;
    baseUrl?: string;
    onStale?: (u: string) => void;
    onSkipped?: (u: string) => void;
  } = {},
) => new DatatrackerClient({ baseUrl: server.url, cacheDir: tempDir('wgdeck-cache-'), maxRetryWaitMs: 5, ...opts });

test('file names follow the fixtures README rule', () => {
  assert.equal(responseFileName('/api/v1/group/group/?acronym=quic'), GROUP);
  assert.equal(responseFileName('/api/meeting/125/agenda-data'), 'api_meeting_125_agenda-data.json');
  assert.equal(responseFileName('/meeting/125/agenda.json'), 'meeting_125_agenda.json');
  assert.equal(responseFileName('/api/v1/group/group/2452/'), 'api_v1_group_group_2452.json');
});

test('base URL: --datatracker, then WGDECK_DATATRACKER_URL, then the IETF; a bad one is a usage error', () => {
  assert.equal(datatrackerUrl('http://127.0.0.1:9/', {}), 'http://127.0.0.1:9');
  assert.equal(datatrackerUrl('', { WGDECK_DATATRACKER_URL: 'https://mirror.example/' }), 'https://mirror.example');
  assert.equal(datatrackerUrl(undefined, {}), 'https://datatracker.ietf.org');
  assert.throws(
    () => datatrackerUrl('ftp://x', {}),
    (e: WgdeckError) => e.code === 'usage',
  );
});

test('a list follows meta.next to the last page', async () => {
  const start = server.requests.length;
  const docs = await client().list<{ name: string }>('/api/v1/doc/document/?group=2161&type=draft&states=1&limit=5');
  assert.equal(docs.length, 7);
  assert.equal(new Set(docs.map((d) => d.name)).size, 7);
  assert.deepEqual(server.requests.slice(start), [
    '/api/v1/doc/document/?group=2161&type=draft&states=1&limit=5',
    '/api/v1/doc/document/?group=2161&type=draft&states=1&limit=5&offset=5',
  ]);
});

test('a later page that is a 404 is asked for object by object; one still a 404 is left out, and told', async () => {
  const first = '/api/v1/doc/document/?group=2161&type=draft&states=1&limit=5';
  const second = `${first}&offset=5`;
  const secondFile = join(server.dir, responseFileName(second));
  const page = JSON.parse(readFileSync(secondFile, 'utf8'));
  const one = (offset: number) => `/api/v1/doc/document/?group=2161&type=draft&states=1&limit=1&offset=${offset}`;
  // The page 404s; alone, its first object comes back and its second still 404s.
  rmSync(secondFile);
  const alone = { meta: { ...page.meta, limit: 1, offset: 5, next: one(6) }, objects: [page.objects[0]] };
  writeFileSync(join(server.dir, responseFileName(one(5))), JSON.stringify(alone));
  try {
    const skipped: string[] = [];
    const start = server.requests.length;
    const docs = await client({ onSkipped: (url) => skipped.push(url) }).list<{ name: string }>(first);
    assert.equal(page.objects.length, 2);
    assert.deepEqual(docs.map((d) => d.name).slice(5), [page.objects[0].name]);
    assert.equal(docs.length, 6);
    assert.deepEqual(skipped, [server.url + one(6)]);
    // Bounded by the list's total_count (7): nothing is asked for past the last object.
    assert.deepEqual(server.requests.slice(start), [first, second, one(5), one(6)]);
  } finally {
    writeFileSync(secondFile, JSON.stringify(page));
  }
});

test('a 429 is waited out (Retry-After, or backoff when it says 0) and asked again', async () => {
  server.faults.set(GROUP, [{ status: 429, retryAfter: '1' }, { status: 429, retryAfter: '0' }, { status: 429 }]);
  const start = server.requests.length;
  const [group] = await client().list<{ id: number }>('/api/v1/group/group/?acronym=quic');
  assert.equal(group.id, 2161);
  assert.equal(server.requests.length - start, 4);
  server.faults.set(GROUP, [
    { status: 429, retryAfter: '1' },
    { status: 429, retryAfter: '1' },
  ]);
  await assert.rejects(
    client({ attempts: 2 }).list('/api/v1/group/group/?acronym=quic'),
    (e: WgdeckError) => e.entry === E.DatatrackerBadResponse && /429/.test(e.message),
  );
  server.faults.delete(GROUP);
});

test('a dropped connection is tried again; always dropped and nothing cached: exit 2', async () => {
  server.faults.set(GROUP, [{ drop: true }]);
  const [group] = await client().list<{ id: number }>('/api/v1/group/group/?acronym=quic');
  assert.equal(group.id, 2161);
  server.faults.set(GROUP, [{ drop: true }, { drop: true }]);
  await assert.rejects(
    client({ attempts: 2 }).list('/api/v1/group/group/?acronym=quic'),
    (e: WgdeckError) => e.entry === E.DatatrackerUnreachable && e.exit === 2,
  );
  server.faults.delete(GROUP);
});

test('answers are cached for a day: fresh ones need no server, stale ones stand in when it is down', async () => {
  const cacheDir = tempDir('wgdeck-cache-');
  await client({ cacheDir }).list('/api/v1/group/group/?acronym=quic');
  const start = server.requests.length;
  const [cached] = await client({ cacheDir }).list<{ id: number }>('/api/v1/group/group/?acronym=quic');
  assert.equal(cached.id, 2161);
  assert.equal(server.requests.length, start, 'served from the cache');
  await client({ cacheDir, refresh: true }).list('/api/v1/group/group/?acronym=quic');
  assert.equal(server.requests.length, start + 1, '--refresh asks again');
  // Refreshing against a dead server falls back to the cached answer, with a warning.
  const stale: string[] = [];
  const down = new DatatrackerClient({ baseUrl: await deadUrl(), cacheDir, refresh: true });
  await assert.rejects(
    down.list('/api/v1/group/group/?acronym=quic'),
    (e: WgdeckError) => e.entry === E.DatatrackerUnreachable,
    'another server has its own cache',
  );
  server.faults.set(GROUP, [{ drop: true }]);
  const [fallback] = await client({ cacheDir, refresh: true, attempts: 1, onStale: (u) => stale.push(u) }).list<{
    id: number;
  }>('/api/v1/group/group/?acronym=quic');
  assert.equal(fallback.id, 2161);
  assert.equal(stale.length, 1);
});

test('an HTML 404 is "not found", an HTML 200 a clear error', async () => {
  assert.equal(await client().get('/api/meeting/999/agenda-data'), undefined);
  await assert.rejects(
    fetchGroupFacts(client(), 'quic', 999),
    (e: WgdeckError) => e.entry === E.DatatrackerMeetingNotFound && e.exit === 1,
  );
  writeFileSync(join(server.dir, 'api_v1_group_group__acronym=html.json'), '<!DOCTYPE html><html>Sign in</html>');
  await assert.rejects(
    client().get('/api/v1/group/group/?acronym=html'),
    (e: WgdeckError) => e.entry === E.DatatrackerBadResponse && /not JSON.*<!DOCTYPE html>/.test(e.message),
  );
});

test('an unknown acronym is a clear error, not an empty deck', async () => {
  await assert.rejects(
    fetchGroupFacts(client(), 'quicx', 125),
    (e: WgdeckError) => e.entry === E.DatatrackerGroupNotFound && /quicx/.test(e.message),
  );
});
