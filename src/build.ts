// load -> validate -> resolve -> render -> export, for one deck or many sharing one browser.
import { readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDeck } from './deck/load.js';
import type { Deck } from './deck/types.js';
import { E, WgdeckError, type Problem } from './errors.js';
import { BrowserPool } from './browser/pool.js';
import { printDocument, renderPdf } from './export/pdf.js';
import { finishPdf } from './export/pdf-meta.js';
import { writeFileAtomic } from './fs/atomic.js';
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
  browserPath?: string;
  /** a shared browser; one is started (and closed) for the call when absent */
  pool?: BrowserPool;
}

export interface BuildResult {
  file: string;
  /** the deck as loaded, e.g. to know which folders a watch must cover */
  deck: Deck;
  outputs: string[];
  slides: number;
  warnings: Problem[];
}

/** The deck files named by the arguments: files as given, folders by their *.yaml / *.yml. */
export function deckFiles(args: string[]): string[] {
  return args.flatMap((arg) => {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      throw new WgdeckError(E.DeckNotFound, { file: arg });
    }
    if (!stat.isDirectory()) return [arg];
    const files = readdirSync(arg).filter((f) => ['.yaml', '.yml'].includes(extname(f))).sort().map((f) => join(arg, f));
    if (files.length === 0) throw new WgdeckError(E.NoDecksInFolder, { dir: arg });
    return files;
  });
}

/** The output path of a deck: named after the deck file, in outDir or next to the deck. */
export function outputPath(file: string, ext: 'html' | 'pdf', outDir?: string): string {
  return join(outDir ?? dirname(file), `${basename(file, extname(file))}.${ext}`);
}

export async function pdfBytes(pool: BrowserPool, rendered: RenderedDeck, opts: { notes?: boolean } = {}): Promise<Uint8Array> {
  const { resolved, marp, slides } = rendered;
  const baseUrl = pathToFileURL(dirname(resolved.deck.file) + '/').href;
  const doc = printDocument(marp, { baseUrl, lang: resolved.meta.lang, title: resolved.meta.title });
  const pdf = await renderPdf(pool, { html: doc, baseUrl });
  return finishPdf(pdf, {
    ...resolved.meta,
    creator: `wgdeck ${version}`,
    outline: slides.map((s, page) => ({ title: s.title, page })),
    notes: opts.notes ? slides.flatMap((s, page) => (s.notes ? [{ page, text: s.notes }] : [])) : undefined,
  });
}

/** Builds one deck. Each output is written whole or not at all: an existing PDF survives a failure. */
export async function buildDeck(file: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const wantHtml = opts.html ?? !opts.pdf;
  const wantPdf = opts.pdf ?? !opts.html;
  const { deck, warnings, positions } = await loadDeck(file, { templatesDir: opts.templatesDir });
  const rendered = await renderDeck(deck, { templatesDir: opts.templatesDir, positions });
  const outputs: string[] = [];
  if (opts.outDir) {
    await mkdir(opts.outDir, { recursive: true }).catch((e: Error) => {
      throw new WgdeckError(E.OutputNotWritable, { file: opts.outDir!, detail: e.message });
    });
  }
  // HTML first: it needs no browser, so a chair without one still gets it (and the PDF error).
  if (wantHtml) {
    const out = outputPath(file, 'html', opts.outDir);
    await writeFileAtomic(out, rendered.html);
    outputs.push(out);
  }
  if (wantPdf) {
    const pool = opts.pool ?? new BrowserPool({ browserPath: opts.browserPath });
    try {
      const out = outputPath(file, 'pdf', opts.outDir);
      await writeFileAtomic(out, await pdfBytes(pool, rendered, opts));
      outputs.push(out);
    } finally {
      if (!opts.pool) await pool.close();
    }
  }
  return { file, deck, outputs, slides: rendered.slides.length, warnings: [...warnings, ...rendered.warnings] };
}
