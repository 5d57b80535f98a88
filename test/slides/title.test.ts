import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../../src/paths.js';
import { head, rendered, slidesOf, textOf } from '../helpers/deck.js';
import { joined } from '../helpers/regex.js';

const AGENDA = 'agenda:\n  items: [{ topic: Welcome }]\nslides: [title]\n';

test(
  'an IETF meeting as the template has it: "19 March 2026", ' +
    '"IETF 125 QUIC WG", the lower band with the year and Meetecho',
  async () => {
    const meeting = 'number: 125\n  city: Shenzhen\n  date: 2026-03-19\n  session: Thursday Session I\n  room: Room 5';
    const r = await rendered(`${head(meeting, 'acronym: quic\n  name: QUIC')}${AGENDA}`);
    const html = r.sections[0];
    assert.match(r.markdowns[0], /^<p class="date">19 March 2026<\/p>$/m);
    assert.match(r.markdowns[0], /^# IETF 125 QUIC WG$/m);
    assert.doesNotMatch(r.markdowns[0], /^## /m, 'the heading names the group already');
    assert.match(textOf(html), /Shenzhen · Thursday Session I · Room 5/);
    assert.match(html, /<p class="recorded">This session is being recorded<\/p>/);
    assert.match(
      html,
      joined(
        /<div class="band"><p>Internet Engineering Task Force<br \/>© 2026 IETF Trust<br \/>/,
        /Production by Meetecho<\/p><span class="wordmark">IETF<\/span><\/div>/,
      ),
    );
    // No line of the title slide depends on trailing double spaces, which editors strip.
    assert.doesNotMatch(readFileSync(join(templatesDir, 'title.hbs'), 'utf8'), / {2}$/m);
  },
);

test(
  "the heading's suffix follows the group type: WG, RG, BoF, none " +
    'for an area; an interim keeps its heading and has no Meetecho line',
  async () => {
    const heading = async (type: string) =>
      (
        await slidesOf(
          `${head('number: 125\n  date: 2026-03-19', `acronym: x\n  name: Some Group\n  type: ${type}`)}${AGENDA}`,
        )
      )[0].data.heading;
    assert.deepEqual(await Promise.all(['wg', 'rg', 'bof', 'area'].map(heading)), [
      'IETF 125 X WG',
      'IETF 125 X RG',
      'IETF 125 X BoF',
      'IETF 125 X',
    ]);
    const interim = await rendered(
      `${head('interim: true\n  date: 2021-02-01', 'acronym: quic\n  name: QUIC')}${AGENDA}`,
    );
    assert.match(interim.markdowns[0], /^# QUIC Interim Meeting$/m);
    assert.match(interim.sections[0], /© 2021 IETF Trust<\/p>/);
    assert.doesNotMatch(interim.sections[0], /Meetecho/);
  },
);

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
  const recorded = (meeting: string, extra = '') =>
    rendered(`${head(meeting)}${extra}${AGENDA}`).then((r) => /This session is being recorded/.test(r.sections[0]));
  assert.equal(await recorded('number: 123\n  date: 2025-07-22'), true);
  assert.equal(await recorded('number: 101\n  date: 2018-03-19'), false);
  assert.equal(await recorded('interim: true\n  date: 2019-03-05'), false);
  assert.equal(await recorded('interim: true\n  date: 2021-02-01'), true);
  assert.equal(await recorded('number: 123\n  date: 2025-07-22', 'boilerplate:\n  recorded: false\n'), false);
  assert.equal(await recorded('number: 101\n  date: 2018-03-19', 'boilerplate:\n  recorded: true\n'), true);
});

test('chairs, ADs and the list; the title slide carries no slide number', async () => {
  const group =
    'acronym: teep\n  name: TEEP\n  chairs: [Dave Thaler, { name: Nancy Cam-Winget, email: ncw@example.org }]\n' +
    '  ads: [Kathleen Moriarty]\n  list: teep@ietf.org';
  const source = `${head('number: 101\n  date: 2018-03-19', group)}${AGENDA}`;
  const r = await rendered(source);
  assert.equal(r.resolved.slides[0].paginate, false);
  assert.match(r.markdowns[0], /Chairs: Dave Thaler, \[Nancy Cam\\-Winget\]\(mailto:ncw@example\.org\)/);
  assert.match(r.markdowns[0], /Area Director: Kathleen Moriarty/);
  assert.match(r.markdowns[0], /Mailing list: \[teep@ietf\\\.org\]\(mailto:teep@ietf\.org\)/);
});
