import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WATCH_DEPTH, WATCH_FOLDERS, sourceRoots, watchedFolders } from '../src/watch.js';
import type { Deck } from '../src/deck/types.js';

test('a theme or templates path at / or missing does not walk the file system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-watch-'));
  const file = join(dir, 'deck.yaml');
  const deck = { templates: '/', theme: '../../../../../../../../x.css' } as Deck;
  const roots = sourceRoots(file, { templatesDir: '/', deck });
  const started = performance.now();
  const folders = watchedFolders([...roots, '/no/such/folder']);
  assert.ok(performance.now() - started < 2000);
  assert.ok(!folders.includes('/'), 'never the root');
  assert.ok(folders.includes(dir));
  assert.ok(folders.every((f) => !f.startsWith('/proc') && !f.startsWith('/usr')), folders.join('\n'));
});

test('a folder is walked to a bounded depth and count, without following symlinks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-watch-'));
  let deep = dir;
  for (let i = 0; i < WATCH_DEPTH + 3; i++) mkdirSync((deep = join(deep, `d${i}`)));
  for (let i = 0; i < WATCH_FOLDERS + 50; i++) mkdirSync(join(dir, `wide${String(i).padStart(3, '0')}`));
  symlinkSync('/', join(dir, 'root-link'));
  const folders = watchedFolders([dir]);
  assert.equal(folders.length, WATCH_FOLDERS);
  assert.ok(folders.every((f) => f.split('/').length - dir.split('/').length <= WATCH_DEPTH));
  assert.ok(!folders.some((f) => f.includes('root-link')));
});
