import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered, slidesOf, textOf } from '../helpers/deck.js';

const AGENDA = 'agenda:\n  items: [{ topic: Welcome }]\n';
const titles = async (meeting: string, extra = '') => (await slidesOf(`${head(meeting)}${AGENDA}${extra}`)).map((s) => s.title);

test('the standard deck of each era: which boilerplate slides it has', async () => {
  assert.deepEqual(await titles('number: 101\n  date: 2018-03-19'), ['IETF 101 SAAG', 'Note Well', 'Administrivia', 'Agenda']);
  assert.deepEqual(await titles('number: 123\n  city: Madrid\n  date: 2025-07-22'), [
    'IETF 123 SAAG', 'Note Well', 'Note Really Well', 'IETF 123 Meeting Tips', 'Resources for IETF 123 Madrid', 'Administrivia', 'Agenda',
  ]);
  assert.deepEqual(await titles('number: 125\n  date: 2026-03-17'), ['IETF 125 SAAG', 'Note Well', 'IETF 125 Meeting Tips', 'Resources for IETF 125', 'Administrivia', 'Agenda']);
  assert.deepEqual(await titles('interim: true\n  date: 2019-03-05'), ['SAAG Interim Meeting', 'Note Well', 'Administrivia', 'Agenda']);
});

test('the Note Well text follows the meeting: 2018 text for IETF 101, 2025 text with its QR code for IETF 125', async () => {
  const old = await rendered(`${head('number: 101\n  date: 2018-03-19')}${AGENDA}slides: [note-well]\n`);
  assert.match(old.sections[0], /class="[^"]*\bera-2018\b/);
  assert.match(old.sections[0], /This is a reminder of IETF policies in effect on various topics/);
  assert.doesNotMatch(old.sections[0], /class="qr"/);
  const now = await rendered(`${head('number: 125\n  date: 2026-03-17')}${AGENDA}slides: [note-well]\n`);
  assert.match(textOf(now.sections[0]), /By participating in the IETF you agree to follow IETF processes and policies\. This Note Well is a reminder/);
  assert.match(now.sections[0], /<img class="qr" src="data:image\/svg\+xml;base64,[^"]+" alt="QR code for https:\/\/www\.ietf\.org\/note-well"/);
  assert.match(now.sections[0], /This session is being recorded/);
});

test('boilerplate can be turned off, and Note Really Well forced by naming it in slides', async () => {
  assert.deepEqual(await titles('number: 123\n  date: 2025-07-22', 'boilerplate:\n  note_well: false\n  note_really_well: false\n  meeting_tips: false\n  resources: false\n'), ['IETF 123 SAAG', 'Administrivia', 'Agenda']);
  assert.deepEqual(await titles('number: 125\n  date: 2026-03-17', 'slides: [note-really-well]\n'), ['Note Really Well']);
});

test('from IETF 124 the tips slide says "This session is being recorded" above its title; not before, nor when recording is off', async () => {
  const tips = async (meeting: string, extra = '') =>
    (await rendered(`${head(meeting)}${extra}agenda:\n  items: [{ topic: Welcome }]\nslides: [meeting-tips]\n`)).markdowns[0];
  assert.match(await tips('number: 124\n  date: 2025-11-05'), /^# IETF 124 Meeting Tips\n\n<p class="recorded">This session is being recorded<\/p>$/m);
  assert.doesNotMatch(await tips('number: 123\n  date: 2025-07-22'), /being recorded/);
  assert.doesNotMatch(await tips('number: 125\n  date: 2026-03-19', 'boilerplate:\n  recorded: false\n'), /being recorded/);
});
