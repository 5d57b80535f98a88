import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../src/fs/atomic.js';
import { isWgdeckError } from '../../src/errors.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgdeck-atomic-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(name: string): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d);
  return d;
}

const notWritable = (e: unknown) => isWgdeckError(e) && e.code === 'output-not-writable';

test('writes a new file and replaces an old one, keeping its permissions', async () => {
  const d = folder('ok');
  const file = path.join(d, 'deck.pdf');
  await writeFileAtomic(file, new Uint8Array([37, 80, 68, 70]));
  assert.equal(fs.readFileSync(file, 'latin1'), '%PDF');
  fs.chmodSync(file, 0o640);
  await writeFileAtomic(file, 'second');
  assert.equal(fs.readFileSync(file, 'utf8'), 'second');
  if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(fs.readdirSync(d), ['deck.pdf'], 'no temporary file left');
});

test('parent is a file: OutputNotWritable, nothing created', async () => {
  const d = folder('parent-file');
  fs.writeFileSync(path.join(d, 'decks'), 'a file');
  await assert.rejects(writeFileAtomic(path.join(d, 'decks', 'deck.pdf'), 'x'), notWritable);
  assert.deepEqual(fs.readdirSync(d), ['decks']);
});

test('rename fails (a folder stands at the target): the folder is untouched, no temporary file left', async () => {
  const d = folder('rename');
  fs.mkdirSync(path.join(d, 'deck.pdf'));
  fs.writeFileSync(path.join(d, 'deck.pdf', 'keep'), 'kept');
  await assert.rejects(
    writeFileAtomic(path.join(d, 'deck.pdf'), 'x'),
    (e: unknown) => notWritable(e) && (e as Error).message.includes('deck.pdf'),
  );
  assert.deepEqual(fs.readdirSync(d), ['deck.pdf']);
  assert.equal(fs.readFileSync(path.join(d, 'deck.pdf', 'keep'), 'utf8'), 'kept');
});

test('the disk fills up mid-write: the old file stays whole, no temporary file left', (t) => {
  if (process.platform === 'win32') return t.skip('needs a shell with ulimit');
  const d = folder('full');
  const file = path.join(d, 'deck.pdf');
  fs.writeFileSync(file, 'old deck');
  // A file size limit of 1 KiB makes the write fail with EFBIG part-way, as a full disk would.
  const atomic = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/fs/atomic.js');
  const script =
    `import(${JSON.stringify(atomic)}).then(({ writeFileAtomic }) => ` +
    `writeFileAtomic(${JSON.stringify(file)}, new Uint8Array(1 << 20)))
    .then(() => console.log('written'), (e) => console.log(e.code + ': ' + e.message));`;
  const run = spawnSync(
    'sh',
    ['-c', 'ulimit -f 1 && exec "$0" --input-type=module -e "$1"', process.execPath, script],
    { encoding: 'utf8' },
  );
  assert.match(run.stdout, /^output-not-writable: Cannot write .*deck\.pdf: .*EFBIG/, run.stdout + run.stderr);
  assert.equal(fs.readFileSync(file, 'utf8'), 'old deck');
  assert.deepEqual(fs.readdirSync(d), ['deck.pdf']);
});
