// Paths that are not ordinary files or folders: each refused by name, at once, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, wgdeck } from '../helpers/cli.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url).pathname;

test('a FIFO as deck, as PDF to check, or standing where the HTML goes is refused by name', async (t) => {
  if (process.platform === 'win32') return t.skip('no mkfifo');
  const dir = tempDir();
  for (const f of ['pipe.yaml', 'pipe.pdf', 'quic.html']) execFileSync('mkfifo', [join(dir, f)]);
  copyFileSync(minimal, join(dir, 'quic.yaml'));
  const validate = await wgdeck(['validate', 'pipe.yaml'], { cwd: dir });
  assert.equal(validate.code, 1);
  assert.match(validate.stderr, /pipe\.yaml is a named pipe \(FIFO\), not a regular file/);
  const check = await wgdeck(['check', 'pipe.pdf'], { cwd: dir });
  assert.equal(check.code, 1);
  assert.match(check.stderr, /pipe\.pdf is a named pipe \(FIFO\)/);
  const build = await wgdeck(['build', '--html', 'quic.yaml'], { cwd: dir });
  assert.equal(build.code, 2);
  assert.match(build.stderr, /quic\.html is a named pipe \(FIFO\), which wgdeck does not replace/);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.startsWith('.')),
    [],
    'no temporary file left',
  );
});

test('--out under /proc, or under a file, is an error at once', async (t) => {
  if (process.platform !== 'linux') return t.skip('/proc');
  for (const out of ['/proc/x', '/proc/x/y', `${minimal}/sub`]) {
    const r = await wgdeck(['build', '--html', '--out', out, minimal]);
    assert.equal(r.code, 2, out);
    assert.match(r.stderr, /Cannot write output/, out);
    assert.doesNotMatch(r.stderr, /this is a bug/);
  }
  assert.equal(existsSync('/proc/x'), false);
});
