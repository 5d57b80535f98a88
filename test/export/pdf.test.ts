import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marp } from '@marp-team/marp-core';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { PNG } from 'pngjs';
import { testPool as pool, viewerPool } from '../helpers/pool.js';
import { treeCmdlines } from '../helpers/processes.js';
import { loadsOnlyDataUris, printDocument, renderPdf } from '../../src/export/pdf.js';
import { renderMarp } from '../../src/render/marp.js';

let dir: string;
after(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) image.data.set([...rgb, 255], i * 4);
  return PNG.sync.write(image);
}

/** A folder holding pic.png, as a file:// URL with the trailing slash. */
function deckFolder(name: string, size: number): string {
  const folder = path.join(dir, name);
  fs.mkdirSync(path.join(folder, 'img'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'img', 'pic.png'), png(size, size, [200, 30, 30]));
  return `${pathToFileURL(folder).href}/`;
}

function marpDoc(markdown: string, baseUrl: string, title = 'Test deck'): string {
  const marp = new Marp({ html: false, emoji: { shortcode: true, unicode: false }, math: false });
  return printDocument(renderMarp(marp, markdown), { baseUrl, lang: 'en', title });
}

function tool(cmd: string, ...args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

const DATA_PNG = `data:image/png;base64,${png(12, 8, [30, 30, 200]).toString('base64')}`;
const DECK = `---
backgroundColor: "#102030"
color: "#ffffff"
---

# Opening slide

Read [the charter](https://datatracker.ietf.org/wg/example/about/) first.

---

## Relative image

![w:200](img/pic.png)

---

## Data image

![w:120](${DATA_PNG})
`;

let pdfFile: string;
let baseUrl: string;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgdeck-pdf-'));
  baseUrl = deckFolder('deck', 16);
  const pdf = await renderPdf(pool, { html: marpDoc(DECK, baseUrl), baseUrl });
  pdfFile = path.join(dir, 'deck.pdf');
  fs.writeFileSync(pdfFile, pdf);
});

test('one 16:9 page per slide, no blank page', () => {
  const info = tool('pdfinfo', pdfFile);
  assert.match(info, /^Pages:\s+3$/m);
  assert.match(info, /^Page size:\s+960 x 540 pts$/m);
});

test('the text is there, as text', () => {
  const text = tool('pdftotext', '-layout', pdfFile, '-');
  const pages = text.split('\f');
  assert.match(pages[0] ?? '', /Opening slide/);
  assert.match(pages[0] ?? '', /Read the charter first\./);
  assert.match(pages[1] ?? '', /Relative image/);
  assert.match(pages[2] ?? '', /Data image/);
});

async function linkUris(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  const annots = doc.getPages()[0]?.node.Annots();
  assert.ok(annots, 'page 1 has annotations');
  const uris = annots.asArray().map((ref) => {
    const annot = doc.context.lookup(ref, PDFDict);
    assert.equal(annot.get(PDFName.of('Subtype')), PDFName.of('Link'));
    return annot.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFString).decodeText();
  });
  return uris;
}

test('links stay clickable: a URI link annotation', async () => {
  assert.deepEqual(await linkUris(pdfFile), ['https://datatracker.ietf.org/wg/example/about/']);
});

// wgdeck prints with Chrome's headless shell when it finds one (src/browser/find.ts); most chairs
// have only Chrome or Edge, which print in the new headless mode.
test('a full browser prints the pages, text, images and links the headless shell prints', async (t) => {
  const full = viewerPool();
  if (full === pool) return t.skip('no headless shell here: every test prints with a full browser');
  const file = path.join(dir, 'full.pdf');
  fs.writeFileSync(file, await renderPdf(full, { html: marpDoc(DECK, baseUrl), baseUrl }));
  for (const args of [['pdfinfo'], ['pdftotext', '-layout'], ['pdfimages', '-list']]) {
    const [cmd, ...rest] = args as [string, ...string[]];
    const shown = (f: string) => tool(cmd, ...rest, f, ...(cmd === 'pdftotext' ? ['-'] : []));
    // Each writes its own user agent as the Creator: a build replaces it (src/export/pdf-meta.ts).
    const lines = (f: string) =>
      shown(f)
        .split('\n')
        .filter((l) => !/^(Creator|CreationDate|ModDate|File size):/.test(l));
    assert.deepEqual(lines(file), lines(pdfFile), cmd);
  }
  assert.deepEqual(await linkUris(file), await linkUris(pdfFile));
  // Full headless Chrome would preload the omnibox popup's WebUI in a renderer of its own.
  const pid = await full.withPage(async (page) => page.browser().process()!.pid!);
  assert.ok(!treeCmdlines(pid).some((cmd) => cmd.includes('--top-chrome-webui')), 'no renderer for browser UI');
});

test('the relative image and the data: image are both printed', () => {
  const rows = tool('pdfimages', '-list', pdfFile)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  const images = rows
    .map((l) => l.trim().split(/\s+/))
    .map((c) => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]) }));
  assert.deepEqual(images, [
    { page: 2, width: 16, height: 16 },
    { page: 3, width: 12, height: 8 },
  ]);
});

test('the slide fills the page: its background reaches every edge', () => {
  const prefix = path.join(dir, 'page');
  tool('pdftoppm', '-png', '-r', '24', '-f', '1', '-l', '1', pdfFile, prefix);
  const file = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
  assert.ok(file);
  const image = PNG.sync.read(fs.readFileSync(path.join(dir, file)));
  for (const [x, y] of [
    [0, 0],
    [image.width - 1, 0],
    [0, image.height - 1],
    [image.width - 1, image.height - 1],
    [image.width >> 1, image.height - 1],
  ]) {
    const i = ((y as number) * image.width + (x as number)) * 4;
    const rgb = [...image.data.subarray(i, i + 3)];
    assert.ok(
      Math.abs(rgb[0]! - 0x10) < 6 && Math.abs(rgb[1]! - 0x20) < 6 && Math.abs(rgb[2]! - 0x30) < 6,
      `pixel ${x},${y} is ${rgb}`,
    );
  }
});

