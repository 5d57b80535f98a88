import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered, slidesOf } from '../helpers/deck.js';

const AGENDA = 'agenda:\n  items: [{ topic: Welcome }]\nslides: [title]\n';

test('an IETF meeting: "IETF 123 SAAG", the group name, date, place, session and room', async () => {
  const r = await rendered(`${head('number: 123\n  city: Madrid\n  date: 2025-07-22\n  session: Tuesday Session I\n  room: Padang')}${AGENDA}`);
  assert.match(r.markdowns[0], /^# IETF 123 SAAG$/m);
  assert.match(r.markdowns[0], /^## Security Area Advisory Group$/m);
  assert.match(r.markdowns[0], /Tuesday, July 22, 2025/);
  assert.match(r.markdowns[0], /IETF 123, Madrid/);
  assert.match(r.markdowns[0], /Tuesday Session I · Padang/);
});

test('title.text replaces the heading, and the group name is not repeated when the heading has it', async () => {
  const [slide] = await slidesOf(`${head()}title:\n  text: Security Area Advisory Group (SAAG)\n${AGENDA}`);
  assert.equal(slide.data.heading, 'Security Area Advisory Group (SAAG)');
  assert.equal(slide.data.name, null);
});

test('an interim without a city is a "Virtual Interim Meeting"; with a city it is held there', async () => {
  const virtual = await rendered(`${head('interim: true\n  date: 2019-03-05')}${AGENDA}`);
  assert.match(virtual.markdowns[0], /^# SAAG Interim Meeting$/m);
  assert.match(virtual.markdowns[0], /Virtual Interim Meeting/);
  const [inPerson] = await slidesOf(`${head('interim: true\n  city: Prague\n  date: 2019-03-05')}${AGENDA}`);
  assert.equal(inPerson.data.where, 'Interim Meeting, Prague');
});

test('"This session is being recorded" from IETF 108 (and interims from July 2020), unless turned off', async () => {
  const recorded = (meeting: string, extra = '') => rendered(`${head(meeting)}${extra}${AGENDA}`).then((r) => /This session is being recorded/.test(r.sections[0]));
  assert.equal(await recorded('number: 123\n  date: 2025-07-22'), true);
  assert.equal(await recorded('number: 101\n  date: 2018-03-19'), false);
  assert.equal(await recorded('interim: true\n  date: 2019-03-05'), false);
  assert.equal(await recorded('interim: true\n  date: 2021-02-01'), true);
  assert.equal(await recorded('number: 123\n  date: 2025-07-22', 'boilerplate:\n  recorded: false\n'), false);
  assert.equal(await recorded('number: 101\n  date: 2018-03-19', 'boilerplate:\n  recorded: true\n'), true);
});

test('chairs, ADs and the list; the title slide carries no slide number', async () => {
  const source = `${head('number: 101\n  date: 2018-03-19', 'acronym: teep\n  name: TEEP\n  chairs: [Dave Thaler, { name: Nancy Cam-Winget, email: ncw@example.org }]\n  ads: [Kathleen Moriarty]\n  list: teep@ietf.org')}${AGENDA}`;
  const r = await rendered(source);
  assert.equal(r.resolved.slides[0].paginate, false);
  assert.match(r.markdowns[0], /Chairs: Dave Thaler, \[Nancy Cam\\-Winget\]\(mailto:ncw@example\.org\)/);
  assert.match(r.markdowns[0], /Area Director: Kathleen Moriarty/);
  assert.match(r.markdowns[0], /Mailing list: \[teep@ietf\\\.org\]\(mailto:teep@ietf\.org\)/);
});
