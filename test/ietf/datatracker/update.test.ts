import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { validateDeck } from '../../../src/deck/validate.js';
import { updateDeckSource } from '../../../src/ietf/datatracker/update.js';
import type { DatatrackerFields } from '../../../src/ietf/datatracker/map.js';
import { joined } from '../../helpers/regex.js';

const DECK = `# QUIC at IETF 125: the chairs' notes up here stay
meeting:
  number: 125
  date: 2026-03-17
  start: "09:30"   # confirmed with the secretariat
  room: Lotus Hall
group:
  acronym: quic
  name: QUIC
  chairs:
    - Lucas Pardue
    - { name: Matt Joras, remote: true }   # remote this time
  ads: [Zaheduzzaman Sarker]
agenda:
  items:
    - { topic: "Welcome", presenter: Chairs, minutes: 5 }
    # added by hand
    - { topic: Multipath, presenter: Yanmei Liu, minutes: 20, drafts: [draft-ietf-quic-multipath] }
milestones:
  items:
    - { due: 2025-03, text: Submit ACK frequency, status: done }
    - { due: 2025-11, text: Submit multipath }
documents:
  - { name: draft-ietf-quic-multipath, stage: wg, status: WG Document, on_agenda: true }  # ours
  - { name: draft-ietf-quic-old, stage: wg }
  - { name: draft-kazuho-quic-quic-on-streams, stage: individual, on_agenda: true }
`;

const FIELDS: DatatrackerFields = {
  meeting: {
    number: 125,
    city: 'Shenzhen',
    date: '2026-03-17',
    start: '10:00',
    duration: 120,
    timezone: 'Asia/Shanghai',
    room: 'Lotus Hall',
    session: 'Session I',
  },
  group: {
    acronym: 'quic',
    name: 'QUIC',
    type: 'wg',
    chairs: [
      { name: 'Lucas Pardue', email: 'lucas@lucaspardue.com' },
      { name: 'Matt Joras', email: 'matt.joras@gmail.com' },
    ],
    ads: [{ name: 'Gorry Fairhurst', email: 'gorry@erg.abdn.ac.uk' }],
    secretary: [],
    list: 'quic@ietf.org',
  },
  links: {},
  milestones: [
    { due: '2025-03', text: 'Submit ACK frequency', status: 'done' },
    { due: '2025-11', text: 'Submit multipath', status: 'done' },
  ],
  documents: [
    { name: 'draft-ietf-quic-multipath', stage: 'iesg', status: 'AD Evaluation', ad: 'Gorry Fairhurst' },
    { name: 'draft-ietf-quic-qmux', stage: 'wg', status: 'WG Document' },
  ],
};

test("update writes the datatracker's values and keeps the chair's text, comments and marks", () => {
  const { text, changed } = updateDeckSource(DECK, FIELDS);
  assert.ok(changed);
  // Untouched sections are byte for byte the chair's.
  assert.ok(text.startsWith("# QUIC at IETF 125: the chairs' notes up here stay\n"));
  assert.ok(text.includes(DECK.slice(DECK.indexOf('agenda:'), DECK.indexOf('milestones:'))), 'agenda as written');
  assert.match(text, /start: "10:00" # confirmed with the secretariat/);
  assert.match(text, /timezone: Asia\/Shanghai/);
  // People already listed stay as written (Matt stays remote); the AD changed.
  assert.match(text, /- \{ name: Matt Joras, remote: true \} # remote this time/);
  assert.match(text, /ads: \[ \{ name: Gorry Fairhurst, email: gorry@erg.abdn.ac.uk \} \]/);
  assert.doesNotMatch(text, /Zaheduzzaman/);
  // Milestones: the second one is done now, in the deck's one-line layout.
  assert.match(text, /- \{ due: 2025-11, text: Submit multipath, status: done \}/);
  // Documents: refreshed in place with the on_agenda mark and the comment; an individual draft stays;
  // the group's draft that left the active list goes; a new one is added.
  assert.match(
    text,
    joined(
      /name: draft-ietf-quic-multipath, stage: iesg, /,
      /status: AD Evaluation, on_agenda: true, ad: Gorry Fairhurst \} # ours/,
    ),
  );
  assert.match(text, /draft-kazuho-quic-quic-on-streams/);
  assert.doesNotMatch(text, /draft-ietf-quic-old/);
  assert.match(text, /- \{ name: draft-ietf-quic-qmux, stage: wg, status: WG Document \}/);
});

test("a group's milestones without dates are written without due, and the deck validates", () => {
  const dateless = { ...FIELDS, milestones: FIELDS.milestones.map(({ text, status }) => ({ text, status })) };
  const { text } = updateDeckSource(DECK, dateless);
  assert.match(
    text,
    /- \{ text: Submit ACK frequency, status: done \}\n\s+- \{ text: Submit multipath, status: done \}/,
  );
  assert.doesNotMatch(text, /due:/);
  const { deck } = validateDeck(parse(text, { schema: 'core' }), { file: 'quic.yaml' });
  assert.deepEqual(
    deck.milestones?.items.map((m) => m.due),
    [undefined, undefined],
  );
});

test('a deck already up to date is left as it is', () => {
  const once = updateDeckSource(DECK, FIELDS).text;
  const twice = updateDeckSource(once, FIELDS);
  assert.equal(twice.changed, false);
  assert.equal(twice.text, once);
});
