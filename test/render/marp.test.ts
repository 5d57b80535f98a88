// wgdeck's Marp: directives in comments are read as strict YAML unless a template override may
// have written them (Marp's loose reading costs a regular expression built for every comment).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDeck } from '../../src/deck/load.js';
import { createMarp, renderMarp } from '../../src/render/marp.js';
import { renderDeck } from '../../src/render/render.js';
import { builtinThemes } from '../../src/render/themes.js';

const DECKS = fileURLToPath(new URL('../../../decks/', import.meta.url));

test("wgdeck's own directives read the same strictly as with Marp's loose default", async () => {
  const themes = builtinThemes().map((t) => t.css);
  const strict = createMarp(themes);
  const loose = createMarp(themes, { looseDirectives: true });
  for (const f of readdirSync(DECKS).filter((f) => f.endsWith('.yaml'))) {
    const { deck, positions } = await loadDeck(join(DECKS, f));
    const { markdown } = await renderDeck(deck, { positions });
    assert.deepEqual(renderMarp(strict, markdown), renderMarp(loose, markdown), f);
  }
});

test('a directive that is not quite YAML is read loosely, as Marp users expect, only when asked', () => {
  const markdown = '---\nmarp: true\n---\n\n<!-- _backgroundColor: #123456 -->\n\n# x\n';
  assert.match(renderMarp(createMarp([], { looseDirectives: true }), markdown).html, /background-color:#123456/);
  assert.doesNotMatch(renderMarp(createMarp([]), markdown).html, /background-color:#123456/);
});
