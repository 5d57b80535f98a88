import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { text, plain, md, url, link, attribute } from '../../src/text/escape.js';
import { createMarp } from '../../src/render/marp.js';
import { joined } from '../helpers/regex.js';
import { FIELD_INJECTIONS } from '../helpers/hostile.js';

const wgdeckMarp = createMarp([]);

// What wgdeck's Marp makes of a Markdown string: the number of slides and the visible text.
function marp(markdown: string): { slides: number; html: string; visible: string } {
  const { html } = wgdeckMarp.render(markdown);
  const visible = html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return { slides: (html.match(/<section\b/g) ?? []).length, html, visible };
}

const INJECTIONS = [
  ...FIELD_INJECTIONS,
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '| a | b |',
  '```\ncode',
  ':smile: *em* _u_ `code` ~~s~~ $x$ &amp; \\',
];

for (const value of INJECTIONS) {
  test(`text() keeps ${JSON.stringify(value)} literal on one slide`, () => {
    const out = marp(`# ${text(value)}\n\n- ${text(value)}\n\n${text(value)}\n\n| h |\n|---|\n| ${text(value)} |`);
    assert.equal(out.slides, 1);
    const literal = value.replace(/\s+/g, ' ').trim();
    assert.equal(out.visible.split(literal).length - 1, 4, `visible 4 times: ${out.visible}`);
    assert.doesNotMatch(out.html, /<script|<img|href="javascript|class="lead"|<h1>heading|<blockquote|<code|<em>/);
  });

  test(`md() keeps ${JSON.stringify(value)} on its line and slide`, () => {
    const out = marp(`- ${md(value)}\n- next`);
    assert.equal(out.slides, 1);
    assert.doesNotMatch(out.html, /<script|<img|href="javascript|class="lead"|<h1|<blockquote|<table/);
  });
}

test('md() keeps inline Markdown: emphasis, code and links', () => {
  const { html } = marp(`- ${md('**bold** `code` [IETF](https://www.ietf.org/)')}`);
  assert.match(html, /<strong>bold<\/strong>/);
  assert.match(html, /<code>code<\/code>/);
  assert.match(html, /<a href="https:\/\/www.ietf.org\/">IETF<\/a>/);
});

test('text() links drafts, RFCs, BCPs and web addresses', () => {
  const { html } = marp(
    text('See draft-ietf-quic-qlog-main-schema-09, RFC 9000, BCP 78 and https://www.ietf.org/about.'),
  );
  assert.match(html, /href="https:\/\/datatracker.ietf.org\/doc\/draft-ietf-quic-qlog-main-schema\/"/);
  assert.match(html, /href="https:\/\/www.rfc-editor.org\/rfc\/rfc9000.html">RFC 9000</);
  assert.match(html, /href="https:\/\/www.rfc-editor.org\/info\/bcp78">BCP 78</);
  assert.match(html, /href="https:\/\/www.ietf.org\/about">https:\/\/www.ietf.org\/about<\/a>\./);
});

test('plain() does not link', () => {
  assert.doesNotMatch(marp(plain('RFC 9000 https://x.org')).html, /<a /);
});

test('url() lets only web, mail and XMPP addresses through', () => {
  assert.equal(url('javascript:alert(1)'), '#');
  assert.equal(url('file:///etc/passwd'), '#');
  assert.equal(url('https://a.org/x y(1)'), 'https://a.org/x%20y%281%29');
  assert.equal(url('mailto:chairs@ietf.org'), 'mailto:chairs@ietf.org');
  assert.equal(link('javascript:alert(1)', 'x'), '[x](#)');
});

test('attribute() escapes HTML attribute characters', () => {
  assert.equal(attribute('a "b" <c> & \'d\''), 'a &#34;b&#34; &#60;c&#62; &#38; &#39;d&#39;');
});

test('md() links drafts, RFCs and BCPs, but not inside links, code or web addresses', () => {
  const { html } = marp(
    `- ${md(
      'See draft-ietf-quic-qlog-main-schema and RFC 9000, `draft-in-code`, ' +
        '[RFC 1](https://x.org/) and https://datatracker.ietf.org/doc/draft-foo-bar/',
    )}`,
  );
  assert.match(html, /href="https:\/\/datatracker.ietf.org\/doc\/draft-ietf-quic-qlog-main-schema\/"/);
  assert.match(html, /href="https:\/\/www.rfc-editor.org\/rfc\/rfc9000.html">RFC 9000</);
  assert.match(html, /<code>draft-in-code<\/code>/);
  assert.match(html, /<a href="https:\/\/x.org\/">RFC 1<\/a>/);
  assert.match(
    html,
    joined(
      /<a href="https:\/\/datatracker.ietf.org\/doc\/draft-foo-bar\/">/,
      /https:\/\/datatracker.ietf.org\/doc\/draft-foo-bar\/<\/a>/,
    ),
  );
});

test('md(): "<" in inline code shows as "<", and "|" in code or text does not split a table cell', () => {
  const value = '`<b>|x` a|b';
  const { html, visible } = marp(`| h | i |\n|---|---|\n| ${md(value)} | z |\n\n- ${md(value)}`);
  assert.equal((html.match(/<td>/g) ?? []).length, 2);
  assert.match(html, /<td><code>&lt;b&gt;\|x<\/code> a\|b<\/td>/);
  assert.match(html, /<li><code>&lt;b&gt;\|x<\/code> a\|b<\/li>/);
  assert.doesNotMatch(visible, /&lt;|\\/);
});

test('md(): "---", "***" and "- ---" are text, on the slide they were written on', () => {
  for (const value of ['---', '***', '___', '- ---', '* * *', '===', '```', '~~~']) {
    const out = marp(`- ${md(value)}\n- ${md(value)}\n\n${md(value)}\n\n| h |\n|---|\n| ${md(value)} |`);
    assert.equal(out.slides, 1, value);
    assert.equal(out.visible.split(value).length - 1, 4, `${value}: ${out.visible}`);
  }
});

test('md(): links go only to web, mail and XMPP addresses', () => {
  for (const target of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'vbscript:x',
    '/etc/passwd',
  ]) {
    const { html } = marp(`- ${md(`[x](${target}) <${target}>`)}`);
    assert.doesNotMatch(html, /href="(?!#")/, target);
  }
});

test("the number in a body's placeholder: random, made (with node:crypto) once a body needs one", () => {
  const module = JSON.stringify(new URL('../../src/text/escape.js', import.meta.url).href);
  const script =
    `import { expandMarkdownBlocks, markdownBlock } from ${module};` +
    "const crypto = () => process.moduleLoadList.includes('NativeModule crypto');" +
    "const before = [expandMarkdownBlocks('# Title\\n\\n- item').text, crypto()];" +
    "const block = markdownBlock('**x**');" +
    'console.log(JSON.stringify([...before, crypto(), block, expandMarkdownBlocks(block).text]));';
  const runs = [1, 2].map(() => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
    return JSON.parse(r.stdout);
  });
  for (const [text, cryptoBefore, cryptoAfter, block, expanded] of runs) {
    assert.deepEqual([text, cryptoBefore, cryptoAfter, expanded], ['# Title\n\n- item', false, true, '\n**x**\n']);
    assert.match(block, /^\uF8FF[\w-]{12}:Kip4Kio=\uF8FF$/);
  }
  assert.notEqual(runs[0][3], runs[1][3], 'each process makes its own number');
});
