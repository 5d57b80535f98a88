// What Chromium's PDF lacks for the proceedings: document metadata, the language, bookmarks (one
// per slide title) and the speaker notes as closed note annotations. Everything Chromium wrote,
// link annotations and the tagged structure included, is kept as it is.
import { PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage, type PDFRef, ParseSpeeds } from 'pdf-lib';
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

function pageAt(pages: PDFPage[], index: number, what: string): PDFPage {
  const page = pages[index];
  if (!Number.isInteger(index) || page === undefined) {
    throw new RangeError(`${what} points to page ${index}, but the PDF has pages 0 to ${pages.length - 1}`);
  }
  return page;
}

function addOutline(doc: PDFDocument, pages: PDFPage[], items: PdfMeta['outline']): void {
  if (items.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const refs = items.map(() => context.nextRef());
  items.forEach((item, i) => {
    const dict = context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: rootRef,
      Dest: [pageAt(pages, item.page, `Bookmark "${item.title}"`).ref, 'Fit'],
    });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1] as PDFRef);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1] as PDFRef);
    context.assign(refs[i] as PDFRef, dict);
  });
  context.assign(
    rootRef,
    context.obj({
      Type: 'Outlines',
      First: refs[0] as PDFRef,
      Last: refs[refs.length - 1] as PDFRef,
      Count: items.length,
    }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  // Open with the bookmarks shown: they are the deck's table of contents.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function addNotes(doc: PDFDocument, pages: PDFPage[], notes: NonNullable<PdfMeta['notes']>): void {
  const perPage = new Map<number, number>();
  for (const note of notes) {
    if (note.text.trim() === '') continue;
    const page = pageAt(pages, note.page, 'A speaker note');
    // Several notes on one page sit side by side instead of hiding each other.
    const slot = perPage.get(note.page) ?? 0;
    perPage.set(note.page, slot + 1);
    const box = page.getMediaBox();
    const left = box.x + slot * NOTE_ICON;
    const top = box.y + box.height;
    const annot = doc.context.obj({
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
    page.node.addAnnot(doc.context.register(annot));
  }
}

export async function finishPdf(pdf: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  // updateMetadata off: pdf-lib would otherwise put its own name in Creator and Producer.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pages = doc.getPages();
  const now = new Date();

  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author !== undefined) doc.setAuthor(meta.author);
  if (meta.subject !== undefined) doc.setSubject(meta.subject);
  if (meta.keywords !== undefined && meta.keywords.length > 0) doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  if (meta.producer !== undefined) doc.setProducer(meta.producer);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  if (meta.lang !== undefined) doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));

  if (meta.stamp !== undefined) stampPdf(doc, meta.stamp);
  addOutline(doc, pages, meta.outline);
  addNotes(doc, pages, meta.notes ?? []);
  // Whole, without yielding every 50 objects: a quarter faster, and a deck is small.
  return doc.save({ objectsPerTick: Infinity });
}
