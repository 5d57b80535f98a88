// The watcher behind preview and build --watch: a change to a source anywhere below a watched
// folder rebuilds once, with the paths that changed; outputs, hidden folders and node_modules do not.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SourceWatcher } from '../src/watch.js';
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
    assert.deepEqual(rebuilds, [[join(dir, 'deck.yaml'), join(dir, 'images', 'old', 'chart.svg')]], 'one rebuild for changes close together');
    // An editor's save: a new copy renamed over the file.
    writeFileSync(join(dir, 'deck.yaml.tmp'), 'meeting: { number: 1 }');
    renameSync(join(dir, 'deck.yaml.tmp'), join(dir, 'deck.yaml'));
    await settle();
    assert.deepEqual(rebuilds.at(-1), [join(dir, 'deck.yaml')]);
  } finally {
    await watcher.close();
  }
});
