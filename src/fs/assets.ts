// Files a deck brings along (images, a logo), inlined as data: URIs so the HTML and the PDF carry
// them wherever they are written.
import { readFileSync, existsSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { E, WgdeckError } from '../errors.js';

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
 * An image inside the deck's folder, as a data: URI, so the HTML and the PDF carry it wherever
 * they are written. A path that leaves the folder (../, absolute, a symlink out) is refused.
 */
export function imageDataUri(baseDir: string, src: string): string {
  return dataUri(baseDir, src, MIME);
}

/** A file inside the deck's folder as a data: URI, of one of the given types (by extension). */
export function dataUri(baseDir: string, src: string, types: Record<string, string>): string {
  const file = resolve(baseDir, src);
  if (!existsSync(file)) throw new WgdeckError(E.ImageNotFound, { src, file });
  const real = realpathSync(file);
  const rel = relative(realpathSync(baseDir), real);
  if (isAbsolute(src) || rel.startsWith('..') || isAbsolute(rel)) throw new WgdeckError(E.ImageOutsideDeck, { src, folder: baseDir });
  const mime = types[extname(real).toLowerCase()];
  if (!mime) throw new WgdeckError(E.ImageNotFound, { src, file: `${file} (not a PNG, JPEG, GIF, WebP or SVG image)` });
  return `data:${mime};base64,${readFileSync(real).toString('base64')}`;
}
