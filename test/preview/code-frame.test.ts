import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFrame } from '../../src/errors-text.js';
import { problemFrames } from '../../src/preview/code-frame.js';
import { loadDeck } from '../../src/deck/load.js';
import { tempDir } from '../helpers/cli.js';

test('a code frame shows the lines around the problem, marks its line and points at its column', () => {
  const source = ['a: 1', 'b: 2', 'c: 3', 'd: x', 'e: 5', 'f: 6', 'g: 7', 'h: 8', 'i: 9', 'j: 10'].join('\n');
  assert.equal(
    codeFrame(source, 4, 4, 2),
    ['  2 | b: 2', '  3 | c: 3', '> 4 | d: x', '    |    ^', '  5 | e: 5', '  6 | f: 6'].join('\n'),
  );
  // Line numbers line up when they change width; the first line has nothing above it.
  assert.equal(codeFrame(source, 9, 1, 1), ['   8 | h: 8', '>  9 | i: 9', '     | ^', '  10 | j: 10'].join('\n'));
  assert.equal(codeFrame(source, 1, 1, 1), ['> 1 | a: 1', '    | ^', '  2 | b: 2'].join('\n'));
});

test("an invalid deck's errors come with the deck's offending lines", async () => {
  const file = join(tempDir(), 'deck.yaml');
  writeFileSync(
    file,
    'meeting: { number: 125, date: 2026-03-17 }\ngroup: { acronym: tls, name: TLS, ' +
      'chairs: [A] }\nagenda:\n  items:\n    - topic: One\n      minutes: twenty\n',
  );
  const e = await loadDeck(file).catch((e: unknown) => e);
  const frames = problemFrames(e, file);
  assert.match(frames, /agenda\.items\[0\]\.minutes: expected a number of minutes/);
  assert.match(frames, /> 6 \| {7}minutes: twenty\n {4}\| {16}\^/);
  assert.equal(problemFrames(new Error('other'), file), '');
});
