import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { tempDir, wgdeck } from '../helpers/cli.js';

const QUIC = join(packageRoot, 'decks', 'quic-ietf125.yaml');
const expected = (name: string) => readFileSync(join(packageRoot, 'test', 'fixtures', 'export', name), 'utf8');

test(
  'agenda and notes print to stdout, or into --out ' + 'DIR, named as the datatracker does with --proceedings',
  async () => {
    const r = await wgdeck(['agenda', QUIC]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, expected('quic-ietf125-agenda.md'));
    const dir = join(tempDir(), 'out', 'md');
    assert.equal((await wgdeck(['notes', QUIC, '--out', dir])).code, 0);
    assert.equal(readFileSync(join(dir, 'quic-ietf125-notes.md'), 'utf8'), expected('quic-ietf125-notes.md'));
    assert.equal((await wgdeck(['agenda', QUIC, '--out', dir, '--proceedings'])).code, 0);
    assert.equal((await wgdeck(['agenda', QUIC, '--out', dir, '--proceedings'])).code, 0);
    assert.deepEqual(readdirSync(dir).sort(), [
      'agenda-125-quic-00.md',
      'agenda-125-quic-01.md',
      'quic-ietf125-notes.md',
    ]);
    const bad = await wgdeck(['agenda', QUIC, join(dir, 'missing.yaml'), '--out', join(dir, 'x')]);
    assert.equal(bad.code, 1);
    assert.deepEqual(
      readdirSync(dir).sort(),
      ['agenda-125-quic-00.md', 'agenda-125-quic-01.md', 'quic-ietf125-notes.md'],
      'nothing written',
    );
  },
);

test('build --all writes the slides, the agenda and the notes', async () => {
  const dir = tempDir();
  const r = await wgdeck(['build', QUIC, '--html', '--all', '--out', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['quic-ietf125-agenda.md', 'quic-ietf125-notes.md', 'quic-ietf125.html']);
  assert.equal(readFileSync(join(dir, 'quic-ietf125-agenda.md'), 'utf8'), expected('quic-ietf125-agenda.md'));
});
