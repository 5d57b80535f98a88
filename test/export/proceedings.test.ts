// Proceedings names: slides-<num>-<acronym>-chairs-slides-<rev>, a new revision for each build.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { BrowserPool } from '../../src/browser/pool.js';
import { buildDeck } from '../../src/build.js';
import { materialBase, nextRevision } from '../../src/export/proceedings.js';
import { tempDir, wgdeck } from '../helpers/cli.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url).pathname;
const pool = new BrowserPool({ concurrency: 1 });
const dirs: string[] = [];
const scratch = () => (dirs.push(tempDir()), dirs.at(-1)!);
after(async () => {
  await pool.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('a meeting deck is named by meeting number and acronym, an interim by its date', async () => {
  assert.equal(materialBase({ meeting: { number: 123, date: '2025-07-22' }, group: { acronym: 'saag' } }), 'slides-123-saag-chairs-slides');
  assert.equal(materialBase({ meeting: { date: '2019-03-05' }, group: { acronym: 'secdispatch' } }), 'slides-interim-2019-03-05-secdispatch-chairs-slides');
});

test('the revision is one above the highest PDF or PPTX revision in the folder', async () => {
  const dir = scratch();
  const base = 'slides-123-saag-chairs-slides';
  assert.equal(nextRevision(dir, base), `${base}-00`);
  assert.equal(nextRevision(join(dir, 'not-yet'), base), `${base}-00`, 'a folder --out will create');
  writeFileSync(join(dir, `${base}-00.pdf`), '');
  assert.equal(nextRevision(dir, base), `${base}-01`);
  writeFileSync(join(dir, `${base}-03.pptx`), '');
  assert.equal(nextRevision(dir, base), `${base}-04`);
  // Other groups, other meetings and other file types are not revisions of this material.
  for (const other of ['slides-123-saagx-chairs-slides-07.pdf', 'slides-124-saag-chairs-slides-09.pdf', `${base}-08.html`, `${base}-05.pdf.tmp`]) {
    writeFileSync(join(dir, other), '');
  }
  assert.equal(nextRevision(dir, base), `${base}-04`);
});

test('building with proceedings writes -00, then -01, and keeps the HTML name', async () => {
  const out = scratch();
  const first = await buildDeck(minimal, { outDir: out, html: true, pdf: true, proceedings: true, pool });
  assert.deepEqual(first.outputs, [join(out, 'minimal.html'), join(out, 'slides-125-quic-chairs-slides-00.pdf')]);
  const second = await buildDeck(minimal, { outDir: out, pdf: true, proceedings: true, pool });
  assert.deepEqual(second.outputs, [join(out, 'slides-125-quic-chairs-slides-01.pdf')]);
  assert.ok(existsSync(join(out, 'slides-125-quic-chairs-slides-00.pdf')), 'the earlier revision stays');
  assert.deepEqual(readdirSync(out).sort(), ['minimal.html', 'slides-125-quic-chairs-slides-00.pdf', 'slides-125-quic-chairs-slides-01.pdf']);
});

test('--proceedings with --watch is a usage error', async () => {
  const r = await wgdeck(['build', minimal, '--proceedings', '--watch']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--proceedings writes a new revision each build/);
});
