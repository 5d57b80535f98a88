import type { Deck, SlideEntry } from '../deck/types.js';
import type { Problem } from '../errors.js';
import type { SessionLinks } from '../deck/types.js';

/** One slide ready for its template: what the template sees, plus what the PDF outline and notes need. */
export interface ResolvedSlide {
  /** the template that renders it */
  kind: string;
  /** the slide's title, for the PDF outline */
  title: string;
  /** the template's context */
  data: Record<string, unknown>;
  /** speaker notes, inline Markdown */
  notes?: string;
  /** CSS classes of the slide's <section>, beside the kind */
  classes: string[];
  /** false: no slide number (the title slide) */
  paginate: boolean;
  /** the deck entry it comes from ("slides[3]"), so warnings about its content can point there */
  source?: string;
}

/** What every slide builder may read, and where it reports warnings. */
export interface BuildContext {
  deck: Deck;
  /** the deck file's folder, against which images resolve */
  baseDir: string;
  links: SessionLinks;
  warn(path: string, message: string): void;
  warnings: Problem[];
  /** What a builder returns when its slide does not apply: the reason is a warning if the deck named the slide. */
  none(reason: string): ResolvedSlide[];
}

/** Turns one entry of the deck's slide list into one or more slides (a long agenda continues). */
export type SlideBuilder = (ctx: BuildContext, entry: SlideEntry) => ResolvedSlide[] | Promise<ResolvedSlide[]>;

/**
 * Splits items into pages that each hold at most `capacity` by weight, keeping order. The weight
 * may depend on the page so far (a table's first row on a page brings its heading along).
 */
export function paginate<T>(items: T[], capacity: number, weight: (item: T, page: T[]) => number = () => 1): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    let w = weight(item, page);
    if (page.length > 0 && used + w > capacity) {
      pages.push(page);
      page = [];
      used = 0;
      w = weight(item, page);
    }
    page.push(item);
    used += w;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

// Layout estimates for pagination, in the ietf theme's measures: a 1120 px wide body, 404 px tall
// between the title band and the footer zone; the overflow tests check them in a real browser.

/** Average width of a character of Noto Sans, in em. */
const CHAR_EM = 0.5;
export const BODY_WIDTH = 1120;
/** Height of the slide body under the title band, in px. */
export const BODY_HEIGHT = 404;

/**
 * The body sizes a list or table takes before it splits, largest first: the theme's 28 px, then its
 * fit-26 and fit-24 classes. The last is the floor, still legible in a room.
 */
export const FIT_SIZES: readonly number[] = [28, 26, 24];

/** What the fit sizes gain in height: the theme's fit classes narrow the gaps above and below the body. */
export const FIT_ROOM = 16;

/**
 * Fit before split: the pages of `items` at the largest body size that holds them on one slide; when
 * none does, as few pages as the floor size needs, at the largest size that needs no more, filled
 * evenly. `weight` gets the body size in px; `tail` is what closes the last page (a note under an agenda);
 * `breakAt` says where a page had best end, between two items (an agenda's sections).
 */
export function fitPages<T>(
  items: T[],
  capacity: number,
  weight: (item: T, page: T[], px: number) => number,
  tail = 0,
  breakAt: (before: T, after: T) => boolean = () => true,
): { pages: T[][]; classes: string[] } {
  const end = Symbol('tail');
  const list: Array<T | typeof end> = [...items, end];
  const room = (px: number) => capacity + (px < FIT_SIZES[0] ? FIT_ROOM : 0);
  const weigh = (px: number) => (item: T | typeof end, page: Array<T | typeof end>) =>
    item === end
      ? tail
      : weight(
          item,
          page.filter((i): i is T => i !== end),
          px,
        );
  const counts = FIT_SIZES.map((px) => paginate(list, room(px), weigh(px)).length);
  // The largest size that needs no more pages than the floor size does: one page if any size holds
  // them, else the split at the theme's own size rather than small text on half-empty pages.
  const fewest = counts[counts.length - 1];
  const px = FIT_SIZES[counts.indexOf(fewest)];
  // The tail alone on a page means a page of its own, as much a split as any other.
  const good = (before: T | typeof end, after: T | typeof end) =>
    before === end || after === end || breakAt(before, after);
  const pages = evenPages(list, room(px), weigh(px), good, fewest)
    .map((page) => page.filter((i): i is T => i !== end))
    .filter((page, i) => page.length > 0 || i === 0);
  return { pages, classes: px === FIT_SIZES[0] ? [] : [`fit-${px}`] };
}

/**
 * Pages of `items` as `paginate` makes them, as many as at full `capacity` (`count`): of the ways a
 * smaller capacity gives, the one with the fewest breaks `breakAt` calls bad, then the most even (the
 * least capacity), rather than full pages and a last one left with a row or two (an agenda of eleven
 * items split 10 + 1).
 */
