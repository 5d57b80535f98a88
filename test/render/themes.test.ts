// The built-in themes through a real Chromium: golden images of a fixed deck, no overflow and
// readable contrast on every slide of every deck in decks/. `npm run golden:update` (or
// UPDATE_GOLDEN=1) rewrites the golden images after a deliberate change: look at them before committing.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'puppeteer-core';
import { run as themesCommand } from '../../src/cli/themes.js';
import { loadDeck } from '../../src/deck/load.js';
import { contrastRatio } from '../../src/render/contrast.js';
import { renderDeck } from '../../src/render/render.js';
import { builtinThemes } from '../../src/render/themes.js';
import { browserContext, slidePage, slidePngs } from '../helpers/browser.js';
import { overflowingSlides } from '../helpers/overflow.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/themes/deck.yaml');
const GOLDEN = join(ROOT, 'test/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** Share of pixels that may differ (font rasterizing varies a little between machines). */
const TOLERANCE = Number(process.env.GOLDEN_TOLERANCE ?? 0.01);
const THEMES = builtinThemes().map((t) => t.name);
/** The golden slides of the fixture deck, by index. */
const GOLDEN_SLIDES = { title: 0, agenda: 1, table: 2 };

/** Every deck in decks/ and its subfolders. */
function exampleDecks(dir = join(ROOT, 'decks')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? exampleDecks(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

async function deckPage(browser: BrowserContext, file: string, theme: string, scale = 1): Promise<Page> {
  const { deck, positions } = await loadDeck(file);
  deck.theme = theme;
  const { marp } = await renderDeck(deck, { positions });
  return slidePage(browser, marp, scale);
}

/** Share of pixels whose color differs noticeably (more than 40 of 255 in a channel). */
function pixelDifference(a: PNG, b: PNG): number {
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.max(
        Math.abs(a.data[i] - b.data[i]),
        Math.abs(a.data[i + 1] - b.data[i + 1]),
        Math.abs(a.data[i + 2] - b.data[i + 2]),
      ) > 40
    )
      differ++;
  }
  return differ / (a.width * a.height);
}

/** Each element's own text with its color and the background behind it, on every slide. */
async function textColors(
  page: Page,
): Promise<Array<{ slide: number; text: string; color: string; background: string }>> {
  return page.evaluate(() => {
    const out: Array<{ slide: number; text: string; color: string; background: string }> = [];
    const sections = [
      ...document.querySelectorAll('div.marpit > svg[data-marpit-svg] > foreignObject > section'),
    ] as HTMLElement[];
    sections.forEach((section, slide) => {
      const backgroundOf = (el: Element): string => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (e === section && style.backgroundImage !== 'none') {
            // The title band is the section's gradient: --primary down to --band, --background below.
            const band = parseFloat(style.getPropertyValue('--band'));
            const top = el.getBoundingClientRect().top - section.getBoundingClientRect().top;
            return style.getPropertyValue(top < band ? '--primary' : '--background').trim();
          }
          if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') return style.backgroundColor;
          if (e === section) break;
        }
        return 'rgb(255, 255, 255)';
      };
      for (const el of [section, ...section.querySelectorAll('*')]) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim();
        // Transparent text is not read: the wordmark a deck's logo replaces.
        if (own && (el as HTMLElement).offsetParent !== null && !/rgba\(.*, 0\)$/.test(getComputedStyle(el).color))
          out.push({ slide, text: own.slice(0, 40), color: getComputedStyle(el).color, background: backgroundOf(el) });
      }
      if (section.hasAttribute('data-marpit-pagination')) {
        // The number sits at the bottom: under the band, on --background.
        const banded = getComputedStyle(section).backgroundImage !== 'none';
        out.push({
          slide,
          text: 'slide number',
          color: getComputedStyle(section, '::after').color,
          background: banded
            ? getComputedStyle(section).getPropertyValue('--background').trim()
            : backgroundOf(section),
        });
      }
    });
    return out;
  });
}

test('the built-in themes: ietf, ietf-dark and high-contrast, each described, the others built on ietf', () => {
  for (const name of ['ietf', 'ietf-dark', 'high-contrast']) {
    const theme = builtinThemes().find((t) => t.name === name);
    assert.ok(theme, name);
    assert.ok(theme.description.length > 20 && theme.description.length < 120, `${name}: "${theme.description}"`);
    if (name !== 'ietf') assert.match(theme.css, /^@import 'ietf';$/m);
  }
});

