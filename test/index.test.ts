// The package's entry point: its functions and their types, and nothing heavy loaded by importing it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BuildResult, LoadedDeck, RenderedDeck } from '../src/index.js';
import * as api from '../src/index.js';

const index = fileURLToPath(new URL('../src/index.js', import.meta.url));

test('importing wgdeck loads no browser, no Marp, no pdf-lib and no pptxgenjs', () => {
  // A resolve hook in the child names every package the import pulls in.
  const hook =
    'export async function resolve(s, c, next) { const r = await ' +
    'next(s, c); const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(r.url); ' +
    "if (m) console.log('package ' + m[1]); return r; }";
  const script =
    "import { register } from 'node:module'; register('data:text/javascript,' + " +
    `encodeURIComponent(${JSON.stringify(hook)})); await import(${JSON.stringify(index)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const loaded = [...new Set(r.stdout.match(/(?<=^package ).+$/gm) ?? [])].sort();
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
