// `wgdeck validate` runs from a bundle of its own (scripts/bundle.mjs), whose command table lists
// `validate` alone: the executable must answer exactly as the whole command line does.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir, wgdeck, wgdeckProcess } from '../helpers/cli.js';

const minimal = fileURLToPath(new URL('../../../decks/minimal.yaml', import.meta.url));
const bundle = (name: string) => readFileSync(new URL(`../../bin/${name}`, import.meta.url), 'latin1');

test('the validate bundle holds no other command', () => {
  assert.match(bundle('wgdeck.cjs'), /Usage: wgdeck build /);
  assert.doesNotMatch(bundle('wgdeck.validate.cjs'), /Usage: wgdeck build /);
  assert.match(bundle('wgdeck.validate.cjs'), /Usage: wgdeck validate /);
});

test('validate from the executable: help, options, reports, errors and exit codes as in the whole CLI', async () => {
  const dir = tempDir();
  const broken = join(dir, 'broken.yaml');
  writeFileSync(broken, readFileSync(minimal, 'utf8').replace(/^group:/m, 'grop:'));
  // A template override is checked with Marp, which the bundle loads only then.
  const templates = join(dir, 'templates');
  mkdirSync(templates);
  writeFileSync(join(templates, 'agenda.hbs'), '# Our agenda\n\n<b>bold</b> [x](javascript:alert(1))\n');
  for (const args of [
    ['validate', '--help'],
    ['validate'],
    ['validate', '--jsn', minimal],
    ['validate', minimal, broken],
    ['validate', '--json', minimal, broken],
    ['validate', '-t', templates, minimal],
  ]) {
    const child = wgdeckProcess(args);
    assert.deepEqual(child, await wgdeck(args), args.join(' '));
  }
});
