import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Group, Meeting } from '../../src/deck/types.js';
import { bcpUrl, draftUrl, rfcUrl, sessionLinks } from '../../src/ietf/links.js';

const group = (links: Record<string, string> = {}): Group => ({
  acronym: 'saag',
  name: 'Security Area Advisory Group',
  type: 'area',
  chairs: [],
  ads: [],
  secretary: [],
  links,
});
const ietf123: Meeting = { number: 123, interim: false, date: '2025-07-22' };

test('IETF meeting links are derived from number and acronym; no Meetecho link', () => {
  assert.deepEqual(sessionLinks(ietf123, group(), {}), {
    chat: 'https://zulip.ietf.org/#narrow/stream/saag',
    notes: 'https://notes.ietf.org/notes-ietf-123-saag',
    agenda: 'https://datatracker.ietf.org/meeting/123/agenda',
    materials: 'https://datatracker.ietf.org/meeting/123/session/saag',
  });
});

test('explicit links win, extra keys pass through, undefined values are ignored', () => {
  const links = sessionLinks(ietf123, group(), {
    notes: 'https://notes.example/pad',
    meetecho: 'https://meetings.conf.meetecho.com/onsite123/?session=34567',
    chat: undefined,
    github: 'https://github.com/ietf-wg-saag',
  });
  assert.equal(links.notes, 'https://notes.example/pad');
  assert.equal(links.meetecho, 'https://meetings.conf.meetecho.com/onsite123/?session=34567');
  assert.equal(links.chat, 'https://zulip.ietf.org/#narrow/stream/saag');
  assert.equal(links.github, 'https://github.com/ietf-wg-saag');
});

test("the group's own chat room replaces the derived Zulip stream", () => {
  const links = sessionLinks(ietf123, group({ chat: 'https://chat.example/saag' }), {});
  assert.equal(links.chat, 'https://chat.example/saag');
});

test('interims get only the chat stream', () => {
  const links = sessionLinks({ interim: true, date: '2019-03-05' }, group(), {});
  assert.deepEqual(links, { chat: 'https://zulip.ietf.org/#narrow/stream/saag' });
  const numbered = sessionLinks({ interim: true, number: 104, date: '2019-03-05' }, group(), {});
  assert.deepEqual(numbered, links);
});

test('draftUrl drops the revision and .txt', () => {
  assert.equal(
    draftUrl('draft-pei-opentrustprotocol-06.txt'),
    'https://datatracker.ietf.org/doc/draft-pei-opentrustprotocol/',
  );
  assert.equal(
    draftUrl('draft-ietf-quic-qlog-main-schema-10'),
    'https://datatracker.ietf.org/doc/draft-ietf-quic-qlog-main-schema/',
  );
  assert.equal(
    draftUrl('draft-ietf-teep-architecture'),
    'https://datatracker.ietf.org/doc/draft-ietf-teep-architecture/',
  );
  // Only a two-digit revision is one: a name that ends in a shorter number keeps it.
  assert.equal(draftUrl('draft-foo-bar-v2'), 'https://datatracker.ietf.org/doc/draft-foo-bar-v2/');
  assert.equal(draftUrl('draft-foo-bar-3'), 'https://datatracker.ietf.org/doc/draft-foo-bar-3/');
});

test('RFC and BCP URLs', () => {
  assert.equal(rfcUrl(7154), 'https://www.rfc-editor.org/rfc/rfc7154.html');
  assert.equal(bcpUrl(9), 'https://www.rfc-editor.org/info/bcp9');
});
