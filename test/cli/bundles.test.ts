// The executable runs bundles (scripts/bundle.mjs) built with plugins of their own (a command table of
// one for `validate`, precomputed tables, packages left out or loaded late): what it answers and writes
// must be what the command line's modules answer and write.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { head } from '../helpers/deck.js';
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

test('build --html from the executable writes the page the modules write', async () => {
  const dir = tempDir();
  const deck = join(dir, 'deck.yaml');
  // Character references, which markdown-it decodes with entities' tables (in a link; a chair's text keeps
  // them as typed), and highlighted code.
  const body =
    '## Links\n\n[caf&eacute;](https://example.org/caf&eacute;&NotNestedGreaterGreater;?a&amp;b "&copy;")\n\n' +
    '```js\nconst x = 1;\n```';
  writeFileSync(
    deck,
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - markdown: ${JSON.stringify(body)}\n`,
  );
  const html = (out: string) => readFileSync(join(dir, out, 'deck.html'), 'utf8');
  const child = wgdeckProcess(['build', '--html', '-q', '-o', join(dir, 'bundled'), deck]);
  assert.deepEqual(child, { code: 0, stdout: '', stderr: '' });
  const modules = await wgdeck(['build', '--html', '-q', '-o', join(dir, 'modules'), deck]);
  assert.deepEqual(modules, { code: 0, stdout: '', stderr: '' });
  assert.match(
    html('modules'),
    /<a href="https:\/\/example.org\/caf%C3%A9%E2%AA%A2%CC%B8\?a&amp;b" title="©">café<\/a>/,
  );
  assert.match(html('modules'), /<span class="hljs-keyword">const<\/span>/);
  assert.equal(html('bundled'), html('modules'));
});
