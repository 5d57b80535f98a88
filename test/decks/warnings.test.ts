// The example decks are what a chair copies: each loads and resolves without a single warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeck } from '../../src/deck/load.js';
import { formatProblem } from '../../src/errors.js';
import { packageRoot } from '../../src/paths.js';
import { resolveDeck } from '../../src/plan.js';

const decks = join(packageRoot, 'decks');

for (const name of readdirSync(decks, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'))) {
  test(`decks/${name} resolves without a warning`, async () => {
    const { deck, warnings, positions } = await loadDeck(join(decks, name));
    const resolved = await resolveDeck(deck, { positions });
    assert.deepEqual([...warnings, ...resolved.warnings].map(formatProblem), []);
  });
}
