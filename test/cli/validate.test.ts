// `wgdeck validate` checks a deck without Marp: what a chair's Markdown may not hold is still
// reported (decided on markdown-it's tokens, with Marpit's comment rule), and the render's heavy
// packages stay unloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { head } from '../helpers/deck.js';
import { CLI } from '../helpers/cli.js';

test('validate reports refused Markdown without loading Marp, PostCSS or a browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-validate-'));
  const file = join(dir, 'deck.yaml');
  writeFileSync(
    file,
    `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - markdown: |\n      ## Notes\n\n      <b>bold</b>\n\n      <!-- _class: lead -->\n`,
  );
  // A resolve hook in the child names every package the command pulls in.
  const hook = `export async function resolve(s, c, next) { const r = await next(s, c); const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(r.url); if (m) console.log('package ' + m[1]); return r; }`;
  const script = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)})); process.argv = [process.argv[0], 'wgdeck', 'validate', '--json', ${JSON.stringify(file)}]; await import(${JSON.stringify(CLI)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const loaded = [...new Set(r.stdout.match(/(?<=^package ).+$/gm) ?? [])].sort();
  const report = JSON.parse(r.stdout.replace(/^package .*\n/gm, ''));
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