function evenPages<T>(
  items: T[],
  capacity: number,
  weight: (item: T, page: T[]) => number,
  breakAt: (before: T, after: T) => boolean,
  count: number,
): T[][] {
  if (count === 1) return paginate(items, capacity, weight);
  // More capacity never makes more pages: halve the range between too little and enough.
  let [low, least] = [0, capacity];
  for (let i = 0; i < 12; i++) {
    const mid = (low + least) / 2;
    if (paginate(items, mid, weight).length <= count) least = mid;
    else low = mid;
  }
  const badBreaks = (pages: T[][]) => pages.slice(1).filter((page, i) => !breakAt(pages[i].at(-1)!, page[0])).length;
  let best = paginate(items, least, weight);
  for (let step = 1; step <= 16 && badBreaks(best) > 0; step++) {
    const tried = paginate(items, least + ((capacity - least) * step) / 16, weight);
    if (tried.length === count && badBreaks(tried) < badBreaks(best)) best = tried;
  }
  return best;
}

/**
 * Line pitch of list text, in em: the theme's 1.35 line height and item margins at its own size,
 * and 1.25 without margins at the fit sizes.
 */
export function listPitch(px: number): number {
  return px < FIT_SIZES[0] ? 1.25 : 1.5;
}

/** A list's own margins (0.2 em above and below), which the fit sizes drop. */
export function listMargins(px: number): number {
  return px < FIT_SIZES[0] ? 0 : 0.4 * px;
}

/** A table's text size at a body size (the theme's tables are 0.86 em). */
export function tableFont(px: number): number {
  return px * 0.86;
}

/** How many lines `text` wraps to in `width` px at `fontPx`. */
export function wrappedLines(text: string, width: number, fontPx: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontPx * CHAR_EM)));
  // Words do not break: a line holds whole words, so count them onto lines.
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > perLine) {
      // A word longer than a line (a draft name) breaks at its hyphens, or anywhere.
      lines += (used > 0 ? 1 : 0) + Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    } else if (used > 0 && used + 1 + word.length > perLine) {
      lines++;
      used = word.length;
    } else used += used > 0 ? 1 + word.length : word.length;
  }
  return lines;
}

/** A table cell this short never wraps (the template keeps it on one line): dates, numbers, names. */
export const NOWRAP_CHARS = 12;

const CELL_PADDING = 28;
/** What a row adds around its lines: padding and border. */
const ROW_EXTRA = 13;

/**
 * The height in px of each row of a table (row 0 is the header), as the browser's automatic table
 * layout would size its columns: each column gets at least its longest word, and the rest of the
 * width goes to the columns whose text is longer.
 */
export function tableRowHeights(rows: string[][], fontPx = tableFont(FIT_SIZES[0])): number[] {
  const cols = Math.max(...rows.map((r) => r.length));
  const charPx = fontPx * CHAR_EM;
  const longest = (i: number, measure: (cell: string) => number) =>
    Math.max(1, ...rows.map((r) => measure(r[i] ?? '')));
  const min = Array.from(
    { length: cols },
    (_, i) =>
      longest(i, (c) =>
        c.length <= NOWRAP_CHARS ? c.length : Math.max(0, ...c.split(/[\s-]+/).map((w) => w.length)),
      ) *
        charPx +
      CELL_PADDING,
  );
  const max = Array.from({ length: cols }, (_, i) => longest(i, (c) => c.length) * charPx + CELL_PADDING);
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumMax = max.reduce((a, b) => a + b, 0);
  const widths =
    sumMax <= BODY_WIDTH
      ? max
      : min.map((m, i) => m + ((BODY_WIDTH - sumMin) * (max[i] - m)) / Math.max(1, sumMax - sumMin));
  return rows.map(
    (r) =>
      Math.max(...r.map((c, i) => wrappedLines(c, widths[i] - CELL_PADDING, fontPx))) * (fontPx * 1.35) + ROW_EXTRA,
  );
}

/** "Agenda", "Agenda (2/3)": the title of page i of n. */
export function pageTitle(title: string, i: number, n: number): string {
  return n > 1 ? `${title} (${i + 1}/${n})` : title;
}

/** The slides of a paginated kind: one per page, titled "Title (i/n)". */
export function pagedSlides<T>(
  base: Omit<ResolvedSlide, 'title' | 'data'> & { title: string },
  pages: T[][],
  data: (page: T[], title: string) => Record<string, unknown>,
): ResolvedSlide[] {
  return pages.map((page, i) => {
    const title = pageTitle(base.title, i, pages.length);
    return { ...base, title, data: data(page, title) };
  });
}
