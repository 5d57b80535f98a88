// PowerPoint for the datatracker, which takes .pptx as well as PDF: each slide as the browser draws
// it, a full-bleed picture at twice the slide's CSS size (sharp on a projector), with its title as
// the picture's alternative text and its speaker notes as the slide's notes. The pictures come from
// the same print document and the same shared browser as the PDF, so both show the same slides.
// Being pictures, the slides cannot be edited or searched: the PDF is the better upload.
import type { BrowserPool } from '../browser/pool.js';
import { loadDocument, type PrintDoc } from './pdf.js';

export interface PptxOptions {
  /** one per slide, in order */
  slides: Array<{ title: string; notes?: string }>;
  title: string;
  author?: string;
  subject?: string;
}

/** PowerPoint's own widescreen width, in inches; the height follows the slides' ratio. */
const WIDTH_IN = 13.333;
const SCALE = 2;

export async function renderPptx(pool: BrowserPool, doc: PrintDoc, opts: PptxOptions): Promise<Uint8Array> {
  const shots = await pool.withPage(async (page) => {
    await loadDocument(page, doc);
    // Page coordinates of every slide, then one clipped screenshot each: a fifth faster than
    // element screenshots, which scroll and measure each slide again.
    const slides = await page.$$eval('div.marpit > svg[data-marpit-svg]', (svgs) =>
      svgs.map((svg) => {
        const r = svg.getBoundingClientRect();
        return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
      }),
    );
    const first = slides[0];
    if (!first) throw new Error('The print document holds no slides');
    await page.setViewport({
      width: Math.round(first.width),
      height: Math.round(first.height),
      deviceScaleFactor: SCALE,
    });
    // Chromium draws no frame for a page behind another of its pages, and a screenshot waits for one:
    // a page of the pool's that a job left behind would hang here.
    await page.bringToFront();
    const pngs: string[] = [];
    // One at a time: screenshots of one page cannot overlap.
    for (const clip of slides)
      pngs.push(
        Buffer.from(await page.screenshot({ type: 'png', clip, captureBeyondViewport: true })).toString('base64'),
      );
    return { pngs, ratio: first.height / first.width };
  });
  if (shots.pngs.length !== opts.slides.length) {
    throw new Error(`The print document has ${shots.pngs.length} slides, the deck ${opts.slides.length}`);
  }
  // Loaded here: only --pptx pays for pptxgenjs and JSZip. Node loads its ES build, whose default
  // export is the class; the typings, read as CommonJS, put the class one `default` deeper.
  const mod = await import('pptxgenjs');
  const PptxGenJS = mod.default as unknown as typeof mod.default.default;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'wgdeck', width: WIDTH_IN, height: WIDTH_IN * shots.ratio });
  pptx.layout = 'wgdeck';
  pptx.title = opts.title;
  if (opts.author) pptx.author = opts.author;
  if (opts.subject) pptx.subject = opts.subject;
  shots.pngs.forEach((png, i) => {
    const { title, notes } = opts.slides[i]!;
    const slide = pptx.addSlide();
    slide.addImage({ data: `data:image/png;base64,${png}`, x: 0, y: 0, w: '100%', h: '100%', altText: title });
    if (notes) slide.addNotes(notes);
  });
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
