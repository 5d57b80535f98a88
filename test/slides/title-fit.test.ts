// Slide titles in the title band, measured in a real Chromium for every built-in theme: titles with
// a link, bold or code keep their spaces, two-line titles stay inside the band, long titles shrink,
// and a title too long even then is a warning at its line in the deck.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'puppeteer-core';
import { contrastRatio, parseColor } from '../../src/render/contrast.js';
import { renderDeck } from '../../src/render/render.js';
import { builtinThemes } from '../../src/render/themes.js';
import { browserContext, slidePage } from '../helpers/browser.js';
import { head, loadedOf } from '../helpers/deck.js';

const TITLES = [
  'Published [quic-receive-ts-02](https://datatracker.ietf.org/doc/draft-ietf-quic-receive-ts/)',
  'Status of **NEW** drafts',
  'The `ack_frequency` transport parameter',
  'Security related DISPATCH outcomes of IETF 122',
  'Application of Explicit Measurement Techniques for QUIC Troubleshooting: what the WG decided',
  'Calibrating Minimum RTT Under Low ACK Frequency, and Exchanging Congestion Control Data',
];
const TOO_LONG =
  'A title that goes on and on, listing every document the working group has ' +
  'adopted, every interim it held since the last meeting, and every decision it took';

const SLIDES = [...TITLES, TOO_LONG].map((t) => `  - markdown: |\n      # ${t}\n\n      Some text.\n`).join('');
const SOURCE = `${head()}agenda:\n  items: [{ topic: Welcome }]\nslides:\n${SLIDES}`;

let browser: BrowserContext;
before(async () => {
  browser = await browserContext();
});

interface Measured {
  classes: string;
  /** the band's height, and the title's box */
  band: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  lines: number;
  /** px between each inline element (link, bold, code) and the text before it */
  gaps: number[];
  code?: { color: string; background: string; band: string };
}

async function measure(theme: string): Promise<{ slides: Measured[]; warnings: string[] }> {
  const { deck, positions } = loadedOf(SOURCE);
  deck.theme = theme;
  const r = await renderDeck(deck, { positions });
  const page = await slidePage(browser, r.marp);
  const slides = await page.evaluate(() =>
    [...document.querySelectorAll('div.marpit > svg[data-marpit-svg] > foreignObject > section')].map((section) => {
      const s = section.getBoundingClientRect();
      const h1 = section.querySelector('h1')!;
      const box = h1.getBoundingClientRect();
      const style = getComputedStyle(h1);
      const gaps = [...h1.children].map((el) => {
        // The text before, without its trailing space: the gap is that space as the browser laid it out.
        const before = el.previousSibling!;
        const range = document.createRange();
        range.setStart(before, 0);
        range.setEnd(before, before.textContent!.trimEnd().length);
        const rects = [...range.getClientRects()];
        return el.getBoundingClientRect().left - rects[rects.length - 1].right;
      });
      const code = h1.querySelector('code');
      return {
        classes: section.className,
        band: parseFloat(getComputedStyle(section).getPropertyValue('--band')),
        top: box.top - s.top,
        bottom: box.bottom - s.top,
        left: box.left - s.left,
        right: box.right - s.left,
        lines: Math.round(box.height / parseFloat(style.lineHeight)),
        gaps,
        code: code
          ? {
              color: getComputedStyle(code).color,
              background: getComputedStyle(code).backgroundColor,
              band: getComputedStyle(section).getPropertyValue('--primary').trim(),
            }
          : undefined,
      };
    }),
  );
  return { slides, warnings: r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`) };
}

const BAND_TEST = 'titles with links, bold and code keep their spaces and stay inside the band, in two lines';
for (const { name: theme } of builtinThemes()) {
  test(`${theme}: ${BAND_TEST}`, async () => {
    const { slides } = await measure(theme);
    for (const [i, t] of TITLES.entries()) {
      const m = slides[i];
      assert.ok(m.top >= 0 && m.bottom <= m.band, `"${t}": ${m.top}..${m.bottom} outside the band 0..${m.band}`);
      assert.ok(m.left >= 0 && m.right <= 1280, `"${t}": ${m.left}..${m.right} past the slide's sides`);
      assert.ok(m.lines <= 2, `"${t}": ${m.lines} lines`);
      // A space is about a quarter of an em: at least 6 px at the smallest title size.
      for (const gap of m.gaps) assert.ok(gap >= 6, `"${t}": ${gap.toFixed(1)} px between the words`);
    }
    // The code's background is translucent: seen over the band.
    const code = slides[2].code!;
    const [fg, bg] = [parseColor(code.background)!, parseColor(code.band)!];
    const mix = (f: number, b: number) => f * fg.a + b * (1 - fg.a);
    const ratio = contrastRatio(code.color, { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b), a: 1 })!;
    assert.ok(ratio >= 4.5, `code on the band: ${code.color} on ${code.background} is ${ratio.toFixed(2)}:1`);
  });
}

test(
  'a long title shrinks before it wraps to a third ' + 'line; one that cannot fit is a warning with its line',
  async () => {
    const { slides, warnings } = await measure('ietf');
    assert.deepEqual(
      slides.slice(0, 4).map((m) => m.classes.includes('title-m') || m.classes.includes('title-s')),
      [false, false, false, false],
    );
    assert.ok(/title-[ms]/.test(slides[5].classes), slides[5].classes);
    // At the entry's "  - markdown: |", the line before the heading's.
    const line = SOURCE.split('\n').findIndex((l) => l.includes(TOO_LONG));
    const about = warnings.filter((w) => w.includes('the title'));
    assert.equal(about.length, 1, warnings.join('\n'));
    assert.match(
      about[0],
      new RegExp(
        `\\.yaml:${line}: the title "A title that goes on and on.*" ` +
          'takes more than 2 lines even at the smallest title size: shorten it',
      ),
    );
    // Even then it stays inside the band.
    assert.ok(slides[6].bottom <= slides[6].band && slides[6].top >= 0, `${slides[6].top}..${slides[6].bottom}`);
  },
);
