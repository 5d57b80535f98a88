// Reading an input file that a person named: a regular file, of bounded size, checked before a byte
// is read. Opening a FIFO for reading would block until a writer came, and a device or /proc file
// may never end, so the file is opened non-blocking and its type and size come from that open file.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { E, WgdeckError } from '../errors.js';

/** The most a deck, a theme's CSS or a template may be: real ones are a few kilobytes. */
export const MAX_TEXT_BYTES = 1024 * 1024;

export interface ReadLimits {
  /** what the file is, in the words of errors: "deck", "image", "theme", "template", "PDF" */
  what: string;
  maxBytes: number;
}

/** What a non-regular file is, for the error that refuses it. */
export function fileKind(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The whole file, or a WgdeckError: E.NotRegularFile, E.FileTooLarge. A missing or unreadable
 * file throws the system error (ENOENT, EACCES) for the caller to name in its own terms.
 */
export function readRegularFile(file: string, limits: ReadLimits): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new WgdeckError(E.NotRegularFile, { file, what: limits.what, kind: fileKind(stat) });
    if (stat.size > limits.maxBytes)
      throw new WgdeckError(E.FileTooLarge, { file, what: limits.what, size: stat.size, limit: limits.maxBytes });
    // Read no more than the limit even if the file grows meanwhile (a log, a file being copied).
    const buffer = Buffer.alloc(Math.min(stat.size, limits.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limits.maxBytes)
        throw new WgdeckError(E.FileTooLarge, { file, what: limits.what, size: length, limit: limits.maxBytes });
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export function isSystemError(e: unknown, ...codes: string[]): boolean {
  return typeof e === 'object' && e !== null && codes.includes((e as NodeJS.ErrnoException).code ?? '');
}

/** Whether a path is a folder (following a symlink to it); false when it is missing. */
export function isFolder(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true;
}
