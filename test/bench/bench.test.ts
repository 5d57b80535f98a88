// The benchmark is not a test (its figures depend on the machine); this only makes sure it runs:
// one deck, each wgdeck figure once, printed and written as JSON. marp-cli is left out (it would
// take most of the suite's time), so the ratios are reported as not measured.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CLI, tempDir } from '../helpers/cli.js';

const bench = fileURLToPath(new URL('../../bench/main.js', import.meta.url));

test('the benchmark runs on one deck and reports every wgdeck figure', { timeout: 300_000 }, () => {
  const results = join(tempDir(), 'results.json');
  const r = spawnSync(
    process.execPath,
    [bench, '--decks', '1', '--reps', '1', '--skip-marp', '--skip-memory', '--cli', CLI, '--results', results],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  for (const target of [
    'validate cold <= 0.2 s',
    'build --html cold <= 0.6 x marp --html',
    'build --pdf cold <= 0.7 x marp --pdf',
    'batch <= 0.3 x marp --input-dir',
  ]) {
    assert.ok(r.stdout.includes(target), `${target} is reported`);
  }
  const json = JSON.parse(readFileSync(results, 'utf8'));
  assert.equal(json.decks, 1);
  assert.ok(
    json.slides.min >= 15 && json.slides.max <= 25,
    `15 to 25 slides a deck, got ${json.slides.min} to ${json.slides.max}`,
  );
  for (const run of [json.runs.validate, json.runs.html.wgdeck, json.runs.pdf.wgdeck, json.runs.batch.wgdeck])
    assert.ok(run.seconds > 0, JSON.stringify(json.runs));
  assert.deepEqual(json.met, {
    validateSeconds: json.figures.validateSeconds <= 0.2,
    html: null,
    pdf: null,
    batch: null,
  });
});
