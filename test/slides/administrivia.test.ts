import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered } from '../helpers/deck.js';

const AGENDA = 'agenda:\n  items: [{ topic: Welcome }]\nslides: [administrivia]\n';

test("paper blue sheets before IETF 116, volunteers wanted, and the era's tools by their names", async () => {
  const r = await rendered(
    `${head('number: 101\n  date: 2018-03-19')}links:\n  chat: xmpp:teep@jabber.ietf.org?join\n  notes: ` +
      `https://etherpad.tools.ietf.org/p/notes-ietf-101-teep\nadministrivia:\n  note_takers: 2\n${AGENDA}`,
  );
  const html = r.sections[0];
  assert.match(html, /<li>Blue sheets: please sign in<\/li>/);
  assert.match(html, /<li>2 note takers needed<\/li>/);
  assert.match(html, /<li>Jabber: <a href="xmpp:teep@jabber\.ietf\.org\?join"/);
  assert.match(html, /<li>Etherpad: <a href="https:\/\/etherpad\.tools\.ietf\.org\/p\/notes-ietf-101-teep"/);
});

test(
  'from IETF 116 attendance is the Datatracker sign-in; ' + 'named note takers, chat scribe, Markdown items',
  async () => {
    const r = await rendered(
      `${head('number: 125\n  date: 2026-03-17')}administrivia:\n  note_takers: [Alice, Bob]\n  chat_scribe: Carol\n ` +
        ` items: ["Join the queue with **Meetecho Lite** <script>x</script>"]\n${AGENDA}`,
    );
    const html = r.sections[0];
    assert.match(html, /Sign in to the session via the Datatracker agenda/);
    assert.match(html, /Note takers: Alice, Bob/);
    assert.match(html, /Chat scribe: Carol/);
    assert.match(html, /<strong>Meetecho Lite<\/strong> &lt;script&gt;x&lt;\/script&gt;/);
    assert.match(html, /Notes: <a href="https:\/\/notes\.ietf\.org\/notes-ietf-125-saag"/);
    assert.doesNotMatch(html, /<script>/);
  },
);

test('speaker notes of the administrivia block reach the slide', async () => {
  const r = await rendered(`${head()}administrivia:\n  speaker_notes: Ask for a note taker first\n${AGENDA}`);
  assert.equal(r.slides[0].notes, 'Ask for a note taker first');
});
