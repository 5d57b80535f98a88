// `wgdeck validate` checks a deck without Marp: what a chair's Markdown may not hold is still
// reported (decided on markdown-it's tokens, with Marpit's comment rule), and the render's heavy
// packages stay unloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { head } from '../helpers/deck.js';
import { CLI_MODULES } from '../helpers/cli.js';
import { packagesLoaded } from '../helpers/packages.js';

test('validate reports refused Markdown without loading Marp, PostCSS or a browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-validate-'));
  const file = join(dir, 'deck.yaml');
  writeFileSync(
    file,
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - markdown: |\n` +
      '      ## Notes\n\n      <b>bold</b>\n\n      <!-- _class: lead -->\n',
  );
  const argv = JSON.stringify(['node', 'wgdeck', 'validate', '--json', file]);
  const r = packagesLoaded(`process.argv = ${argv}; await import(${JSON.stringify(CLI_MODULES)});`);
  assert.equal(r.status, 0, r.stderr);
  const { loaded } = r;
  const report = JSON.parse(r.stdout);
  assert.deepEqual(
    report.decks[0].problems
      .filter((p: { code?: string }) => p.code)
      .map((p: { code: string; line: number }) => `${p.code} ${p.line}`),
    ['markdown-html 13', 'markdown-directive 15'],
  );
  assert.ok(loaded.includes('markdown-it') && loaded.includes('@marp-team/marpit'), `packages: ${loaded}`);
  for (const heavy of ['@marp-team/marp-core', 'postcss', 'highlight.js', 'puppeteer-core', 'pdf-lib', 'pptxgenjs'])
    assert.ok(!loaded.includes(heavy), `${heavy} is loaded: ${loaded}`);
});
