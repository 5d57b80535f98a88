import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered } from '../helpers/deck.js';
import { joined } from '../helpers/regex.js';

const deck = (questions: string) =>
  `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - discussion:\n      title: "Discussion: ` +
  `message format"\n      questions:\n${questions}\n      speaker_notes: Hum at the end\n`;

test('questions nest as the YAML nests them', async () => {
  const r = await rendered(
    deck(
      '        - Should the group define one or more message formats?\n        - - What formats ' +
        'should be considered?\n          - What format should be the mandatory-to-implement?',
    ),
  );
  assert.match(r.sections[0], /<h1[^>]*>Discussion: message format<\/h1>/);
  assert.match(
    r.sections[0],
    joined(
      /<li>Should the group define one or more message formats\?\s*<ul>\s*/,
      /<li>What formats should be considered\?<\/li>\s*/,
      /<li>What format should be the mandatory-to-implement\?<\/li>/,
    ),
  );
  assert.equal(r.slides[0].notes, 'Hum at the end');
});

test('questions are literal text: Markdown and HTML stay as typed, drafts become links', async () => {
  const r = await rendered(deck('        - "Adopt **draft-pei-opentrustprotocol-06.txt** <b>now</b>?"'));
  assert.match(
    r.sections[0],
    joined(
      /Adopt \*\*<a href="https:\/\/datatracker\.ietf\.org\/doc\/draft-pei-opentrustprotocol\/">/,
      /draft-pei-opentrustprotocol-06<\/a>\.txt\*\* &lt;b&gt;now&lt;\/b&gt;\?/,
    ),
  );
});
