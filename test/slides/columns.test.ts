import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered } from '../helpers/deck.js';

test('lists side by side: one column per list, nested lists nest, items are literal text', async () => {
  const r = await rendered(
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - columns:\n      ` +
      'title: Working Group Summaries\n      lists:\n        - [ACE, ACME]\n ' +
      '       - [LAKE, "OHAI [*]"]\n        - [Security related IRTF work, ' +
      '[CFRG, PEARG]]\n      speaker_notes: Send highlights to saag@ietf.org\n',
  );
  const html = r.sections[0];
  assert.match(html, /class="[^"]*\bcolumns-3\b/);
  const columns = html.split('<div>').slice(1);
  assert.equal(columns.length, 3);
  assert.match(columns[0], /<li>ACE<\/li>\s*<li>ACME<\/li>/);
  assert.match(columns[1], /<li>OHAI \[\*\]<\/li>/);
  assert.match(columns[2], /<li>Security related IRTF work\s*<ul>\s*<li>CFRG<\/li>\s*<li>PEARG<\/li>/);
  assert.equal(r.slides[0].notes, 'Send highlights to saag@ietf.org');
});
