// The hand-written validator against ajv reading the same schema: every deck in decks/ passes both.
// (Every bad deck of the tests is compared in helpers.ts, where the tests reject them.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDeck } from '../../src/deck/load.js';
import { packageRoot } from '../../src/paths.js';
import { schemaErrors } from '../helpers/schema.js';

const decksDir = join(packageRoot, 'decks');
const decks = readdirSync(decksDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));

test('decks/ holds the example decks', () => assert.ok(decks.length >= 5, decks.join()));

for (const deck of decks) {
  test(`decks/${deck}: valid for wgdeck and for the schema`, () => {
    const file = join(decksDir, deck);
    const source = readFileSync(file, 'utf8');
    assert.doesNotThrow(() => parseDeck(source, file));
    assert.deepEqual(schemaErrors(source), []);
  });
}

test('the comparison can fail: a deck the schema rejects is named at its place', () => {
  const errors = schemaErrors(
    'meeting: { number: 1, date: 2025-07-22 }\ngroup: { acronym: ' +
      'x, name: X }\nagenda: { items: [{ topic: A, minutes: five }] }\n',
  );
  assert.ok(errors?.includes('agenda.items[0].minutes'), JSON.stringify(errors));
});
