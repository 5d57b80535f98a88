// Images a deck uses: a file inside the deck's folder, of a known type and a bounded size, checked
// (stat first) before it is read whole, then inlined as a data: URI so the HTML and the PDF carry
// it wherever they are written.
import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { E, WgdeckError } from '../errors.js';
import { isSystemError, readRegularFile } from './read.js';

/** The largest image a deck may use: a photo fits; a slide needs no more than about 2000 px across. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** Fonts a theme may bring along in the deck's folder. */
export const FONT_MIME: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * The real path and type of an image the deck names, or a WgdeckError saying why it cannot be used:
 * missing, outside the deck's folder (../, absolute, a symlink out), not a regular file, too large,
 * not an image type. Reads nothing but the file's metadata.
 */
export function locateImage(
  baseDir: string,
  src: string,
  types: Record<string, string> = MIME,
): { file: string; mime: string; size: number } {
  const file = resolve(baseDir, src);
  const outside = (rel: string) => isAbsolute(src) || rel.startsWith('..') || isAbsolute(rel);
  if (outside(relative(baseDir, file))) throw new WgdeckError(E.ImageOutsideDeck, { src, folder: baseDir });
  let real: string;
  try {
    real = realpathSync(file);
  } catch (e) {
    if (isSystemError(e, 'ENOENT', 'ENOTDIR')) throw new WgdeckError(E.ImageNotFound, { src, file });
    throw e;
  }
  if (outside(relative(realpathSync(baseDir), real)))
    throw new WgdeckError(E.ImageOutsideDeck, { src, folder: baseDir });
  const mime = types[extname(real).toLowerCase()];
  if (!mime) throw new WgdeckError(E.ImageType, { src });
  const stat = statSync(real);
  if (!stat.isFile()) return { file: real, mime, size: stat.size }; // readRegularFile names what it is
  if (stat.size > MAX_IMAGE_BYTES)
    throw new WgdeckError(E.FileTooLarge, { file: src, what: 'image', size: stat.size, limit: MAX_IMAGE_BYTES });
  return { file: real, mime, size: stat.size };
}

export function imageDataUri(baseDir: string, src: string): string {
  return dataUri(baseDir, src, MIME);
}

/** A file inside the deck's folder as a data: URI, of one of the given types; throws as locateImage does. */
export function dataUri(baseDir: string, src: string, types: Record<string, string>): string {
  const { file, mime } = locateImage(baseDir, src, types);
  const data = readRegularFile(file, { what: 'image', maxBytes: MAX_IMAGE_BYTES });
  return `data:${mime};base64,${data.toString('base64')}`;
}
