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
}

/** What every slide builder may read, and where it reports warnings. */
export interface BuildContext {
  deck: Deck;
  /** the deck file's folder, against which images resolve */
  baseDir: string;
  links: SessionLinks;
  warn(path: string, message: string): void;
  warnings: Problem[];
}

/** Turns one entry of the deck's slide list into one or more slides (a long agenda continues). */
export type SlideBuilder = (ctx: BuildContext, entry: SlideEntry) => ResolvedSlide[] | Promise<ResolvedSlide[]>;

/** Splits items into pages that each hold at most `capacity` by weight, keeping order. */
export function paginate<T>(items: T[], capacity: number, weight: (item: T) => number = () => 1): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    if (page.length > 0 && used + w > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += w;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
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
