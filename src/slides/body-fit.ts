// Slides a chair writes (Markdown, columns, questions) cannot continue on another slide: when their
// text would run past the slide, it shrinks to the fit sizes, and as a last resort the title band
// becomes the thin bar (class band-thin). Estimates in the ietf theme's measures; every deck in
// decks/ is measured in Chromium by the overflow tests.
import type { NestedList } from '../deck/types.js';
import { BODY_HEIGHT, BODY_WIDTH, FIT_ROOM, FIT_SIZES, listPitch, wrappedLines } from './types.js';

/** One block of text: its text, size in em of the body size, width in px and the extra height (margins) in em. */
export interface TextLine {
  text: string;
  em: number;
  width: number;
  extra: number;
}

/** The lines of a nested list, each level indented 1.2 em and (from the second) at 0.9 em. */
export function listLines(items: NestedList, width = BODY_WIDTH, depth = 0): TextLine[] {
  const indent = 34 * (depth + 1);
  return items.flatMap((item) =>
    typeof item === 'string'
      ? [{ text: item, em: depth === 0 ? 1 : 0.9, width: width - indent, extra: 0 }]
      : listLines(item, width, depth + 1),
  );
}

/** The blocks of a Markdown body (after its first heading): headings, list items, paragraph lines. */
export function markdownLines(markdown: string): TextLine[] {
  const lines = markdown.split('\n');
  const first = lines.findIndex((l) => /^#{1,6}\s/.test(l));
  return lines.slice(first + 1).flatMap((line): TextLine[] => {
    if (!line.trim()) return [];
    const heading = /^#{2,6}\s+(.*)$/.exec(line);
    if (heading) return [{ text: heading[1], em: 1.05, width: BODY_WIDTH, extra: 0.75 }];
    const item = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      const depth = Math.floor(item[1].length / 2);
      return [{ text: item[2], em: depth === 0 ? 1 : 0.9, width: BODY_WIDTH - 34 * (depth + 1), extra: 0 }];
    }
    return [{ text: line.trim(), em: 1, width: BODY_WIDTH, extra: 0.8 }];
  });
}

/** Height in px of the lines at a body size. */
export function linesHeight(lines: TextLine[], px: number): number {
  return lines.reduce(
    (h, l) => h + wrappedLines(l.text, l.width, px * l.em) * listPitch(px) * px * l.em + l.extra * px * l.em,
    0,
  );
}

/**
 * The classes that make a slide's body fit: none at the theme's size, a fit size, or the smallest
 * fit size under the thin bar. `height(px)` estimates the body's height at a body size.
 */
export function bodyFitClasses(height: (px: number) => number): string[] {
  for (const px of FIT_SIZES) {
    if (height(px) <= BODY_HEIGHT + (px < FIT_SIZES[0] ? FIT_ROOM : 0)) return px === FIT_SIZES[0] ? [] : [`fit-${px}`];
  }
  return [`fit-${FIT_SIZES[FIT_SIZES.length - 1]}`, 'band-thin'];
}
