// The agenda and notes pages of every deck in decks/ and of a two-section deck, compared with the
// expected files in test/fixtures/export/ (WGDECK_UPDATE_EXPECTED=1 rewrites them after a reviewed change).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadDeck } from '../../src/deck/load.js';
import { agendaMarkdown } from '../../src/export/agenda.js';
import { notesMarkdown } from '../../src/export/notes.js';
import { packageRoot } from '../../src/paths.js';
import { joined } from '../helpers/regex.js';

const EXPECTED = join(packageRoot, 'test', 'fixtures', 'export');
const DECKS = [
  ...readdirSync(join(packageRoot, 'decks'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(packageRoot, 'decks', f)),
  join(EXPECTED, 'two-sections.yaml'),
];

for (const file of DECKS) {
  for (const [page, render] of [
    ['agenda', agendaMarkdown],
    ['notes', notesMarkdown],
  ] as const) {
    test(`${page} of ${basename(file)}`, async () => {
      const { deck } = await loadDeck(file);
      const actual = render(deck);
      const expectedFile = join(EXPECTED, `${basename(file, '.yaml')}-${page}.md`);
      if (process.env.WGDECK_UPDATE_EXPECTED) writeFileSync(expectedFile, actual);
      assert.equal(actual, readFileSync(expectedFile, 'utf8'));
    });
  }
}

test('the two-section agenda has the slot line, the sections and the timed items with linked drafts', async () => {
  const { deck } = await loadDeck(join(EXPECTED, 'two-sections.yaml'));
  const md = agendaMarkdown(deck);
  assert.match(md, /^# IETF-126 QUIC WG Agenda\n/);
  assert.match(md, /\n16:00-18:00 Wednesday, Session IV\n/);
  assert.match(
    md,
    joined(
      /\n### WG Items\n\n\* 40 min - Multipath QUIC - Yanmei Liu\n/,
      / {2}\* \[draft-ietf-quic-multipath\]\(https:\/\/datatracker.ietf.org\/doc\/draft-ietf-quic-multipath\/\)\n/,
    ),
  );
  assert.match(md, /\n### Other Items \(as time permits\)\n/);
  assert.match(md, /\* \[Meetecho\]\(https:\/\/meetings.conf.meetecho.com\/ietf126\/\?session=36011\)/);
  const notes = notesMarkdown(deck);
  assert.match(notes, /\* Note takers: Robin Marx\n/);
  assert.equal(notes.match(/^### /gm)?.length, 5, 'one heading per agenda item');
  assert.equal(notes.match(/^Action items:$/gm)?.length, 5);
});
