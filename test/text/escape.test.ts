import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Marp } from '@marp-team/marp-core';
import { text, plain, md, markdownBlock, url, link, attribute } from '../../src/text/escape.js';

// What Marp makes of a Markdown string: the number of slides and the visible text.
function marp(markdown: string): { slides: number; html: string; visible: string } {
  const { html } = new Marp({ html: { p: ['class'] }, emoji: { shortcode: false, unicode: false }, math: false, script: false }).render(markdown);
  const visible = html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return { slides: (html.match(/<section\b/g) ?? []).length, html, visible };
}

const INJECTIONS = [
  'a\n---\nb',
  '<!-- _class: lead -->',
  '<script>alert(1)</script>',
  '![bg](/etc/passwd)',
  '{{title}}',
  '[x](javascript:alert(1))',
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
  const { html } = marp(text('See draft-ietf-quic-qlog-main-schema-09, RFC 9000, BCP 78 and https://www.ietf.org/about.'));
  assert.match(html, /href="https:\/\/datatracker.ietf.org\/doc\/draft-ietf-quic-qlog-main-schema\/"/);
  assert.match(html, /href="https:\/\/www.rfc-editor.org\/rfc\/rfc9000.html">RFC 9000</);
  assert.match(html, /href="https:\/\/www.rfc-editor.org\/info\/bcp78">BCP 78</);
  assert.match(html, /href="https:\/\/www.ietf.org\/about">https:\/\/www.ietf.org\/about<\/a>\./);
});

test('plain() does not link', () => {
  assert.doesNotMatch(marp(plain('RFC 9000 https://x.org')).html, /<a /);
});

test('markdownBlock() allows block Markdown but no slide break, HTML, directive or image', () => {
  const body = '## Ground Rules\n\n- one\n- two\n\n---\n\n***\n\n<!-- _class: lead -->\n<div>x</div>\n![bg](/etc/passwd)\n```\n---\n<b>in code</b>';
  const out = marp(`${markdownBlock(body)}\n\n---\n\nnext slide`);
  assert.equal(out.slides, 2);
  assert.match(out.html, /<h2[^>]*>Ground Rules<\/h2>/);
  assert.doesNotMatch(out.html, /<img|class="lead"|<div>x/);
  assert.match(out.visible, /<!-- _class: lead -->/);
  assert.match(out.html, /<pre[\s\S]*---[\s\S]*&lt;b&gt;in code/);
});

test('markdownBlock() closes a fence left open, so it cannot swallow later slides', () => {
  const out = marp(`${markdownBlock('```\nopen fence')}\n\n---\n\nnext slide`);
  assert.equal(out.slides, 2);
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
  const { html } = marp(`- ${md('See draft-ietf-quic-qlog-main-schema and RFC 9000, `draft-in-code`, [RFC 1](https://x.org/) and https://datatracker.ietf.org/doc/draft-foo-bar/')}`);
  assert.match(html, /href="https:\/\/datatracker.ietf.org\/doc\/draft-ietf-quic-qlog-main-schema\/"/);
  assert.match(html, /href="https:\/\/www.rfc-editor.org\/rfc\/rfc9000.html">RFC 9000</);
  assert.match(html, /<code>draft-in-code<\/code>/);
  assert.match(html, /<a href="https:\/\/x.org\/">RFC 1<\/a>/);
  assert.doesNotMatch(html, /doc\/draft-foo-bar\/"[^>]*>draft-foo-bar<\/a>\//);
});
