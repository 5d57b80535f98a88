// What the upload rules look at in a PDF: its size, its Title (read with pdf-lib, which decodes
// UTF-16 titles exactly) and, per page, its size and the words on it with their positions (from
// poppler's `pdftotext -bbox`, one run for the whole file: pdf-lib cannot extract text).
import { execFile } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { E, WgdeckError, isWgdeckError } from '../errors.js';
import { readRegularFile } from '../fs/read.js';

export interface PdfWord {
  text: string;
  /** points from the top of the page */
  yMin: number;
  yMax: number;
}

export interface PdfFacts {
  file: string;
  bytes: number;
  title?: string;
  /** in points, as displayed (crop box, rotation applied) */
  pages: Array<{ width: number; height: number; words: PdfWord[] }>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

function pdftotextBbox(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'pdftotext',
      ['-bbox', '-enc', 'UTF-8', file, '-'],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT')
          reject(new WgdeckError(E.PopplerNotFound, { tool: 'pdftotext' }));
        else if (error)
          reject(new WgdeckError(E.PdfUnreadable, { file, detail: stderr.trim().split('\n')[0] || error.message }));
        else resolve(stdout);
      },
    );
  });
}

/** The pages of pdftotext's -bbox XHTML. */
export function parseBbox(xhtml: string): PdfFacts['pages'] {
  return [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, width, height, body]) => ({
      width: Number(width),
      height: Number(height),
      words: [
        ...body!.matchAll(/<word xMin="[\d.-]+" yMin="([\d.-]+)" xMax="[\d.-]+" yMax="([\d.-]+)">([^<]*)<\/word>/g),
      ].map(([, yMin, yMax, text]) => ({
        text: unescapeXml(text!),
        yMin: Number(yMin),
        yMax: Number(yMax),
      })),
    }),
  );
}

/** The largest PDF `check` reads: far above the datatracker's 40,960,000 bytes, so it can say by how much. */
export const MAX_PDF_BYTES = 256 * 1024 * 1024;

export async function readPdf(file: string): Promise<PdfFacts> {
  let data: Buffer;
  try {
    // A regular file only (a FIFO would block the read forever), and no larger than a PDF to check.
    data = readRegularFile(file, { what: 'PDF', maxBytes: MAX_PDF_BYTES });
  } catch (e) {
    if (isWgdeckError(e)) throw e;
    throw new WgdeckError(E.PdfUnreadable, { file, detail: (e as Error).message });
  }
  let title: string | undefined;
  try {
    // Metadata only: encryption (which forbids nothing the rules read) need not stop the check.
    const doc = await PDFDocument.load(data, { updateMetadata: false, ignoreEncryption: true });
    title = doc.getTitle();
  } catch (e) {
    throw new WgdeckError(E.PdfUnreadable, { file, detail: (e as Error).message });
  }
  return { file, bytes: data.length, title, pages: parseBbox(await pdftotextBbox(file)) };
}
