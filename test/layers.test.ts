// The pipeline's layers, lowest first: a module may import from its own folder or from a lower
// layer, never from a higher one, so the data flows one way (load -> plan -> render -> export -> cli).
// Two units on one layer are independent of each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Each unit (a folder of src/, or a file at its top) and its layer. */
export const LAYERS: Record<string, number> = {
  'errors.ts': 0,
  'paths.ts': 0,
  'errors-text.ts': 1,
  fs: 2,
  deck: 3,
  browser: 4,
  ietf: 4,
  text: 5,
  slides: 6,
  'plan.ts': 7,
  render: 8,
  export: 9,
  check: 9,
  'watch.ts': 10,
  'build.ts': 10,
  preview: 11,
  cli: 12,
  'index.ts': 13,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const unitOf = (file: string) => relative(SRC, file).split('/')[0];

/** Relative imports of a file: static, type-only, re-exports and dynamic import(). */
export function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]);
}

test('importsOf finds static, type-only, dynamic and bare imports', () => {
  const text =
    "import { a } from './a.js';\nimport type { B } from '../b.js';\nexport { c } from " +
    "'./c.js';\nconst d = await import('./d.js');\nimport './e.js';\nimport x from 'node:fs';";
  assert.deepEqual(importsOf(text), ['./a.js', '../b.js', './c.js', './d.js', './e.js']);
});

test('every unit of src/ has a layer', () => {
  const units = new Set(sourceFiles(SRC).map(unitOf));
  assert.deepEqual(
    [...units].filter((u) => !(u in LAYERS)),
    [],
  );
});

test('no import climbs from a lower layer to a higher one', () => {
  const climbing: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = unitOf(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const to = unitOf(join(dirname(file), spec).replace(/\.js$/, '.ts'));
      if (to !== from && !(LAYERS[to] < LAYERS[from]))
        climbing.push(`${relative(SRC, file)} -> ${spec} (${from}: ${LAYERS[from]}, ${to}: ${LAYERS[to]})`);
    }
  }
  assert.deepEqual(climbing, []);
});
