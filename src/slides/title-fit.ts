// Slide titles in the title band: a long title shrinks (title-m, then title-s) so that it stays
// within two lines, and one that cannot is a warning. Estimates in the ietf theme's measures; the
// band's fit is measured in Chromium by test/slides/title-fit.test.ts.
import type { ResolvedSlide } from './types.js';
import { wrappedLines } from './types.js';

/** The title sizes of the ietf theme, largest first, with the class that selects each. */
const SIZES = [
  { px: 60, class: null },
  { px: 50, class: 'title-m' },
  { px: 42, class: 'title-s' },
] as const;
/** The band's width for the title (the theme's 80 px margins), and what a logo takes from it. */
const WIDTH = 1120;
const LOGO = 170;
const MAX_LINES = 2;
/** Character width of a title relative to body text's estimate. */
const TITLE_WIDTH = 1.06;
/**
 * Kinds whose title is not in the band: the title slide and section dividers have their own layout; the Note Well's bar
 * holds a fixed title.
 */
const OWN_LAYOUT = new Set(['title', 'section', 'note-well', 'note-really-well']);

/**
 * The slide with the classes that size its title: a size class when the title would take more
 * than two lines at the full size, and title-2 when it takes two lines (the compact theme's thin
 * bar then shrinks it further). `warn` hears of a title too long for two lines even at the smallest size.
 */
export function fitTitle(
  slide: ResolvedSlide,
  opts: { logo: boolean; warn: (message: string) => void },
): ResolvedSlide {
  if (OWN_LAYOUT.has(slide.kind)) return slide;
  const width = WIDTH - (opts.logo ? LOGO : 0);
  // A little wider than body text: titles have more capitals.
  const lines = (px: number) => wrappedLines(slide.title, width, px * TITLE_WIDTH);
  const size = SIZES.find((s) => lines(s.px) <= MAX_LINES) ?? SIZES[SIZES.length - 1];
  if (lines(size.px) > MAX_LINES)
    opts.warn(
      `the title "${slide.title}" takes more than ${MAX_LINES} lines even at the smallest title size: shorten it`,
    );
  const classes = [...(size.class ? [size.class] : []), ...(lines(size.px) > 1 ? ['title-2'] : [])];
  return classes.length ? { ...slide, classes: [...slide.classes, ...classes] } : slide;
}