test('a theme size other than 16:9 gives pages of that size', async () => {
  const baseUrl = deckFolder('square', 4);
  const pdf = await renderPdf(pool, { html: marpDoc('---\nsize: 4:3\n---\n\n# A\n\n---\n\n# B', baseUrl), baseUrl });
  const doc = await PDFDocument.load(pdf);
  assert.deepEqual(
    doc.getPages().map((p) => p.getSize()),
    [
      { width: 720, height: 540 },
      { width: 720, height: 540 },
    ],
  );
});

test('decks from different folders, printed on reused pages, each find their own images', async () => {
  const folders = [deckFolder('a', 10), deckFolder('b', 20), deckFolder('c', 30)];
  const pdfs = await Promise.all(
    [...folders, ...folders].map((baseUrl) => renderPdf(pool, { html: marpDoc('![](img/pic.png)', baseUrl), baseUrl })),
  );
  const widths = pdfs.map((pdf, i) => {
    const file = path.join(dir, `multi-${i}.pdf`);
    fs.writeFileSync(file, pdf);
    return Number(tool('pdfimages', '-list', file).split('\n')[2]?.trim().split(/\s+/)[3]);
  });
  assert.deepEqual(widths, [10, 20, 30, 10, 20, 30]);
});

test('printDocument: lang, title and base escaped into a standalone document', () => {
  const html = printDocument(
    { html: '<div class="marpit"></div>', css: 'section{}', count: 0, width: 1280, height: 720 },
    {
      baseUrl: 'file:///decks/a&b/',
      lang: 'fr',
      title: 'Groupe <WG> "Réunion"',
    },
  );
  assert.match(html, /^<!DOCTYPE html>\n<html lang="fr">/);
  assert.ok(html.includes('<title>Groupe &#60;WG&#62; &#34;Réunion&#34;</title>'));
  assert.ok(html.includes('<base href="file:///decks/a&#38;b/">'));
  assert.ok(html.includes('@page { size: 1280px 720px; margin: 0; }'));
});

// A deck printed only is not laid out for the screen first (printDocument's printOnly), so nothing
// but the print itself asks for its images and fonts: these must still be in every page.
test('printed only, a deck with data: backgrounds and fonts prints as when laid out for the screen first', async () => {
  const font = fs.readFileSync(tool('fc-match', '-f', '%{file}', 'Liberation Serif:bold'));
  const marp = new Marp({ html: false, emoji: { shortcode: true, unicode: false }, math: false });
  const big = png(600, 400, [20, 160, 60]).toString('base64');
  const out = renderMarp(
    marp,
    `---
style: |
  @font-face { font-family: DeckFont; src: url(data:font/ttf;base64,${font.toString('base64')}); }
  h1 { font-family: DeckFont; }
  section { background: url(data:image/png;base64,${big}) no-repeat left bottom / 200px 100px, #fff; }
---

# First

---

# Second
`,
  );
  const folder = deckFolder('print-only', 4);
  const pages: string[][] = [];
  for (const printOnly of [false, true]) {
    const html = printDocument(out, { baseUrl: folder, printOnly });
    assert.equal(html.includes('<style media="screen">body { display: none; }</style>'), printOnly);
    const file = path.join(dir, `print-only-${printOnly}.pdf`);
    fs.writeFileSync(file, await renderPdf(pool, { html, baseUrl: folder }));
    assert.match(tool('pdffonts', file), /LiberationSerif-Bold/, 'the @font-face font');
    const prefix = path.join(dir, `print-only-${printOnly}`);
    tool('pdftoppm', '-png', '-r', '20', file, prefix);
    pages.push(
      fs
        .readdirSync(dir)
        .filter((f) => f.startsWith(`print-only-${printOnly}-`) && f.endsWith('.png'))
        .sort()
        .map((f) => fs.readFileSync(path.join(dir, f)).toString('base64')),
    );
  }
  assert.equal(pages[0]?.length, 2);
  assert.deepEqual(pages[1], pages[0]);
  // Files a relative URL names load only when the slides are styled: such a deck is laid out as before.
  assert.ok(!marpDoc(DECK, baseUrl).includes('media="screen"'));
  const relative = printDocument(renderMarp(marp, '![](img/pic.png)'), { baseUrl, printOnly: true });
  assert.ok(!relative.includes('media="screen"'));
});

test('loadsOnlyDataUris: only data: URIs, however quoted, let a deck skip its layout for the screen', () => {
  const only = (css: string, html = '<section></section>') => loadsOnlyDataUris({ css, html });
  assert.equal(only('section { background: url(data:image/png;base64,AA) }'), true);
  assert.equal(only("section { mask: url('data:image/svg+xml,<svg/>') }"), true);
  assert.equal(only('', '<section style="--logo: url(&quot;data:image/png;base64,AA&quot;)"></section>'), true);
  assert.equal(only('', '<section style="--footer: 2019\\-03\\-05"></section>'), true, "Markdown's escapes");
  for (const css of [
    'section { background: url(img/a.png) }',
    "section { background: url( 'https://example.com/a.png') }",
    '@import "other.css";',
    'section { background: u\\72l(https://example.com/a.png) }',
  ])
    assert.equal(only(css), false, css);
  assert.equal(only('', '<section style="background: url(&quot;img/a.png&quot;)"></section>'), false);
  assert.equal(only('', '<section style="background: u&#114;l(x.png)"></section>'), false);
  assert.equal(only('', '<img src="img/a.png">'), false);
});
