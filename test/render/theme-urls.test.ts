// A chair's theme CSS: built-in imports stay, its own files in the deck's folder are inlined, and
// everything else is taken out with a warning at its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWgdeckError } from '../../src/errors.js';
import { checkThemeUrls } from '../../src/render/theme-urls.js';
import { tempDir } from '../helpers/cli.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

test('files of the deck folder are inlined; built-in imports, data: URIs and fragments stay', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'bg.png'), PNG);
  writeFileSync(join(dir, 'assets', 'f.woff2'), 'wOF2');
  const css =
    '@import \'ietf\';\n@import-theme "ietf";\nsection { background: url(assets/bg.png); ' +
    "}\n@font-face { font-family: F; src: url('assets/f.woff2') format('woff2'); " +
    '}\nh1 { background: url(data:image/png;base64,AAAA); filter: url(#f); }\n';
  const out = checkThemeUrls(css, join(dir, 'theme.css'), dir, ['ietf']);
  assert.deepEqual(out.warnings, []);
  assert.match(out.css, /@import 'ietf';/);
  assert.match(out.css, /url\("data:image\/png;base64,iVBOR/);
  assert.match(out.css, /url\("data:font\/woff2;base64,/);
  assert.match(out.css, /url\(data:image\/png;base64,AAAA\)/);
  assert.doesNotMatch(out.css, /assets\//);
});

test('remote, absolute, file: and outside-folder URLs are taken out, each named at its line', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'deck'));
  writeFileSync(join(dir, 'outside.png'), PNG);
  const targets = [
    'http://127.0.0.1:9/a.png',
    'https://example.org/b.css',
    '//example.org/c.png',
    'file:///etc/hostname',
    '/etc/hostname',
    '../outside.png',
    'missing.png',
    'ftp://x/y',
  ];
  const css = targets.map((t, i) => (i % 2 ? `h${i} { background: url('${t}'); }` : `@import url("${t}");`)).join('\n');
  const out = checkThemeUrls(css, join(dir, 'deck', 'theme.css'), join(dir, 'deck'), ['ietf']);
  assert.deepEqual(
    out.warnings.map((w) => w.line),
    targets.map((_, i) => i + 1),
  );
  for (const t of targets) assert.ok(!out.css.includes(t), t);
  assert.ok(out.warnings.every((w) => w.code === 'theme-url-refused' && w.file.endsWith('theme.css')));
});

// The browser reads escapes in CSS (\75 is "u", \6d is "m"); so does the check, on a tokenizer's tokens.
test('URLs and imports spelled with CSS escapes are found as the browser finds them', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bg.png'), PNG);
  const css = [
    'h1 { background: \\75rl(http://127.0.0.1:9/a.png); }',
    'h2 { background: u\\72l("http://127.0.0.1:9/b.png"); }',
    '@i\\6dport "http://127.0.0.1:9/c.css";',
    'h3 { background: image-set("http://127.0.0.1:9/d.png" 1x); }',
    'h4 { background: \\75rl(bg.png) no-repeat; }',
    "@i\\6dport 'ietf';",
  ].join('\n');
  const out = checkThemeUrls(css, join(dir, 'theme.css'), dir, ['ietf']);
  assert.deepEqual(
    out.warnings.map((w) => [w.line, /"(.*)"/.exec(w.message)?.[1]]),
    [
      [1, 'http://127.0.0.1:9/a.png'],
      [2, 'http://127.0.0.1:9/b.png'],
      [3, 'http://127.0.0.1:9/c.css'],
      [4, 'http://127.0.0.1:9/d.png'],
    ],
  );
  assert.doesNotMatch(out.css, /127\.0\.0\.1/);
  assert.match(out.css, /h4 \{ background: url\("data:image\/png;base64,iVBOR[^"]*"\) no-repeat; \}/);
  assert.match(out.css, /@i\\6dport 'ietf';/);
});

test('CSS that cannot be read is an error at its line, not left for Marp to fail on', () => {
  const dir = tempDir();
  const css = '@import "ietf";\nh1 { color: red; }\n@\\69mport "http://127.0.0.1:9/c.css";\n';
  assert.throws(
    () => checkThemeUrls(css, join(dir, 'theme.css'), dir, ['ietf']),
    (e: unknown) =>
      isWgdeckError(e) &&
      e.code === 'theme-css-syntax' &&
      e.message.startsWith(`${join(dir, 'theme.css')}:3:1: `) &&
      e.exit === 1,
  );
});
