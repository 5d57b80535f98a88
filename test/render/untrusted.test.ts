// A chair's `markdown:` slide is parsed by markdown-it as lines of their own: whatever markdown-it
// makes of them (a fence, a paragraph, a code span), no HTML, directive, style or slide break gets
// out, and the slides after it stay as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '../../src/deck/load.js';
import { renderDeck } from '../../src/render/render.js';
import { head, rendered, deckOf, loadedOf, withSlides } from '../helpers/deck.js';
import { FENCES, hostileBodies, PAYLOADS } from '../helpers/hostile.js';
import { joined } from '../helpers/regex.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
const deck = (body: string) =>
  `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - ` +
  `markdown: |\n${indent(body)}\n  - { section: After }\n`;

/** What must never reach the HTML from a chair's Markdown. */
const RAW = joined(
  /<style|<script|<a [^>]*class=|href="(?:javascript|data|vbscript|file)|/i,
  /<iframe|<div class="x|<img[^>]*\son\w+=|--class:\s*lead/,
);

test('no fence, comment or HTML block in a markdown slide lets HTML, a directive or a slide break out', async () => {
  let n = 0;
  for (const body of hostileBodies()) {
    const r = await renderDeck(deckOf(deck(body)));
    assert.equal(r.marp.count, 2, body);
    assert.doesNotMatch(r.marp.html, RAW, body);
    assert.match(r.marp.html, /<h1[^>]*>After<\/h1>/, body);
    n++;
  }
  assert.equal(n, FENCES.length ** 2 * PAYLOADS.length);
});

test('the shared reproduction: the click-anywhere link and its <style> are text', async () => {
  const file = new URL('../../../test/fixtures/hostile/fence-desync-xss.yaml', import.meta.url);
  const r = await renderDeck(parseDeck(readFileSync(file, 'utf8'), file.pathname).deck);
  assert.equal(r.marp.count, 2);
  assert.doesNotMatch(r.html, /href="javascript|<style>a\.cover|<a class="cover"/);
});

test('HTML, directives and "---" in a markdown slide are shown as text, each with a warning at its line', async () => {
  const source = deck('## Title\n\n<b>bold</b>\n\n<!-- _class: lead -->\n\n---\n\n[x](ftp://example.org/x)');
  const { deck: d, positions } = loadedOf(source);
  const r = withSlides(await renderDeck(d, { positions }));
  assert.equal(r.marp.count, 2);
  assert.match(r.sections[0], /&lt;b&gt;bold&lt;\/b&gt;/);
  assert.match(r.sections[0], /&lt;!-- _class: lead --&gt;/);
  assert.doesNotMatch(r.sections[0], /href="ftp/);
  const line = (text: string) => source.split('\n').findIndex((l) => l.trim().startsWith(text)) + 1;
  assert.deepEqual(
    r.warnings.filter((w) => w.code).map((w) => `${w.code} ${w.line}`),
    [
      `markdown-html ${line('<b>')}`,
      `markdown-directive ${line('<!--')}`,
      `markdown-slide-break ${line('---')}`,
      `link-refused ${line('[x]')}`,
    ],
  );
});

test('a markdown slide keeps its Markdown: fences, code with "<", tables with "|" in code, links', async () => {
  const r = await rendered(
    deck(
      '## Code\n\n```c\nif (a < b) return;\n```\n\n| op | meaning |\n|---|---|\n| ' +
        '`a \\| b` | or |\n\nSee <https://www.ietf.org/> and `<tag>`.',
    ),
  );
  assert.match(r.sections[0], /<pre[^>]*><code class="language-c">[\s\S]*&lt;[\s\S]*<\/code><\/pre>/);
  assert.match(r.sections[0], /<td><code>a \| b<\/code><\/td>\s*<td>or<\/td>/);
  assert.match(r.sections[0], /<a href="https:\/\/www.ietf.org\/">/);
  assert.match(r.sections[0], /<code>&lt;tag&gt;<\/code>/);
  assert.deepEqual(
    r.warnings.filter((w) => w.code),
    [],
  );
});

test('an unclosed fence ends with its slide', async () => {
  const r = await rendered(deck('## Open\n\n```\nnever closed'));
  assert.equal(r.marp.count, 2);
  assert.match(r.sections[1], /<h1[^>]*>After<\/h1>/);
});

test("images in a markdown slide: a file in the deck's folder is inlined, with text beside it", async () => {
  const r = await rendered(
    deck('## Picture\n\n![bg right:40%](pic.png)\n\nText beside the picture\n\n![inline](pic.png)'),
    { 'pic.png': PNG },
  );
  const dataUri = `data:image/png;base64,${PNG.toString('base64')}`;
  assert.ok(
    r.marp.html.includes(`url(&quot;${dataUri}&quot;)`) || r.marp.html.includes(`url("${dataUri}")`),
    'background picture inlined',
  );
  assert.ok(r.marp.html.includes(`src="${dataUri}"`), 'inline picture inlined');
  assert.match(r.marp.html, /Text beside the picture/);
  assert.doesNotMatch(r.marp.html, /pic\.png/);
});

test(
  'images from the network are left out with a warning; ' + 'one outside the folder is an error, as on an image slide',
  async () => {
    const r = await rendered(
      deck('## Pictures\n\n![remote picture](http://127.0.0.1:9/x.png)\n\n![bg](//example.org/y.png)'),
    );
    assert.doesNotMatch(r.marp.html, /127\.0\.0\.1|example\.org/);
    assert.match(r.sections[0], /remote picture/);
    assert.deepEqual(
      r.warnings.filter((w) => w.code).map((w) => w.code),
      ['image-refused', 'image-refused'],
    );
    await assert.rejects(rendered(deck('![x](../outside.png)')), /outside the deck's folder|does not exist/);
    await assert.rejects(rendered(deck('![x](/etc/hostname)')), /outside the deck's folder|does not exist/);
  },
);

test(
  'a template override cannot keep a javascript: link ' + 'or load an image: every href and src is filtered',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wgdeck-override-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(
      join(dir, 'templates', 'section.hbs'),
      '# {{text heading}}\n\n<a href="javascript:alert(1)">one</a> <a href=" ' +
        'JAVASCRIPT:alert(1)">two</a> <img src="http://127.0.0.1:9/x.png" alt="a">\n\n[three](javascript:alert(3)) ' +
        '![four](http://127.0.0.1:9/y.png) <a href="https://www.ietf.org/">ok</a>\n',
    );
    const r = await renderDeck(deckOf(`${head()}agenda:\n  items: [{ topic: Welcome }]\nslides: [{ section: S }]\n`), {
      templatesDir: join(dir, 'templates'),
    });
    assert.doesNotMatch(r.marp.html, /(?:href|src)="[^"]*(?:javascript|127\.0\.0\.1)/i);
    assert.match(r.marp.html, /<a href="https:\/\/www.ietf.org\/">ok<\/a>/);
    assert.deepEqual(
      r.warnings
        .filter((w) => w.code)
        .map((w) => w.code)
        .sort(),
      ['image-refused', 'image-refused', 'link-refused', 'link-refused'],
    );
  },
);

test('{{mdblock}} must stand on a line of its own in a template override', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-override-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'templates', 'markdown.hbs'), '- {{mdblock body}}\n');
  await assert.rejects(
    renderDeck(deckOf(deck('## x')), { templatesDir: join(dir, 'templates') }),
    /must stand on a line of its own/,
  );
});
