// load -> validate -> resolve -> render -> export, for one deck or many sharing one browser.
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDeck } from './deck/load.js';
import type { Deck } from './deck/types.js';
import { W, warningAt, type Problem } from './errors.js';
import { BrowserPool } from './browser/pool.js';
import { printDocument, renderPdf, type PrintDoc } from './export/pdf.js';
import {
  materialDigest,
  sessionPageName,
  writeMaterial,
  type MaterialExtension,
  type MaterialStamp,
} from './export/proceedings.js';
import { agendaMarkdown } from './export/agenda.js';
import { notesMarkdown } from './export/notes.js';
import { renderPptx } from './export/pptx.js';
import { MAX_UPLOAD_BYTES } from './ietf/upload-rules.js';
import { writeFileAtomic } from './fs/atomic.js';
import { makeFolder } from './fs/folder.js';
import { renderDeck, type RenderedDeck } from './render/render.js';
import { version } from './paths.js';

export interface BuildOptions {
  /** output folder; default: next to each deck */
  outDir?: string;
  html?: boolean;
  pdf?: boolean;
  /** a folder of template overrides */
  templatesDir?: string;
  /** speaker notes as PDF annotations */
  notes?: boolean;
  /** a PowerPoint file too (slides as pictures) */
  pptx?: boolean;
  /** name the PDF and PPTX as the datatracker does, a new revision each build (src/export/proceedings.ts) */
  proceedings?: boolean;
  browserPath?: string;
  /** a shared browser; one is started (and closed) for the call when absent */
  pool?: BrowserPool;
  /** also the session agenda and the notes page, as Markdown (src/export/agenda.ts, notes.ts) */
  pages?: boolean;
  /** called when the browser has printed the deck, before its PDF is finished and written */
  onPrinted?: () => void;
}

export interface BuildResult {
  file: string;
  /** the deck as loaded, e.g. to know which folders a watch must cover */
  deck: Deck;
  outputs: string[];
  slides: number;
  warnings: Problem[];
}

/** The output path of a deck: in outDir or next to the deck, named after the deck file. */
export function outputPath(file: string, ext: 'html' | 'pdf' | 'pptx', outDir?: string): string {
  return join(outDir ?? dirname(file), `${basename(file, extname(file))}.${ext}`);
}

/** The deck as one HTML document that prints (or, unless printOnly, screenshots) one slide to a page. */
function printDoc(rendered: RenderedDeck, refused?: (url: string) => void, printOnly = false): PrintDoc {
  const { resolved, marp } = rendered;
  const baseUrl = pathToFileURL(`${dirname(resolved.deck.file)}/`).href;
  return {
    html: printDocument(marp, { baseUrl, lang: resolved.meta.lang, title: resolved.meta.title, printOnly }),
    baseUrl,
    refused,
  };
}

export async function pdfBytes(
  pool: BrowserPool,
  rendered: RenderedDeck,
  opts: Pick<BuildOptions, 'notes' | 'onPrinted'> & { refused?: (url: string) => void; stamp?: MaterialStamp } = {},
): Promise<Uint8Array> {
  const { resolved, slides } = rendered;
  // pdf-lib (like puppeteer in the pool, pptxgenjs in renderPptx) loads when first needed, not with
  // this module, so an HTML build never pays for it; it loads while the browser prints.
  const meta = import('./export/pdf-meta.js');
  const pdf = await renderPdf(pool, printDoc(rendered, opts.refused, true));
  opts.onPrinted?.();
  const { finishPdf } = await meta;
  return finishPdf(pdf, {
    ...resolved.meta,
    creator: `wgdeck ${version}`,
    outline: slides.map((s, page) => ({ title: s.title, page })),
    notes: opts.notes ? slides.flatMap((s, page) => (s.notes ? [{ page, text: s.notes }] : [])) : undefined,
    stamp: opts.stamp,
  });
}

/** Builds one deck. Each output is written whole or not at all: an existing PDF survives a failure. */
export async function buildDeck(file: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const wantHtml = opts.html ?? !opts.pdf;
  const wantPdf = opts.pdf ?? !opts.html;
  const { deck, warnings, positions } = await loadDeck(file, { templatesDir: opts.templatesDir });
  const rendered = await renderDeck(deck, { templatesDir: opts.templatesDir, positions });
  const outputs: string[] = [];
  if (opts.outDir) await makeFolder(opts.outDir);
  // HTML first: it needs no browser, so a chair without one still gets it (and the PDF error).
  if (wantHtml) {
    const out = outputPath(file, 'html', opts.outDir);
    await writeFileAtomic(out, rendered.html);
    outputs.push(out);
  }
  if (opts.pages) {
    const dir = opts.outDir ?? dirname(file);
    for (const [page, markdown] of [
      ['agenda', agendaMarkdown],
      ['notes', notesMarkdown],
    ] as const) {
      const out = join(dir, sessionPageName(page, file, deck, dir, opts.proceedings));
      await writeFileAtomic(out, markdown(deck));
      outputs.push(out);
    }
  }
  const exportWarnings: Problem[] = [];
  if (wantPdf || opts.pptx) {
    const warn = (message: string, code?: string) =>
      exportWarnings.push(warningAt(file, { line: 1, col: 1 }, '', message, code));
    const refused = (url: string) => warn(W.RequestRefused.message({ url }), W.RequestRefused.code);
    // The deck a proceedings PDF comes from, and what it shows: the next build of an unchanged deck
    // keeps its revision, another deck of the group and meeting gets a name of its own.
    const stamp = opts.proceedings
      ? { source: deck.file, digest: materialDigest(version, rendered.html, String(!!opts.notes), String(!!opts.pptx)) }
      : undefined;
    const pool = opts.pool ?? new BrowserPool({ browserPath: opts.browserPath });
    const material: Array<{ ext: MaterialExtension; data: Uint8Array }> = [];
    try {
      if (wantPdf) {
        const pdf = await pdfBytes(pool, rendered, { ...opts, refused, stamp });
        if (pdf.length > MAX_UPLOAD_BYTES)
          warn(
            `the PDF is ${pdf.length.toLocaleString('en')} bytes, over the datatracker's ` +
              `limit of ${MAX_UPLOAD_BYTES.toLocaleString('en')}: use smaller images`,
          );
        material.push({ ext: 'pdf', data: pdf });
      }
      if (opts.pptx)
        material.push({
          ext: 'pptx',
          data: await renderPptx(pool, printDoc(rendered, refused), {
            ...rendered.resolved.meta,
            slides: rendered.slides,
          }),
        });
    } finally {
      if (!opts.pool) await pool.close();
    }
    if (opts.proceedings) {
      const { paths, reused } = await writeMaterial(opts.outDir ?? dirname(file), deck, stamp, material);
      if (reused) warn(`unchanged since ${basename(paths[0])}: no new revision written`);
      outputs.push(...paths);
    } else {
      for (const { ext, data } of material) {
        const out = outputPath(file, ext, opts.outDir);
        await writeFileAtomic(out, data);
        outputs.push(out);
      }
    }
  }
  return {
    file,
    deck,
    outputs,
    slides: rendered.slides.length,
    warnings: [...warnings, ...rendered.warnings, ...exportWarnings],
  };
}
