import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '../src/deck/load.js';
import { renderDeck } from '../src/render/render.js';

test('custom kinds named constructor, toString, __proto__ render from their templates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-proto-kinds-'));
  mkdirSync(join(dir, 'tpl'));
  const kinds = ['constructor', 'toString', '__proto__', 'valueOf'];
  for (const k of kinds) writeFileSync(join(dir, 'tpl', `${k}.hbs`), `# Kind ${k.replace(/_/g, '')}\n`);
  const file = join(dir, 'deck.yaml');
  const src =
    'meeting: {number: 125, date: 2026-03-17}\ngroup: {acronym: quic, name: QUIC, chairs: [Lucas ' +
    `Pardue]}\ntemplates: tpl\nagenda: {items: [{topic: t}]}\nslides: [${kinds.join(', ')}]\n`;
  const { deck } = parseDeck(src, file);
  const rendered = await renderDeck(deck);
  assert.equal(rendered.slides.length, 4);
  for (const k of kinds) assert.match(rendered.markdown, new RegExp(`# Kind ${k.replace(/_/g, '')}`));
});
