// A property test: 10,000 generated decks, every text field a random string from a hostile alphabet
// (Markdown, HTML, Marp directives, fences, slide breaks, URL schemes), through validate and render.
// None may crash (only a catalogued error), hang, put raw HTML in the page or change the slide count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDeck } from '../../src/deck/validate.js';
import { isWgdeckError } from '../../src/errors.js';
import type { Deck } from '../../src/deck/types.js';
import { renderDeck, type RenderedDeck } from '../../src/render/render.js';

const DECKS = Number(process.env.WGDECK_HOSTILE_DECKS ?? 10_000);

// Pieces that mean something to Markdown, HTML, Marp, YAML or a URL, and single characters.
const PIECES = [
  '<script>alert(1)</script>',
  '<style>*{color:red}</style>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
  '<!--',
  '-->',
  '<!-- _class: lead -->',
  '<!-- _backgroundImage: url(http://127.0.0.1:9/x) -->',
  '</p>',
  '<div>',
  '<iframe src=//x>',
  '\n---\n',
  '---',
  '***',
  '___',
  '\n\n',
  '```',
  '~~~',
  '``` x`y',
  '    ',
  '\t',
  '> ',
  '- ',
  '1. ',
  '# ',
  '| a | b |',
  '|---|',
  '![bg](http://127.0.0.1:9/x.png)',
  '![x](/etc/passwd)',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x]: javascript:x',
  'javascript:',
  'data:text/html,<b>',
  'http://127.0.0.1:9/',
  '{{title}}',
  '{{{x}}}',
  '$x$',
  ':smile:',
  '&lt;',
  '&#60;',
  '\\',
  '`',
  '<span class="hostile">',
  '<p class="hostile">',
  '<div class="hostile">',
  '<a class="hostile" href="https://www.ietf.org/">',
  '<br class="hostile">',
  'RFC 9000',
  'draft-ietf-quic-x',
  '__proto__',
  'constructor',
  '\u2028',
  '\u0000',
  '\uF8FF',
  'é',
  '😀',
];
const CHARS = '<>/"\'=!-`|\\*_[](){}#:&;$~^%+.,? \nabcXYZ019';

/** A small fast PRNG, seeded, so a failure can be reproduced by its deck number. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostile(r: () => number): string {
  let s = '';
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++)
    s += r() < 0.6 ? PIECES[Math.floor(r() * PIECES.length)] : CHARS[Math.floor(r() * CHARS.length)];
  // A text field must not be empty or blank to be valid; the hostile part stays first.
  return `${s}x`;
}

/** A chair's Markdown: lines that start with the pieces, some after a blank line. */
function hostileMarkdown(r: () => number): string {
  const lines: string[] = [];
  const n = 2 + Math.floor(r() * 7);
  for (let i = 0; i < n; i++)
    lines.push(r() < 0.5 ? PIECES[Math.floor(r() * PIECES.length)] : hostile(r), r() < 0.4 ? '' : '\n');
  return lines.join('\n');
}

/** One slide kind per deck, in turn, so every template sees every kind of string. */
const KINDS = ['agenda', 'administrivia', 'discussion', 'table', 'columns', 'section', 'markdown', 'agenda-table'];

function deckData(i: number): unknown {
  const r = rng(i + 1);
  const h = () => hostile(r);
  const person = () => h().replace(/[,;&@]|\s+and\s+/gi, ' ');
  const kind = KINDS[i % KINDS.length];
  const slide =
    kind === 'agenda' || kind === 'agenda-table' || kind === 'administrivia'
      ? kind === 'administrivia'
        ? 'administrivia'
        : 'agenda'
      : kind === 'discussion'
        ? { discussion: { title: h(), questions: [h(), h()] } }
        : kind === 'table'
          ? { table: { title: h(), columns: [h(), h()], rows: [[h(), h()], [h()]] } }
          : kind === 'columns'
            ? { columns: { title: h(), lists: [[h(), h()], [h()]] } }
            : kind === 'section'
              ? { section: { title: h(), subtitle: h() } }
              : { markdown: hostileMarkdown(r) };
  return {
    meeting: { number: 125, date: '2026-03-17' },
    // A chair's name with `,` `;` `&`, " and " or an email in it is refused (two people, or an
    // email, in one name): the names keep the rest of the alphabet.
    group: { acronym: 'quic', name: h(), chairs: [person(), person()] },
    agenda: {
      style: kind === 'agenda-table' ? 'table' : 'list',
      items: [
        { topic: h(), presenter: h(), minutes: 5, notes: [h(), [h()]] },
        { topic: h(), minutes: 10 },
      ],
    },
    administrivia: { items: [h(), h()] },
    slides: [slide],
  };
}

// Tags the templates and Marp write; anything else in a slide came from a deck's text.
const TAGS = new Set([
  'div',
  'svg',
  'foreignobject',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'span',
  'br',
  'img',
  'footer',
  'header',
  'blockquote',
  'hr',
  'figure',
  'del',
]);

function rawHtml(html: string): string | undefined {
  for (const [tag, name] of html.matchAll(/<\/?([a-zA-Z][\w-]*)[^>]*>/g)) {
    if (!TAGS.has(name.toLowerCase()) || /class="hostile"/.test(tag)) return tag;
    if (/\son\w+\s*=/i.test(tag)) return tag;
    const url = /\s(?:href|src)="([^"]*)"/i.exec(tag)?.[1];
    if (url !== undefined && url !== '' && !/^(https?:|mailto:|xmpp:|#|data:image\/)/i.test(url)) return tag;
  }
  if (/<\w[^>]*style="[^"]*url\((?!&quot;data:|"data:|data:)/i.test(html)) return 'a style url()';
  return undefined;
}

// A hang fails the test rather than the run: no deck may take long, 30 minutes is for a busy machine.
test(`${DECKS.toLocaleString('en')} generated hostile decks: no crash, no raw HTML, the slide count unchanged`, {
  timeout: 30 * 60_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-hostile-'));
  const file = join(dir, 'deck.yaml');
  writeFileSync(file, '');
  let rendered = 0;
  let refused = 0;
  for (let i = 0; i < DECKS; i++) {
    let deck: Deck;
    try {
      deck = validateDeck(deckData(i), { file }).deck;
    } catch (e) {
      if (!isWgdeckError(e)) throw new Error(`deck ${i}: validate crashed: ${(e as Error).stack}`);
      refused++;
      continue;
    }
    let r: RenderedDeck;
    try {
      r = await renderDeck(deck);
    } catch (e) {
      // Only an error of the catalogue about the deck's own input, never one about wgdeck's templates.
      if (!isWgdeckError(e) || e.code === 'template-error')
        throw new Error(`deck ${i}: render failed: ${(e as Error).message}\n${JSON.stringify(deckData(i))}`);
      refused++;
      continue;
    }
    assert.equal(r.marp.count, r.slides.length, `deck ${i}`);
    const raw = rawHtml(r.marp.html);
    assert.equal(raw, undefined, `deck ${i}: raw HTML ${raw}\n${JSON.stringify(deckData(i))}`);
    rendered++;
  }
  // Most decks are valid: the test would prove little if validation turned them all away.
  assert.ok(rendered > DECKS * 0.9, `rendered ${rendered}, refused ${refused}`);
});
