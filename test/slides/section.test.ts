import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered } from '../helpers/deck.js';

test('a section slide from a title alone, or with a subtitle and speaker notes', async () => {
  const r = await rendered(
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - section: Any other ` +
      'Business / Open Mic\n  - section: { title: "The end: Safe travels home", ' +
      'subtitle: "See you at IETF 124 <3", speaker_notes: Thank the scribes }\n',
  );
  assert.deepEqual(
    r.slides.map((s) => s.title),
    ['Any other Business / Open Mic', 'The end: Safe travels home'],
  );
  assert.match(r.sections[0], /class="[^"]*\bsection\b/);
  assert.match(r.sections[0], /<h1[^>]*>Any other Business \/ Open Mic<\/h1>/);
  assert.match(r.sections[1], /<p>See you at IETF 124 &lt;3<\/p>/);
  assert.equal(r.slides[1].notes, 'Thank the scribes');
});
