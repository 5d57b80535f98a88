// The benchmark is not a test (its figures depend on the machine); this only makes sure it runs:
// two decks, every part once, its figures printed and written as JSON.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/cli.js';

const bench = fileURLToPath(new URL('../../src/bench/main.js', import.meta.url));

test('the benchmark runs on two decks and reports every figure', { timeout: 300_000 }, () => {
  const results = join(tempDir(), 'results.json');
  const r = spawnSync(process.execPath, [bench, '--decks', '2', '--reps', '1', '--results', results], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  assert.equal(r.status, 0, r.stderr);
  for (const part of ['(a)', '(b)', '(c)', '(d)', '(e)']) assert.ok(r.stdout.includes(part), `${part} is reported`);
  const json = JSON.parse(readFileSync(results, 'utf8'));
  assert.equal(json.decks, 2);
  assert.ok(json.slides.min >= 15 && json.slides.max <= 25, `15 to 25 slides a deck, got ${json.slides.min} to ${json.slides.max}`);
  for (const figure of [json.perDeck.a, json.perDeck.b, json.perDeck.c, json.perDeck.dMs, json.ratios.aOverB, json.ratios.aOverC, json.ratios.e]) {
    assert.ok(figure > 0, JSON.stringify(json.perDeck));
  }
});
