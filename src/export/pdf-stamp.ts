// The stamp a PDF for the proceedings carries: which deck file built it, and a digest of what it was
// built from, so a later build knows its own revisions. Its own module because it needs pdf-lib,
// which wgdeck loads only when it prints.
import { readFile } from 'node:fs/promises';
import { type PDFContext, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { MaterialStamp } from './proceedings.js';

const STAMP_KEYS = { source: 'WgdeckSource', digest: 'WgdeckDigest' } as const;

/** The document information dictionary (Title, Author, ...), which a stamp joins. */
function infoDict(doc: { context: PDFContext }): PDFDict | undefined {
  return doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
}

/**
 * Stamps a PDF (a pdf-lib document, or an update of one: src/export/pdf-update.ts) with the deck it
 * was built from; its metadata is set and it is not saved yet.
 */
export function stampPdf(doc: { context: PDFContext }, stamp: MaterialStamp): void {
  const info = infoDict(doc);
  if (info === undefined) throw new Error('stampPdf: the PDF has no information dictionary yet');
  info.set(PDFName.of(STAMP_KEYS.source), PDFHexString.fromText(stamp.source));
  info.set(PDFName.of(STAMP_KEYS.digest), PDFString.of(stamp.digest));
}

/** A PDF's stamp, or undefined for a PDF without one (built by hand, by an older wgdeck, unreadable). */
export async function readStamp(file: string): Promise<MaterialStamp | undefined> {
  try {
    const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false, ignoreEncryption: true });
    const info = infoDict(doc);
    const text = (key: string) => {
      const v = info?.get(PDFName.of(key));
      return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
    };
    const source = text(STAMP_KEYS.source);
    const digest = text(STAMP_KEYS.digest);
    return source !== undefined && digest !== undefined ? { source, digest } : undefined;
  } catch {
    return undefined;
  }
}
