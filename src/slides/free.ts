// The slides a chair writes in `slides`: questions, free Markdown, tables, images, columns, sections.
import type { ColumnsSlide, DiscussionSlide, MarkdownSlide, SectionSlide, TableSlide } from '../deck/types.js';
import { bodyFitClasses, linesHeight, listLines, markdownLines } from './body-fit.js';
import {
  BODY_HEIGHT,
  BODY_WIDTH,
  FIT_SIZES,
  NOWRAP_CHARS,
  fitPages,
  pagedSlides,
  tableFont,
  tableRowHeights,
  type ResolvedSlide,
  type SlideBuilder,
} from './types.js';

const COLUMN_GAP = 40;

/** The height a table may take: the slide body less the table's margins. */
const TABLE_HEIGHT = BODY_HEIGHT - 16;

function slide(kind: string, title: string, data: Record<string, unknown>, classes: string[] = []): ResolvedSlide[] {
  return [{ kind, title, classes, paginate: true, data }];
}

export const discussion: SlideBuilder = (_ctx, { options }) => {
  const o = options as unknown as DiscussionSlide;
  return slide(
    'discussion',
    o.title,
    { heading: o.title, questions: o.questions },
    bodyFitClasses((px) => linesHeight(listLines(o.questions), px)),
  );
};

/**
 * The outline title of a Markdown slide: its first heading as it reads, links by their text, without Markdown marks.
 */
function firstHeading(markdown: string): string | undefined {
  return /^#{1,6}\s+(.+)$/m
    .exec(markdown)?.[1]
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .trim();
}

export const markdown: SlideBuilder = (_ctx, { options }) => {
  const o = options as unknown as MarkdownSlide;
  return slide(
    'markdown',
    firstHeading(o.markdown) ?? 'Slide',
    { body: o.markdown },
    bodyFitClasses((px) => linesHeight(markdownLines(o.markdown), px)),
  );
};

/** A table cell as the template sees it: short cells stay on one line. */
export function cell(text: string): { text: string; nowrap: boolean } {
  return { text, nowrap: text.length <= NOWRAP_CHARS };
}

export const table: SlideBuilder = (_ctx, { options }) => {
  const o = options as unknown as TableSlide;
  // Short rows get empty cells, so every row has one cell per column.
  const rows = o.rows.map((r) => o.columns.map((_, i) => r[i] ?? ''));
  const tables = new Map(FIT_SIZES.map((px) => [px, tableRowHeights([o.columns, ...rows], tableFont(px))]));
  // Every page repeats the header row.
  const { pages, classes } = fitPages(rows, TABLE_HEIGHT, (r, page, px) => {
    const [header, ...heights] = tables.get(px)!;
    return heights[rows.indexOf(r)] + (page.length === 0 ? header : 0);
  });
  return pagedSlides({ kind: 'table', title: o.title, classes, paginate: true }, pages, (page, heading) => ({
    heading,
    columns: o.columns,
    rows: page.map((r) => r.map(cell)),
  }));
};

export const columns: SlideBuilder = (_ctx, { options }) => {
  const o = options as unknown as ColumnsSlide;
  // The columns share the body's width, 40 px apart; the tallest decides.
  const width = (BODY_WIDTH - COLUMN_GAP * (o.lists.length - 1)) / o.lists.length;
  const fit = bodyFitClasses((px) => Math.max(...o.lists.map((list) => linesHeight(listLines(list, width), px))));
  return [
    {
      kind: 'columns',
      title: o.title,
      classes: [`columns-${o.lists.length}`, ...fit],
      paginate: true,
      data: { heading: o.title, lists: o.lists },
    },
  ];
};

export const section: SlideBuilder = (_ctx, { options }) => {
  const o = options as unknown as SectionSlide;
  return slide('section', o.title, { heading: o.title, subtitle: o.subtitle ?? null });
};

/** A kind from a template override: the template gets the entry's options as they are. */
export function custom(kind: string): SlideBuilder {
  return (_ctx, { options }) => {
    const { speaker_notes, ...data } = options;
    return slide(kind, typeof data.title === 'string' ? data.title : kind, data);
  };
}
