import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered } from '../helpers/deck.js';
import { joined } from '../helpers/regex.js';

const deck = (entry: string) => `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - title\n${entry}`;

test(
  'a Markdown slide: its first heading is the title bar ' + 'and the outline title; sub-headings and lists render',
  async () => {
    const r = await rendered(
      deck(
        '  - markdown: |\n      # Dispatch **Process**\n\n      ## ' +
          'Ground Rules\n\n      - SecDispatch DOES NOT adopt drafts\n',
      ),
    );
    assert.equal(r.slides[1].title, 'Dispatch Process');
    assert.match(
      r.sections[1],
      joined(
        /<h1[^>]*>Dispatch <strong>Process<\/strong><\/h1>\s*/,
        /<h2[^>]*>Ground Rules<\/h2>\s*<ul>\s*<li>SecDispatch DOES NOT adopt drafts/,
      ),
    );
  },
);

test('it cannot start a slide, inject HTML or load an image from the network', async () => {
  const r = await rendered(
    deck(
      '  - markdown: |\n      # One slide\n\n      ---\n\n      ' +
        '<script>alert(1)</script>\n\n      ![bg](https://example.org/x.png)\n',
    ),
  );
  assert.equal(r.slides.length, 2);
  assert.equal(r.marp.count, 2);
  assert.doesNotMatch(r.sections[1], /<script>|<img|example\.org/);
  assert.match(r.sections[1], /&lt;script&gt;/);
});

test('the {text, speaker_notes} form carries speaker notes', async () => {
  const r = await rendered(
    deck('  - markdown:\n      text: "# Randomness"\n      speaker_notes: Ask for a show of hands\n'),
  );
  assert.equal(r.slides[1].title, 'Randomness');
  assert.equal(r.slides[1].notes, 'Ask for a show of hands');
});
