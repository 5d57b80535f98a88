// The bundled command's V8 code caches (scripts/bin.mjs): a trained cache is taken as it is; a damaged
// or missing one costs only compiling, the command runs as ever and writes a cache for the user.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/cli.js';

// scripts/test.mjs bundles the compiled sources into dist-test/bin/; a copy of it beside it, inside
// the package (which the command finds from where it runs), is damaged at will.
const bundled = fileURLToPath(new URL('../../bin/', import.meta.url));
const bin = fileURLToPath(new URL(`../../bin-cache-${process.pid}/`, import.meta.url));
after(() => rmSync(bin, { recursive: true, force: true }));
const deck = fileURLToPath(new URL('../../../decks/minimal.yaml', import.meta.url));

/** `wgdeck validate` of the minimal deck from the copy, and the caches it wrote for the user. */
function validate(): string[] {
  const cacheHome = tempDir();
  const r = spawnSync(process.execPath, [join(bin, 'wgdeck.js'), 'validate', deck], {
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    encoding: 'utf8',
  });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^valid .*minimal\.yaml \(6 slides\)\n$/);
  const written = join(cacheHome, 'wgdeck');
  return existsSync(written) ? readdirSync(written) : [];
}

test('the trained caches are taken: no cache is written for the user', () => {
  rmSync(bin, { recursive: true, force: true });
  cpSync(bundled, bin, { recursive: true });
  assert.ok(existsSync(join(bin, 'wgdeck.validate.cache')) && existsSync(join(bin, 'wgdeck.build.cache')));
  assert.deepEqual(validate(), []);
});

test('damaged caches (bytes changed inside, or cut short) are compiled around, and one for the user written', () => {
  for (const damage of [
    (data: Buffer) => data.map((byte, i) => (i > data.length / 2 && i < data.length / 2 + 64 ? byte ^ 0x5a : byte)),
    (data: Buffer) => data.subarray(0, data.length / 2),
  ]) {
    rmSync(bin, { recursive: true, force: true });
    cpSync(bundled, bin, { recursive: true });
    for (const name of ['wgdeck.validate.cache', 'wgdeck.build.cache']) {
      writeFileSync(join(bin, name), damage(readFileSync(join(bin, name))));
    }
    assert.deepEqual(
      validate().map((f) => f.replace(/^[0-9a-f]{16}-/, '')),
      [`${process.version}.cache`],
    );
  }
});

test('without caches the command runs, and writes one for the user', () => {
  rmSync(bin, { recursive: true, force: true });
  cpSync(bundled, bin, { recursive: true, filter: (f) => !f.endsWith('.cache') });
  assert.equal(validate().length, 1);
});
