// The PDF for the proceedings: marp-core's HTML printed by the shared browser, one slide a page.
// The page loads from a file:// URL because Chromium refuses file:// images to about:blank (what
// page.setContent alone would give), and it waits for the load event, fonts and images rather
// than for the network to go quiet, which costs marp-cli half a second per deck.
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { BrowserPool } from '../browser/pool.js';
import { guardRequests } from '../browser/requests.js';
import type { MarpOutput } from '../render/marp.js';
import { themesDir } from '../paths.js';
import { escapeHtml } from '../text/escape.js';

export interface PrintDocumentOptions {
  /** file:// URL of the deck's folder, with a trailing slash: relative image paths resolve against it */
  baseUrl: string;
  lang?: string;
  title?: string;
  /** the document is printed only, never shown or screenshotted: the browser skips laying it out for the screen */
  printOnly?: boolean;
}

export interface PrintDoc {
  /** a complete HTML document, as printDocument makes */
  html: string;
  /** file:// URL of the deck's folder, with a trailing slash */
  baseUrl: string;
  /** told of each request the page made and was refused (anything outside the deck's folder) */
  refused?: (url: string) => void;
}

export interface RenderPdfOptions {
  /** page size in CSS px when the document sets no @page size; default 1280 x 720 */
  width?: number;
  height?: number;
}

/** What printDocument adds to a document printed only, so that the browser lays it out for no screen. */
const SCREENLESS = '<style media="screen">body { display: none; }</style>';

/** Whether a document is laid out for no screen: all it loads are data: URIs, so nothing is left to wait for. */
const screenless = (doc: PrintDoc): boolean => doc.html.includes(SCREENLESS);

/** A standalone HTML document that prints marp-core's output one slide to a page, edge to edge. */
export function printDocument(marp: MarpOutput, opts: PrintDocumentOptions): string {
  const { width, height } = marp;
  // Marp's own print CSS sizes each slide to 100vw x 100vh; fixed sizes and a break after every
  // slide but the last make exactly one page per slide and no blank page at the end.
  const printCss = `
@page { size: ${width}px ${height}px; margin: 0; }
html, body { margin: 0; padding: 0; }
div.marpit > svg[data-marpit-svg] { display: block; width: ${width}px; height: ${height}px; break-after: page; }
div.marpit > svg[data-marpit-svg]:last-child { break-after: auto; }`;
  // Shown on no screen, a deck need not be laid out for one first: that is about a tenth of what
  // Chromium does for it. Only when all it loads are data: URIs (every image and font wgdeck
  // inlines), which load synchronously: anything else would be asked for only by the print, which
  // does not wait for it, and a refused request would be told after its deck was done.
  const hidden = opts.printOnly && loadsOnlyDataUris(marp) ? `\n${SCREENLESS}` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<base href="${escapeHtml(opts.baseUrl)}">
<title>${escapeHtml(opts.title ?? '')}</title>
<style>${marp.css}</style>
<style>${printCss}</style>${hidden}
</head>
<body>
${marp.html}
</body>
</html>
`;
}

/** Resolves once web fonts and images (including CSS backgrounds still loading) are ready. */
async function assetsReady(): Promise<void> {
  // Reading a layout property makes the browser style every slide, which starts the font loads
  // that document.fonts.ready then waits for.
  void document.body.offsetHeight;
  await document.fonts.ready;
  await Promise.all(
    Array.from(document.images, (img) =>
      img.complete
        ? undefined
        : new Promise((resolve) => {
            img.addEventListener('load', resolve, { once: true });
            img.addEventListener('error', resolve, { once: true });
          }),
    ),
  );
}

async function prepare(page: Page, baseUrl: string, html: string): Promise<void> {
  if (!page.url().startsWith('file:')) {
    // Once per page (pages are reused): nothing printed needs scripts, and images are read afresh
    // so a rebuilt deck never prints a stale copy.
    await page.setJavaScriptEnabled(false);
    await page.setCacheEnabled(false);
  }
  // The folder's listing gives a file:// document whose URL is the deck's folder; setContent then
  // replaces its content but keeps that URL, so relative paths resolve even without a <base>.
  // wgdeck inlines images as data: URIs, so only a user's CSS with url(...) needs it (a cold page
  // spends about 0.13 s on it).
  if (page.url() !== baseUrl && hasRelativeUrl(html)) await page.goto(baseUrl, { waitUntil: 'load' });
}

// In CSS (Marp's, and the style attributes of its HTML, where quotes are &quot;): a url() that is not
// a data: URI, an @import, or an escape of a letter or digit or a character reference, which could
// spell either (Markdown's escapes, as in a footer's 2019\-03\-05, cannot).
const CSS_LOADS = /url\(\s*(?!(?:['"]|&quot;)?data:)|@import|\\[0-9a-z]|&#/i;

/**
 * Whether all that Marp's output loads are data: URIs. Read conservatively: a false "no" only costs
 * a layout for the screen. Its HTML holds no tags but those of Marp and wgdeck (src/render/marp.ts).
 * A regex, not the CSS tokenizer theme-urls.ts decides with: this runs on every printed deck's whole
 * CSS, which takes the tokenizer 3 to 6 ms, and it decides nothing that keeps a request in.
 */
export function loadsOnlyDataUris(marp: Pick<MarpOutput, 'css' | 'html'>): boolean {
  if (CSS_LOADS.test(marp.css) || /\bsrc(?:set)?="(?!data:)/i.test(marp.html)) return false;
  return !Array.from(marp.html.matchAll(/\bstyle="([^"]*)"/gi)).some(([, style]) => CSS_LOADS.test(style ?? ''));
}

/** Whether a document refers to a file by a relative address (src, href, or CSS url()). */
function hasRelativeUrl(html: string): boolean {
  // The quote is inside the lookahead: outside, the regex could skip it and take url('data:…) as relative.
  return /\b(?:src|href)="(?![a-z][a-z0-9+.-]*:|#)|url\(\s*(?!['"]?(?:[a-z][a-z0-9+.-]*:|#))/i.test(html);
}

/** Loads a print document into a page, images and fonts ready: for printing, or screenshots of its slides. */
export async function loadDocument(page: Page, doc: PrintDoc): Promise<void> {
  await guardRequests(page, { roots: [fileURLToPath(doc.baseUrl), themesDir], refused: doc.refused ?? (() => {}) });
  await prepare(page, doc.baseUrl, doc.html);
  await page.setContent(doc.html, { waitUntil: 'load' });
  if (!screenless(doc)) await page.evaluate(assetsReady);
}

export async function renderPdf(pool: BrowserPool, doc: PrintDoc, opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  const width = opts.width ?? 1280;
  const height = opts.height ?? 720;
  return pool.withPage(async (page) => {
    await loadDocument(page, doc);
    return page.pdf({
      width: `${width}px`,
      height: `${height}px`,
      preferCSSPageSize: true,
      waitForFonts: !screenless(doc),
      printBackground: true,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    });
  });
}
