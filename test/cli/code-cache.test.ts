// The bundled command's V8 code caches (scripts/bin.cjs): a trained cache is taken as it is; a damaged
// or missing one costs only compiling, the command runs as ever and writes a cache for the user. Each
// bundle has its cache: `validate` runs from a bundle of its own, every other command from the whole CLI.
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

/** Each bundle's cache, and a command that runs from that bundle with what it prints. */
const BUNDLES = [
  { cache: 'wgdeck.validate.cache', args: ['validate', deck], stdout: /^valid .*minimal\.yaml \(6 slides\)\n$/ },
  { cache: 'wgdeck.cache', args: ['--version'], stdout: /^\d+\.\d+\.\d+\n$/ },
];

/** A fresh copy of the bundled command, with `change` done to the caches named. */
function copy(caches: string[] = [], change: (data: Buffer) => Uint8Array | undefined = (data) => data): void {
  rmSync(bin, { recursive: true, force: true });
  cpSync(bundled, bin, { recursive: true });
  for (const name of caches) {
    const data = change(readFileSync(join(bin, name)));
    if (data) writeFileSync(join(bin, name), data);
    else rmSync(join(bin, name));
  }
}

/** The command from the copy, and the caches it wrote for the user. */
function run({ args, stdout }: (typeof BUNDLES)[number]): string[] {
  const cacheHome = tempDir();
  const r = spawnSync(process.execPath, [join(bin, 'wgdeck.js'), ...args], {
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    encoding: 'utf8',
  });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.match(r.stdout, stdout);
  const written = join(cacheHome, 'wgdeck');
  return existsSync(written) ? readdirSync(written) : [];
}

/** The name of a user's cache: the bundle's hash and this Node's version. */
const USER_CACHE = new RegExp(`^[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}\\.cache$`);

test('the trained caches are taken: no cache is written for the user', () => {
  copy();
  for (const bundle of BUNDLES) {
    assert.ok(existsSync(join(bin, bundle.cache)), bundle.cache);
    assert.deepEqual(run(bundle), [], bundle.cache);
  }
});

test('a damaged cache (bytes changed inside, or cut short) is compiled around, and one for the user written', () => {
  for (const damage of [
    (data: Buffer) => data.map((byte, i) => (i > data.length / 2 && i < data.length / 2 + 64 ? byte ^ 0x5a : byte)),
    (data: Buffer) => data.subarray(0, data.length / 2),
  ]) {
    for (const damaged of BUNDLES) {
      copy([damaged.cache], damage);
      // The other bundle's cache is still taken: each bundle reads its own.
      for (const bundle of BUNDLES) {
        const written = run(bundle);
        if (bundle === damaged) assert.match(written.join(), USER_CACHE, bundle.cache);
        else assert.deepEqual(written, [], bundle.cache);
      }
    }
  }
});

test('without its cache a bundle runs, and writes one for the user, named after the bundle', () => {
  copy(
    BUNDLES.map((b) => b.cache),
    () => undefined,
  );
  const written = BUNDLES.map((bundle) => run(bundle));
  for (const names of written) assert.match(names.join(), USER_CACHE);
  assert.notEqual(written[0]![0], written[1]![0]);
});
