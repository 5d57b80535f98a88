import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseDeck } from '../../src/deck/load.js';
import { isWgdeckError } from '../../src/errors.js';
import { renderDeck } from '../../src/render/render.js';
import { themeStyle } from '../../src/render/style.js';
import { joined } from '../helpers/regex.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/themes/', import.meta.url));
const HEAD = `meeting: { number: 123, date: 2025-07-22 }
group: { acronym: saag, name: Security Area Advisory Group }
agenda:
  items: [{ topic: Welcome }]
`;

/** A deck in the fixtures folder (where logo.svg is), and what themeStyle makes of it. */
function styled(yaml: string) {
  const { deck, positions } = parseDeck(HEAD + yaml, `${FIXTURES}deck-under-test.yaml`);
  return { deck, positions, ...themeStyle(deck, positions) };
}

test('no style: no CSS, no warnings', () => {
  const { css, warnings } = styled('');
  assert.equal(css, undefined);
  assert.deepEqual(warnings, []);
});

test('colors become the theme variables; the accent colors links too', () => {
  const { css, warnings } = styled(
    'style:\n  colors: { primary: "#1f4e79", accent: "#8a3000", background: ivory, text: "rgb(20 20 20)" }\n',
  );
  assert.match(
    css!,
    joined(
      /section \{ --primary: #1f4e79; --accent: #8a3000; /,
      /--background: ivory; --text: rgb\(20 20 20\); --link: #8a3000; \}/,
    ),
  );
  assert.deepEqual(warnings, []);
});

test("text too light for the background: a warning naming the pair and the ratio, at the color's line", () => {
  const { warnings } = styled('style:\n  colors:\n    primary: "#1f4e79"\n    text: "#777"\n');
  assert.equal(warnings.length, 1);
  const [w] = warnings;
  assert.equal(w.severity, 'warning');
  assert.equal(w.path, 'style.colors.text');
  assert.match(w.message, /^text on background: #777 on #ffffff has a contrast ratio of 4\.48:1, below the 4\.5:1/);
  assert.deepEqual([w.line, w.col], [8, 11]);
  assert.match(w.file, /deck-under-test\.yaml$/);
});

test("each pair is checked against the theme's defaults for the colors the deck does not set", () => {
  const paths = (yaml: string) => styled(yaml).warnings.map((w) => `${w.path}: ${w.message.split(':')[0]}`);
  // A pale title bar under ietf's white title text.
  assert.deepEqual(paths('style: { colors: { primary: "#ffd700" } }\n'), [
    'style.colors.primary: title-bar text on primary',
  ]);
  // Orange links on white.
  assert.deepEqual(paths('style: { colors: { accent: orange } }\n'), ['style.colors.accent: links on background']);
  // A dark background under ietf's dark text and links.
  assert.deepEqual(paths('style: { colors: { background: "#203040" } }\n'), [
    'style.colors.background: text on background',
    'style.colors.background: links on background',
  ]);
  // The same background suits ietf-dark, whose text and links are light.
  assert.deepEqual(paths('theme: ietf-dark\nstyle: { colors: { background: "#203040" } }\n'), []);
  // A theme file's own variables count too: purple.css keeps ietf's white title text.
  assert.deepEqual(paths('theme: purple.css\nstyle: { colors: { primary: "hsl(60 100% 80%)" } }\n'), [
    'style.colors.primary: title-bar text on primary',
  ]);
});

test('a color wgdeck cannot read is reported, not guessed', () => {
  const { warnings } = styled('style: { colors: { text: blu } }\n');
  assert.deepEqual(
    warnings.map((w) => [w.path, w.message.slice(0, 36)]),
    [['style.colors.text', '"blu" is not a CSS color wgdeck can ']],
  );
});

test("the logo: a data: URI on every slide, and in the title slide's logo slot instead of the wordmark", () => {
  const { css } = styled('style: { logo: logo.svg }\n');
  assert.match(css!, /--logo: url\("data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"\)/);
  assert.match(css!, /section:not\(\.title\)::before \{ content: ""; position: absolute;/);
  assert.match(css!, /section\.title \.wordmark \{ color: transparent; background: var\(--logo\)/);
});

test('a logo outside the deck folder is refused', () => {
  assert.throws(
    () => styled('style: { logo: ../../../package.json }\n'),
    (e) =>
      isWgdeckError(e) &&
      e.code === 'deck-invalid' &&
      /style\.logo: The image .* lies outside the deck's folder/.test(e.message),
  );
  assert.throws(
    () => styled('style: { logo: missing.png }\n'),
    (e) =>
      isWgdeckError(e) &&
      e.code === 'deck-invalid' &&
      /style\.logo: The image "missing\.png" does not exist/.test(e.message),
  );
});

test("font: a quoted family first, the theme's fallbacks after", () => {
  const { css } = styled('style: { font: DejaVu Serif }\n');
  assert.match(css!, /font-family: "DejaVu Serif", 'Noto Sans'/);
});

test(
  'slide_numbers reaches the rendered slides: Marp keeps ' + 'the content and numbers every slide with its total',
  async () => {
    const { deck } = parseDeck(
      `${HEAD}style: { slide_numbers: "Slide {n} of {total} \\"x\\";}" }\n`,
      `${FIXTURES}deck-under-test.yaml`,
    );
    const { marp } = await renderDeck(deck);
    // Marp comments out a section::after `content` without the page number; this one must survive.
    const rule = /section\[data-marpit-pagination\]::after \{ content: ([^}]*); \}/.exec(
      marp.css.replace(/\/\*[\s\S]*?\*\//g, ''),
    );
    assert.ok(rule, 'the slide-number rule is in the CSS');
    assert.equal(
      rule[1],
      '"Slide " attr(data-marpit-pagination) " of " attr(data-marpit-pagination-total) " \\22 x\\22 \\3b \\7d "',
    );
    const totals = [...marp.html.matchAll(/data-marpit-pagination-total="(\d+)"/g)].map((m) => m[1]);
    assert.ok(
      totals.length > 1 && totals.every((t) => Number(t) === marp.count),
      `every paginated slide knows the total ${marp.count}: ${totals}`,
    );
  },
);

test('the footer replaces the derived one', async () => {
  const { deck } = parseDeck(`${HEAD}style: { footer: "SAAG · Madrid" }\n`, `${FIXTURES}deck-under-test.yaml`);
  const { marp } = await renderDeck(deck);
  assert.match(marp.html, /<footer>SAAG · Madrid<\/footer>/);
  assert.doesNotMatch(marp.html, /IETF 123 · SAAG/);
});
