// The watcher behind preview and build --watch: a change to a source anywhere below a watched
// folder rebuilds once, with the paths that changed; outputs, hidden folders and node_modules do not.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SourceWatcher, sourceRoots, WATCH_DEPTH, watchedRoots } from '../src/watch.js';
import type { Deck } from '../src/deck/types.js';
import { tempDir } from './helpers/cli.js';

const settle = (ms = 400) => new Promise((done) => setTimeout(done, ms));

test('sources below the folder rebuild, saved in place or by rename; other files do not', async () => {
  const dir = tempDir('.wgdeck-hidden-root-');
  for (const sub of ['images/old', '.git', 'node_modules/x']) mkdirSync(join(dir, sub), { recursive: true });
  const rebuilds: string[][] = [];
  const watcher = new SourceWatcher(async (changed) => void rebuilds.push(changed.sort()), 50);
  try {
    watcher.watch([dir]);
    await watcher.ready;
    writeFileSync(join(dir, 'deck.pdf'), 'output');
    writeFileSync(join(dir, '.git', 'index.yaml'), 'hidden');
    writeFileSync(join(dir, 'node_modules', 'x', 'a.css'), 'dependency');
    await settle();
    assert.deepEqual(rebuilds, [], 'outputs, hidden folders and node_modules are no cause to rebuild');
    writeFileSync(join(dir, 'images', 'old', 'chart.svg'), '<svg/>');
    writeFileSync(join(dir, 'deck.yaml'), 'meeting: {}');
    await settle();
    assert.deepEqual(
      rebuilds,
      [[join(dir, 'deck.yaml'), join(dir, 'images', 'old', 'chart.svg')]],
      'one rebuild for changes close together',
    );
    // An editor's save: a new copy renamed over the file.
    writeFileSync(join(dir, 'deck.yaml.tmp'), 'meeting: { number: 1 }');
    renameSync(join(dir, 'deck.yaml.tmp'), join(dir, 'deck.yaml'));
    await settle();
    assert.deepEqual(rebuilds.at(-1), [join(dir, 'deck.yaml')]);
  } finally {
    await watcher.close();
  }
});

test('a theme or templates path at / is never watched, and a missing one is harmless', () => {
  const dir = tempDir('wgdeck-watch-');
  const deck = { templates: '/', theme: '../../../../../../../../x.css' } as Deck;
  const roots = watchedRoots([...sourceRoots(join(dir, 'deck.yaml'), { templatesDir: '/', deck }), '/no/such/folder']);
  assert.ok(!roots.includes('/'), roots.join('\n'));
  assert.ok(roots.includes(dir));
});

test('a watch goes a bounded depth down and follows no symlink', async () => {
  const dir = tempDir('wgdeck-watch-');
  const outside = tempDir('wgdeck-outside-');
  let deep = dir;
  for (let i = 0; i < WATCH_DEPTH + 2; i++) {
    deep = join(deep, `d${i}`);
    mkdirSync(deep);
  }
  symlinkSync(outside, join(dir, 'link'));
  const rebuilds: string[][] = [];
  const watcher = new SourceWatcher(async (changed) => void rebuilds.push(changed), 50);
  try {
    watcher.watch([dir]);
    await watcher.ready;
    writeFileSync(join(deep, 'too-deep.yaml'), 'x');
    writeFileSync(join(outside, 'elsewhere.yaml'), 'x');
    await settle();
    assert.deepEqual(rebuilds, [], 'nothing below the depth limit or behind a symlink');
    writeFileSync(join(dir, 'd0', 'near.yaml'), 'x');
    await settle();
    assert.deepEqual(rebuilds, [[join(dir, 'd0', 'near.yaml')]]);
  } finally {
    await watcher.close();
  }
});