test('no theme loads a web font or anything else from the network', () => {
  for (const { name, css } of builtinThemes()) {
    assert.doesNotMatch(css, /@font-face|url\(\s*["']?(https?:)?\/\//i, name);
    assert.doesNotMatch(css, /@import\s+(url\()?\s*["']?(https?:)?\/\//i, name);
  }
});

test('`wgdeck themes` lists every built-in theme with its description', async () => {
  const lines: string[] = [];
  const log = console.log;
  console.log = (line: string) => lines.push(line);
  try {
    assert.equal(await themesCommand([]), 0);
  } finally {
    console.log = log;
  }
  assert.equal(lines.length, THEMES.length);
  assert.match(lines[0], /^ietf +The IETF chair template's look .*\(default\)$/);
  for (const t of builtinThemes())
    assert.ok(
      lines.some((l) => l.startsWith(`${t.name} `) && l.includes(t.description)),
      t.name,
    );
});

test('a user CSS file extends a built-in theme with @import', async () => {
  const { deck } = await loadDeck(FIXTURE);
  deck.theme = 'purple.css';
  const { marp } = await renderDeck(deck);
  assert.match(marp.css, /--primary: #4b0082/);
  // ietf's own rules came along: the title bar and the body size.
  assert.match(marp.css, /font-size: 28px/);
  assert.match(marp.html, /data-theme="purple"/);
  // A file named like the built-in it imports is renamed, so it does not import itself.
  deck.theme = 'ietf.css';
  const clash = await renderDeck(deck);
  assert.match(clash.marp.css, /--primary: #800000/);
  assert.match(clash.marp.css, /font-size: 28px/);
  assert.match(clash.marp.html, /data-theme="ietf-custom"/);
});

describe('in Chromium', () => {
  let browser: BrowserContext;
  before(async () => {
    browser = await browserContext();
  });
  after(async () => {
    await browser?.close();
  });

  for (const theme of THEMES) {
    test(`${theme}: title, agenda and table slides match the golden images`, async () => {
      const page = await deckPage(browser, FIXTURE, theme, 0.5);
      const pngs = await slidePngs(page, Object.values(GOLDEN_SLIDES));
      const failures: string[] = [];
      for (const [i, kind] of Object.keys(GOLDEN_SLIDES).entries()) {
        const file = join(GOLDEN, `${theme}-${kind}.png`);
        if (UPDATE) {
          writeFileSync(file, pngs[i]);
          continue;
        }
        assert.ok(existsSync(file), `${file} is missing: run \`npm run golden:update\` and look at the images`);
        const [want, got] = [PNG.sync.read(readFileSync(file)), PNG.sync.read(pngs[i])];
        const differ = want.width === got.width && want.height === got.height ? pixelDifference(want, got) : 1;
        if (differ > TOLERANCE) {
          const actual = join(tmpdir(), 'wgdeck-golden', `${theme}-${kind}.png`);
          mkdirSync(join(tmpdir(), 'wgdeck-golden'), { recursive: true });
          writeFileSync(actual, pngs[i]);
          failures.push(`${theme}-${kind}: ${(differ * 100).toFixed(2)}% of pixels differ (see ${actual})`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  for (const theme of THEMES) {
    test(`${theme}: every slide of every deck in decks/ fits, and its text is readable`, async () => {
      // WCAG AA for every theme; high-contrast promises AAA.
      const minimum = theme === 'high-contrast' ? 7 : 4.5;
      const problems: string[] = [];
      for (const file of exampleDecks()) {
        const page = await deckPage(browser, file, theme);
        const name = file.slice(ROOT.length);
        for (const o of await overflowingSlides(page))
          problems.push(`${name} slide ${o.slide + 1} (${o.kind}): ${o.element} runs ${o.by}px past the edge`);
        for (const t of await textColors(page)) {
          const ratio = contrastRatio(t.color, t.background);
          assert.ok(ratio !== undefined, `${name}: cannot read ${t.color} on ${t.background}`);
          if (ratio < minimum)
            problems.push(
              `${name} slide ${t.slide + 1}: "${t.text}" ${t.color} on ${t.background} is ${ratio.toFixed(2)}:1`,
            );
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
