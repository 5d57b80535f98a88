// The package's entry point: its functions and their types, and nothing heavy loaded by importing it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BuildResult, LoadedDeck, RenderedDeck } from '../src/index.js';
import * as api from '../src/index.js';
import { packagesLoaded } from './helpers/packages.js';

const index = fileURLToPath(new URL('../src/index.js', import.meta.url));

test('importing wgdeck loads no browser, no Marp, no pdf-lib and no pptxgenjs', () => {
  const { status, stderr, loaded } = packagesLoaded(`await import(${JSON.stringify(index)});`);
  assert.equal(status, 0, stderr);
  assert.ok(loaded.includes('yaml'), `the hook sees packages: ${loaded}`);
  for (const heavy of ['puppeteer-core', '@marp-team/marp-core', 'pdf-lib', 'pptxgenjs', 'chokidar'])
    assert.ok(!loaded.includes(heavy), `${heavy} is loaded: ${loaded}`);
});

test('the functions, and the types they return, come from the entry point', async () => {
  for (const name of [
    'loadDeck',
    'parseDeck',
    'renderDeck',
    'buildDeck',
    'deckFiles',
    'findBrowser',
    'BrowserPool',
    'WgdeckError',
  ])
    assert.equal(typeof (api as Record<string, unknown>)[name], 'function', name);
  const loaded: LoadedDeck = await api.loadDeck(fileURLToPath(new URL('../../decks/minimal.yaml', import.meta.url)));
  const rendered: RenderedDeck = await api.renderDeck(loaded.deck, { positions: loaded.positions });
  const built: Pick<BuildResult, 'slides'> = { slides: rendered.slides.length };
  assert.equal(built.slides, rendered.marp.count);
});
