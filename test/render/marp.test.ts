// wgdeck's Marp: directives in comments are read as strict YAML unless a template override may
// have written them (Marp's loose reading costs a regular expression built for every comment), and
// CSS nesting is expanded only in a theme of the deck's own (wgdeck's themes and style nest none).
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

test("wgdeck's own directives and CSS make the same slides as with Marp's defaults", async () => {
  const themes = builtinThemes().map((t) => t.css);
  const strict = createMarp(themes);
  const loose = createMarp(themes, { looseDirectives: true, cssNesting: true });
  for (const f of readdirSync(DECKS).filter((f) => f.endsWith('.yaml'))) {
    const { deck, positions } = await loadDeck(join(DECKS, f));
    const { markdown } = await renderDeck(deck, { positions });
    assert.deepEqual(renderMarp(strict, markdown), renderMarp(loose, markdown), f);
  }
});

test("nested CSS in a deck's own theme is expanded, only when asked", () => {
  const theme = '/* @theme nested */\nsection { h1 { color: rgb(1, 2, 3); } }';
  const markdown = '---\nmarp: true\ntheme: nested\n---\n\n# x\n';
  const css = (cssNesting: boolean) => renderMarp(createMarp([theme], { cssNesting }), markdown).css;
  // Unexpanded, the rule stays inside `section { ... }`, where a browser's CSS nesting would place it.
  const nested = /section \{ div\.marpit[^{}]*:is\(h1, marp-h1\) \{ color: rgb\(1, 2, 3\)/;
  assert.match(css(false), nested);
  assert.doesNotMatch(css(true), nested);
  assert.match(css(true), /section :is\(h1, marp-h1\) \{ color: rgb\(1, 2, 3\)/);
});

test('a directive that is not quite YAML is read loosely, as Marp users expect, only when asked', () => {
  const markdown = '---\nmarp: true\n---\n\n<!-- _backgroundColor: #123456 -->\n\n# x\n';
  assert.match(renderMarp(createMarp([], { looseDirectives: true }), markdown).html, /background-color:#123456/);
  assert.doesNotMatch(renderMarp(createMarp([]), markdown).html, /background-color:#123456/);
});

test("marp-core's own themes are left out, and themes are added as before afterwards", () => {
  const themes = builtinThemes();
  const marp = createMarp(themes.map((t) => t.css));
  assert.deepEqual([...marp.themeSet.themes()].map((t) => t.name).sort(), themes.map((t) => t.name).sort());
  assert.equal(marp.themeSet.get('gaia'), undefined);
  // The stand-in is gone once the constructor has run: another theme set parses its themes.
  marp.themeSet.add('/* @theme later */\nsection { color: rgb(4, 5, 6); }');
  const { css } = renderMarp(marp, '---\nmarp: true\ntheme: later\n---\n\n# x\n');
  assert.match(css, /color: rgb\(4, 5, 6\)/);
});
