// Lines stay readable: no line of wgdeck's own code (src, test, bench, scripts) is longer than the formatter's
// 120 columns. Biome breaks code but not a long string, regular expression or comment; this test catches those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAX_COLUMNS = 120;
/** Test data written as found (decks, golden images), not code. */
const DATA = new Set(['test/fixtures', 'test/golden']);

function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return DATA.has(path) ? [] : codeFiles(path);
    return /\.(ts|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** `file:line (N columns)` for each line longer than `max` characters. */
export function longLines(file: string, text: string, max = MAX_COLUMNS): string[] {
  return text.split('\n').flatMap((line, i) => {
    const columns = [...line].length;
    return columns > max ? [`${file}:${i + 1} (${columns} columns)`] : [];
  });
}

test('a line one column over the limit is reported, one at the limit is not', () => {
  const text = `${'x'.repeat(MAX_COLUMNS)}\n${'é'.repeat(MAX_COLUMNS + 1)}\n`;
  assert.deepEqual(longLines('a.ts', text), [`a.ts:2 (${MAX_COLUMNS + 1} columns)`]);
});

test(`no line of src, test, bench or scripts is longer than ${MAX_COLUMNS} columns`, () => {
  const files = ['src', 'test', 'bench', 'scripts'].flatMap(codeFiles);
  assert.ok(files.length > 100, `only ${files.length} files found under ${relative(process.cwd(), ROOT) || '.'}`);
  const long = files.flatMap((file) => longLines(file, readFileSync(join(ROOT, file), 'utf8')));
  assert.deepEqual(long, [], 'break long strings into concatenated parts; rewrap long comments');
});
