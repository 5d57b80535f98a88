// What Chromium's PDF lacks for the proceedings: document metadata, the language, bookmarks (one
// per slide title) and the speaker notes as closed note annotations. They are added as an
// incremental update (src/export/pdf-update.ts): everything Chromium wrote, link annotations, the
// tagged structure and the embedded fonts included, stays byte for byte as it was.
import { PDFArray, PDFDict, PDFHexString, PDFName, type PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { PdfUpdate } from './pdf-update.js';
import { stampPdf } from './pdf-stamp.js';
import type { MaterialStamp } from './proceedings.js';

export interface PdfMeta {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** the program that made the content, e.g. "wgdeck 0.1.0" */
  creator: string;
  /** default: kept from Chromium ("Skia/PDF mNNN") */
  producer?: string;
  /** BCP 47 tag, e.g. "en" */
  lang?: string;
  /** bookmarks, in order; page is 0-based */
  outline: Array<{ title: string; page: number }>;
  /** speaker notes; page is 0-based */
  notes?: Array<{ page: number; text: string }>;
  /** for proceedings material: the deck it was built from (src/export/proceedings.ts) */
  stamp?: MaterialStamp;
}

const NOTE_ICON = 24; // points: the size readers draw a note icon at

interface Page {
  ref: PDFRef;
  dict: PDFDict;
  /** [x, y, width, height], inherited from the page tree when the page has none of its own */
  box: number[];
}

/** The pages in order, walking the page tree from the catalog. */
function pagesOf(file: PdfUpdate, catalog: PDFDict): Page[] {
  const pages: Page[] = [];
  const walk = (ref: PDFRef, inherited?: PDFArray) => {
    const node = file.get(ref, PDFDict);
    const box = node.get(PDFName.of('MediaBox')) ?? inherited;
    const mediaBox = box instanceof PDFRef ? file.get(box, PDFArray) : box;
    const kids = node.get(PDFName.of('Kids'));
    if (kids === undefined) {
      if (!(mediaBox instanceof PDFArray)) throw new Error(`page ${ref} has no MediaBox`);
      const [x1, y1, x2, y2] = mediaBox.asArray().map((n) => (n as PDFNumber).asNumber());
      pages.push({ ref, dict: node, box: [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)] });
      return;
    }
    const list = kids instanceof PDFRef ? file.get(kids, PDFArray) : kids;
    for (const kid of (list as PDFArray).asArray()) walk(kid as PDFRef, mediaBox as PDFArray | undefined);
  };
  walk(catalog.get(PDFName.of('Pages')) as PDFRef);
  return pages;
}

function pageAt(pages: Page[], index: number, what: string): Page {
  const page = pages[index];
  if (!Number.isInteger(index) || page === undefined) {
    throw new RangeError(`${what} points to page ${index}, but the PDF has pages 0 to ${pages.length - 1}`);
  }
  return page;
}

function addOutline(file: PdfUpdate, catalog: PDFDict, pages: Page[], items: PdfMeta['outline']): void {
  if (items.length === 0) return;
  const { context } = file;
  const rootRef = file.reserve();
  const refs = items.map(() => file.reserve());
  items.forEach((item, i) => {
    const dict = context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: rootRef,
      Dest: [pageAt(pages, item.page, `Bookmark "${item.title}"`).ref, 'Fit'],
    });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1] as PDFRef);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1] as PDFRef);
    file.set(refs[i] as PDFRef, dict);
  });
  file.set(
    rootRef,
    context.obj({
      Type: 'Outlines',
      First: refs[0] as PDFRef,
      Last: refs[refs.length - 1] as PDFRef,
      Count: items.length,
    }),
  );
  catalog.set(PDFName.of('Outlines'), rootRef);
  // Open with the bookmarks shown: they are the deck's table of contents.
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Adds an annotation to a page's /Annots, written with the update. */
function annotate(file: PdfUpdate, page: Page, annot: PDFRef): void {
  const annots = page.dict.get(PDFName.of('Annots'));
  if (annots instanceof PDFRef) file.edit(annots, PDFArray).push(annot);
  else if (annots instanceof PDFArray) annots.push(annot);
  else page.dict.set(PDFName.of('Annots'), file.context.obj([annot]));
  file.edit(page.ref, PDFDict);
}

function addNotes(file: PdfUpdate, pages: Page[], notes: NonNullable<PdfMeta['notes']>): void {
  const perPage = new Map<number, number>();
  for (const note of notes) {
    if (note.text.trim() === '') continue;
    const page = pageAt(pages, note.page, 'A speaker note');
    // Several notes on one page sit side by side instead of hiding each other.
    const slot = perPage.get(note.page) ?? 0;
    perPage.set(note.page, slot + 1);
    const [x, y, , height] = page.box as [number, number, number, number];
    const left = x + slot * NOTE_ICON;
    const top = y + height;
    const annot = file.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [left, top - NOTE_ICON, left + NOTE_ICON, top],
      Contents: PDFHexString.fromText(note.text),
      T: PDFHexString.fromText('Speaker notes'),
      Name: 'Comment',
      Open: false,
      // NoZoom | NoRotate, and not Print: the icon stays on screen and off paper.
      F: 24,
      P: page.ref,
    });
    annotate(file, page, file.add(annot));
  }
}

/** Shows the title, not the file name, in a reader's title bar. */
function showTitle(file: PdfUpdate, catalog: PDFDict): void {
  const key = PDFName.of('ViewerPreferences');
  const prefs = catalog.get(key);
  const dict = prefs instanceof PDFRef ? file.edit(prefs, PDFDict) : prefs;
  if (dict instanceof PDFDict) dict.set(PDFName.of('DisplayDocTitle'), file.context.obj(true));
  else catalog.set(key, file.context.obj({ DisplayDocTitle: true }));
}

export async function finishPdf(pdf: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  const file = new PdfUpdate(pdf);
  const catalog = file.edit(file.root, PDFDict);
  const pages = pagesOf(file, catalog);
  const info = file.editInfo();
  const set = (key: string, value: PDFString | PDFHexString) => info.set(PDFName.of(key), value);
  const now = PDFString.fromDate(new Date());

  set('Title', PDFHexString.fromText(meta.title));
  showTitle(file, catalog);
  if (meta.author !== undefined) set('Author', PDFHexString.fromText(meta.author));
  if (meta.subject !== undefined) set('Subject', PDFHexString.fromText(meta.subject));
  if (meta.keywords !== undefined && meta.keywords.length > 0)
    set('Keywords', PDFHexString.fromText(meta.keywords.join(' ')));
  set('Creator', PDFHexString.fromText(meta.creator));
  if (meta.producer !== undefined) set('Producer', PDFHexString.fromText(meta.producer));
  set('CreationDate', now);
  set('ModDate', now);
  if (meta.lang !== undefined) catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));

  if (meta.stamp !== undefined) stampPdf(file, meta.stamp);
  addOutline(file, catalog, pages, meta.outline);
  addNotes(file, pages, meta.notes ?? []);
  return file.save();
}
