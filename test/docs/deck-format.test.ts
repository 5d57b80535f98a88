// docs/deck-format.md ships with the package: what it shows must work as shown, and it may point
// only at files that ship too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../../src/paths.js';
import { rendered, head } from '../helpers/deck.js';

const docs = join(packageRoot, 'docs');
const format = readFileSync(join(docs, 'deck-format.md'), 'utf8');

test("the docs point at no file the package leaves out (ietf-facts.md is the team's, not shipped)", () => {
  const shipped = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).files as string[];
  assert.ok(shipped.includes('docs'));
  for (const f of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    assert.doesNotMatch(readFileSync(join(docs, f), 'utf8'), /ietf-facts/, f);
  }
});

test("the style example's colors pass the contrast check as they stand", async () => {
  const colors = /^\s+colors: (\{.*\})$/m.exec(format)?.[1];
  assert.ok(colors, 'the example has a colors line');
  const deck = await rendered(
    `${head()}agenda:\n  items:\n    - { topic: Welcome, minutes: 5 }\nstyle:\n  colors: ${colors}\n`,
  );
  assert.deepEqual(
    deck.warnings.map((w) => w.message),
    [],
  );
  // The check itself is live: the old accent of the example was too light on white.
  const light = await rendered(
    `${head()}agenda:\n  items:\n    - { topic: Welcome, minutes: 5 }\nstyle:\n  colors: { accent: "#c55a11" }\n`,
  );
  assert.match(light.warnings.map((w) => w.message).join(), /contrast ratio of 4\.33:1/);
});
